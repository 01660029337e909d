package hamish.cli;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Tag;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a document's metadata, its text and its annotations (start, end, tag, quote).")
final class ShowCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "document id (see 'hamish list')")
    long id;

    @Option(names = "--no-text", description = "print metadata and annotations only")
    boolean noText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            Document doc = stores.documents().get(id).orElseThrow(() -> new CliFailure("no document with id " + id));
            Map<Long, Tag> tags = stores.tags().list().stream().collect(Collectors.toMap(Tag::id, Function.identity()));
            List<Annotation> annotations = stores.annotations().forDocument(id);
            out.printf("id:        %d%ntitle:     %s%noutlet:    %s%npublished: %s%nimported:  %s%nchars:     %d%nsha256:    %s%n",
                    doc.id(), TerminalText.line(doc.title()), TerminalText.line(doc.outlet()), doc.published() == null ? "-" : doc.published(),
                    doc.importedAt(), doc.text().length(), doc.contentHash());
            if (!noText) {
                out.println();
                out.println(TerminalText.block(doc.text()));
            }
            out.printf("%n%d annotation(s)%n", annotations.size());
            for (Annotation a : annotations) {
                Tag tag = tags.get(a.tagId());
                out.printf("#%d\t%d\t%d\t%s\t%s%n", a.id(), a.start(), a.end(), tag == null ? "?" : TerminalText.line(tag.name()),
                        TerminalText.flat(a.quote()));
            }
        }
        out.flush();
        return 0;
    }
}
