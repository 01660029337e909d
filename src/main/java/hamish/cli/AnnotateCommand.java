package hamish.cli;

import hamish.app.Annotating;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.text.GraphemeBoundaries;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Tag the span [start, end) of a document (char offsets into its stored text, as 'show' prints them).",
                "Both ends must fall between whole characters: not inside an emoji, nor between a letter and its harakat.",
                "Prints the new annotation's id."})
final class AnnotateCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "document id")
    long documentId;

    @Option(names = "--start", required = true, description = "first char offset (inclusive)")
    int start;

    @Option(names = "--end", required = true, description = "end char offset (exclusive)")
    int end;

    @Option(names = "--tag", required = true, description = "tag name, e.g. Person, Quote")
    String tagName;

    @Option(names = "--entity", description = "entity name (created if unknown) for entity tags")
    String entityName;

    @Option(names = "--note", description = "a note on the annotation")
    String note;

    @Option(names = "--author", description = "author (default: the user name)")
    String author = System.getProperty("user.name", "");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (start < 0 || end <= start) {
            throw new CliFailure("--start and --end must give a non-empty span (0 <= start < end), not [" + start + ", " + end + ")");
        }
        try (Stores stores = openStores()) {
            Document doc = stores.documents().get(documentId).orElseThrow(() -> new CliFailure("no document with id " + documentId));
            if (end > doc.text().length()) {
                throw new CliFailure("--end " + end + " is past the end of document " + documentId + " (" + doc.text().length() + " chars)");
            }
            GraphemeBoundaries characters = new GraphemeBoundaries(doc.text());
            characters.graphemeProblem(new Span(start, end)).ifPresent(problem -> {
                Span whole = characters.snapOutward(new Span(start, end));
                throw new CliFailure("document " + documentId + ": [" + start + ", " + end + ") cuts a character: " + problem
                        + " (the nearest span of whole characters is --start " + whole.start() + " --end " + whole.end() + ")");
            });
            Tag tag = stores.tags().byName(tagName).orElseThrow(() -> new CliFailure("no tag named '" + tagName
                    + "'; tags: " + String.join(", ", stores.tags().list().stream().map(Tag::name).toList())));
            Instant now = Instant.now();
            Annotation draft = Annotation.of(documentId, doc.text(), new Span(start, end), tag.id(), author, now);
            if (note != null) {
                draft = draft.withNote(note, now);
            }
            Annotation saved = new Annotating(stores, new EditHistory(), Clock.systemUTC()).tagNamed(Origin.COMMAND_LINE, draft, entityName);
            spec.commandLine().getOut().println(saved.id());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
