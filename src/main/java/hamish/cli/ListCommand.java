package hamish.cli;

import hamish.model.DocumentSummary;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the documents: id, date, outlet, annotations, title.")
final class ListCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DocumentSummary> docs;
        try (Stores stores = openStores()) {
            docs = stores.documents().list();
        }
        for (DocumentSummary d : docs) {
            out.printf("%d\t%s\t%s\t%d\t%s%n", d.id(), d.published() == null ? "-" : d.published(),
                    d.outlet().isEmpty() ? "-" : TerminalText.line(d.outlet()), d.annotationCount(), TerminalText.line(d.title()));
        }
        out.flush();
        return 0;
    }
}
