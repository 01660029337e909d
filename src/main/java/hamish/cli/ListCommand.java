package hamish.cli;

import hamish.app.Collections;
import hamish.app.DocumentListing;
import hamish.app.history.EditHistory;
import hamish.model.DocumentCollection;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the documents: id, date, outlet, annotations, title.")
final class ListCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--collection", paramLabel = "COLLECTION", description = "only the documents of this collection (id or name)")
    String collection;

    @Option(names = "--sort", paramLabel = "ORDER", description = "imported (default), outlet, date (oldest first), title or annotations (most first)")
    DocumentListing.Sort sort = DocumentListing.Sort.IMPORTED;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "only this outlet's documents (hamza forms, harakat and case ignored)")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", description = "only documents published on or after this date (yyyy-MM-dd)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "only documents published on or before this date (yyyy-MM-dd)")
    LocalDate to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocumentListing.Filter filter;
        try {
            filter = new DocumentListing.Filter(outlet, from, to);
        } catch (IllegalArgumentException bad) {
            throw new CliFailure(bad.getMessage());
        }
        List<DocumentSummary> docs;
        try (Stores stores = openStores()) {
            docs = stores.documents().list();
            if (collection != null) {
                DocumentCollection c = CollectionCommand.find(new Collections(stores, new EditHistory(), Clock.systemUTC()), collection);
                docs = DocumentListing.inCollection(docs, new HashSet<>(stores.collections().documentIds(c.id())));
            }
        }
        // picocli's writer flushes at every println: one write to the terminal or pipe per document, 10,000 for a
        // large library. Lines are gathered in a buffer and reach it in large blocks.
        PrintWriter lines = new PrintWriter(new BufferedWriter(out, 1 << 16), false);
        for (DocumentSummary d : DocumentListing.apply(docs, filter, sort)) {
            lines.println(line(d));
        }
        lines.flush();
        return 0;
    }

    /** One document on one line: id, date, outlet, annotations, title ("-" for an unknown date or outlet). */
    static String line(DocumentSummary d) {
        return d.id() + "\t" + (d.published() == null ? "-" : d.published()) + "\t"
                + (d.outlet().isEmpty() ? "-" : TerminalText.line(d.outlet())) + "\t" + d.annotationCount() + "\t" + TerminalText.line(d.title());
    }
}
