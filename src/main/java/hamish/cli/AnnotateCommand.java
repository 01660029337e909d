package hamish.cli;

import hamish.app.Annotating;
import hamish.app.BatchAnnotating;
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
                "Prints the new annotation's id.",
                "With --from FILE (or - for standard input): one JSON object per line, all in this one process,",
                "  {\"document\": 3, \"start\": 10, \"end\": 24, \"tag\": \"Person\", \"entity\": \"…\", \"speaker\": \"…\", \"note\": \"…\", \"author\": \"…\"}",
                "  (entity and speaker are names, found or created). Each line is checked and a bad one is reported with its",
                "  number and skipped; the good ones are committed " + BatchAnnotating.BATCH_LINES + " at a time and printed once committed:",
                "  LINE<TAB>ANNOTATION-ID. Exit code 1 when any line was bad."})
final class AnnotateCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "document id (not with --from)")
    Long documentId;

    @Option(names = "--start", description = "first char offset (inclusive)")
    Integer start;

    @Option(names = "--end", description = "end char offset (exclusive)")
    Integer end;

    @Option(names = "--tag", description = "tag name, e.g. Person, Quote")
    String tagName;

    @Option(names = "--from", paramLabel = "FILE|-", description = "annotation lines (JSON Lines) from a file or standard input")
    String from;

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
        if (from != null) {
            if (documentId != null || start != null || end != null || tagName != null || entityName != null || note != null) {
                throw new CliFailure("--from reads every annotation from its lines; give no ID, --start, --end, --tag, --entity or --note with it");
            }
            return fromLines();
        }
        if (documentId == null || start == null || end == null || tagName == null) {
            throw new CliFailure("give ID, --start, --end and --tag (or --from FILE)");
        }
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

    private int fromLines() {
        try (Stores stores = openStores()) {
            return FromLines.run(spec, from, Annotation::id,
                    (in, listener) -> new BatchAnnotating(stores, Clock.systemUTC()).run(in, author, listener));
        }
    }
}
