package hamish.cli;

import hamish.app.DocumentDetails;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Document;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hamish details}: the first name of {@code hamish doc set}, kept for the scripts that use it. */
@Command(name = "details", mixinStandardHelpOptions = true,
        description = {"Set a document's title, outlet, publication date, URL or author; options not given are left as they are.",
                "Line breaks and tabs in a title or outlet become spaces. The same as 'hamish doc set'.",
                "Prints the document's details afterwards (with no option, only prints them)."})
final class DetailsCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "document id (see 'hamish list')")
    long id;

    @Mixin
    DetailsOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return change(this, spec, id, options.request());
    }

    /**
     * Sets the requested details of document {@code id} through {@link DocumentDetails} and prints them; a
     * request with no field only prints. Shared by {@code hamish details} and {@code hamish doc set|show}.
     */
    static int change(DatabaseCommand database, CommandSpec spec, long id, DocumentDetails.Request request) {
        // Checked before the database is opened: a bad value leaves even a new file uncreated.
        DocumentDetails.check(id, request);
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = database.openStores()) {
            if (stores.documents().get(id).isEmpty()) {
                throw new CliFailure("no document with id " + id + " (see 'hamish list')");
            }
            Document d = new DocumentDetails(stores, new EditHistory(), Clock.systemUTC())
                    .change(Origin.COMMAND_LINE, id, request).document();
            out.printf("id:        %d%ntitle:     %s%noutlet:    %s%npublished: %s%nurl:       %s%nauthor:    %s%n", d.id(),
                    TerminalText.line(d.title()), TerminalText.line(orDash(d.outlet())), d.published() == null ? "-" : d.published(),
                    TerminalText.line(orDash(d.url())), TerminalText.line(orDash(d.author())));
        }
        out.flush();
        return 0;
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "-" : value;
    }
}
