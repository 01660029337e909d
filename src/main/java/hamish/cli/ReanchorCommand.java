package hamish.cli;

import hamish.app.Correcting;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.store.Stores;
import hamish.store.TextCorrection;
import hamish.text.Reanchorer.Result;
import hamish.text.Reanchorer.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reanchor", mixinStandardHelpOptions = true,
        description = {"Replace a document's text with a corrected version and move its annotations.",
                "Annotations are placed by their quote and context; those that cannot be placed are kept as orphaned and listed.",
                "The file is read like an imported article (encoding, metadata header)."})
final class ReanchorCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "document id (see 'hamish list')")
    long id;

    @Option(names = "--text", required = true, paramLabel = "FILE", description = "the corrected article (.txt or .html)")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            TextCorrection.Outcome outcome = new Correcting(stores, new EditHistory(), Clock.systemUTC()).replaceText(id, file);
            out.printf("document %d: text replaced; %d annotation(s): %d unchanged, %d moved, %d fuzzy, %d orphaned%n", id,
                    outcome.results().size(), outcome.count(Status.EXACT_POSITION), outcome.count(Status.MOVED),
                    outcome.count(Status.FUZZY), outcome.count(Status.ORPHANED));
            for (Result r : outcome.results()) {
                if (r.status() == Status.FUZZY) {
                    out.printf("check   #%d\t%s -> %s\t\"%s\" (score %.2f)%n", r.annotation().id(), r.annotation().span(),
                            r.newSpan(), TerminalText.flat(r.newSpan().of(outcome.document().text())), r.score());
                }
            }
            for (Annotation a : outcome.orphans()) {
                out.printf("orphan  #%d\t%s\t\"%s\"%n", a.id(), a.span(), TerminalText.flat(a.quote()));
            }
        }
        out.flush();
        return 0;
    }
}
