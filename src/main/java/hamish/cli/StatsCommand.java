package hamish.cli;

import hamish.model.Annotation;
import hamish.model.DocumentSummary;
import hamish.model.Tag;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts: documents, annotations per tag, entities, links.")
final class StatsCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            List<DocumentSummary> docs = stores.documents().list();
            List<Tag> tags = stores.tags().list();
            Map<Long, Integer> perTag = new LinkedHashMap<>();
            tags.forEach(t -> perTag.put(t.id(), 0));
            for (DocumentSummary d : docs) {
                for (Annotation a : stores.annotations().forDocument(d.id())) {
                    perTag.merge(a.tagId(), 1, Integer::sum);
                }
            }
            out.printf("documents:   %d%n", docs.size());
            out.printf("annotations: %d%n", stores.annotations().count());
            for (Tag t : tags) {
                out.printf("  %-14s %d%n", TerminalText.line(t.name()), perTag.get(t.id()));
            }
            out.printf("entities:    %d%n", stores.entities().list().size());
            out.printf("links:       %d%n", stores.links().list().size());
            out.printf("database:    %s%n", TerminalText.line(stores.database().location()));
        }
        out.flush();
        return 0;
    }
}
