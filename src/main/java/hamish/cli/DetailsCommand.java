package hamish.cli;

import hamish.app.DocumentDetails;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Document;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "details", mixinStandardHelpOptions = true,
        description = {"Set a document's title, outlet or publication date; options not given are left as they are.",
                "Line breaks and tabs in a title or outlet become spaces.",
                "Prints the document's details afterwards (with no option, only prints them)."})
final class DetailsCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "document id (see 'hamish list')")
    long id;

    @Option(names = "--title", paramLabel = "T", description = "the new title (not blank)")
    String title;

    @Option(names = "--outlet", paramLabel = "O", description = "the new outlet (empty clears it)")
    String outlet;

    /** --date and --no-date together would be a contradiction: picocli refuses it as a usage error (exit 2). */
    @ArgGroup(exclusive = true)
    DateChoice date;

    static final class DateChoice {
        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "the publication date")
        String value;

        @Option(names = "--no-date", description = "the publication date is unknown: clears it")
        boolean clear;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String dateRequest = date == null ? null : date.clear ? "" : date.value;
        // Checked before the database is opened: a bad value leaves even a new file uncreated.
        DocumentDetails.check(id, new DocumentDetails.Request(title, outlet, dateRequest));
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            if (stores.documents().get(id).isEmpty()) {
                throw new CliFailure("no document with id " + id + " (see 'hamish list')");
            }
            Document d = new DocumentDetails(stores, new EditHistory(), Clock.systemUTC())
                    .change(Origin.COMMAND_LINE, id, new DocumentDetails.Request(title, outlet, dateRequest)).document();
            out.printf("id:        %d%ntitle:     %s%noutlet:    %s%npublished: %s%n", d.id(), d.title(),
                    d.outlet().isEmpty() ? "-" : d.outlet(), d.published() == null ? "-" : d.published());
        }
        out.flush();
        return 0;
    }
}
