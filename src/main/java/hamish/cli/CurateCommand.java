package hamish.cli;

import hamish.app.Curating;
import hamish.app.Origin;
import hamish.app.history.Change;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Curation of one document between two annotators A and B (the window's Tools > Curate): their spans paired as exact,",
                "overlapping (another extent or tag), only A or only B, in document order, each with its state (open, accepted A or B,",
                "neither, curated), as the window recorded it; --open lists only the items not yet decided. With --accept-agreements,",
                "every exact match not yet decided is copied into the curated layer (author \"curated\", written by --curator) and",
                "printed as #id start end tag quote; an agreement a curator decided \"neither\" on is left as it is."})
final class CurateCommand extends DatabaseCommand implements Callable<Integer> {

    @Option(names = "--doc", required = true, paramLabel = "ID", description = "the document")
    long documentId;

    @Option(names = "--users", split = ",", required = true, paramLabel = "A,B", hideParamSyntax = true, description = "two authors, comma-separated")
    List<String> users = List.of();

    @Option(names = "--accept-agreements", description = "copy every exact match not yet decided into the curated layer")
    boolean acceptAgreements;

    @Option(names = "--open", description = "list only the items not yet decided (their numbers stay those of the whole list)")
    boolean openOnly;

    @Option(names = "--curator", description = "who curates: the writer of the curated rows (default: the user name)")
    String curator = System.getProperty("user.name", "");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (users.size() != 2) {
            throw new CliFailure("curation needs exactly two annotators (--users A,B), not " + users.size());
        }
        String a = users.get(0).strip();
        String b = users.get(1).strip();
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            Curating curating = new Curating(stores, new EditHistory(), Clock.systemUTC());
            if (acceptAgreements) {
                Optional<Change> change = curating.acceptAgreements(new Origin(Origin.COMMAND_LINE.scope(), curator), documentId, a, b);
                List<Annotation> saved = change.map(Change::saved).orElse(List.of());
                Map<Long, String> tags = curating.items(documentId, a, b).tagNames();
                for (Annotation x : saved) {
                    out.println("#" + x.id() + "\t" + x.start() + "\t" + x.end() + "\t" + TerminalText.flat(tags.getOrDefault(x.tagId(), ""))
                            + "\t" + TerminalText.flat(x.quote()));
                }
                out.println("accepted " + saved.size() + (saved.size() == 1 ? " agreement" : " agreements"));
            } else {
                Curating.Items items = curating.items(documentId, a, b);
                int n = 0;
                for (Curating.Item item : items.items()) {
                    n++;
                    if (openOnly && item.done()) {
                        continue;
                    }
                    out.println(String.join("\t", String.valueOf(n), item.match().name().toLowerCase(java.util.Locale.ROOT),
                            state(item), span(item.a(), items.tagNames()), span(item.b(), items.tagNames())));
                }
            }
        } catch (Curating.RefusedException e) {
            throw new CliFailure(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static String state(Curating.Item item) {
        return item.decision().map(s -> s == Curating.Side.NEITHER ? "neither" : "accepted " + s).orElse(item.done() ? "curated" : "open");
    }

    private static String span(Annotation x, Map<Long, String> tags) {
        return x == null ? "-" : x.start() + "-" + x.end() + " " + TerminalText.flat(tags.getOrDefault(x.tagId(), "")) + " «"
                + TerminalText.flat(x.quote()) + "»";
    }
}
