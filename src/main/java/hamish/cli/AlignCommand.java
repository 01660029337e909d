package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import hamish.app.Aligning;
import hamish.model.Document;
import hamish.store.Stores;
import hamish.text.AlignedPair;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Sentence pairs between documents, every two of them: the sentences that may report the same",
                "thing, with their offsets, score and kind (WIRE: one outlet's text copied by the other; SIMILAR:",
                "shared rare words). The pairs the compare window proposes. Tab-separated; --json prints JSON."})
final class AlignCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "2..4", paramLabel = "ID", description = "the documents to align (two to four, as in the compare window)")
    List<Long> ids = List.of();

    @Option(names = "--json", description = "print the pairs as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Aligning.Alignment alignment;
        try (Stores stores = openStores()) {
            alignment = Aligning.align(stores, ids);
        }
        if (json) {
            printJson(out, alignment);
        } else {
            printText(out, alignment);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, Aligning.Alignment alignment) {
        out.println(String.join("\t", "docA", "startA", "endA", "docB", "startB", "endB", "score", "kind", "sentenceA", "sentenceB"));
        for (AlignedPair p : alignment.pairs()) {
            Document a = alignment.documents().get(p.first());
            Document b = alignment.documents().get(p.second());
            out.println(String.join("\t", String.valueOf(a.id()), String.valueOf(p.a().start()), String.valueOf(p.a().end()),
                    String.valueOf(b.id()), String.valueOf(p.b().start()), String.valueOf(p.b().end()), score(p), p.kind().name(),
                    TerminalText.flat(p.a().of(a.text())), TerminalText.flat(p.b().of(b.text()))));
        }
        long wire = alignment.pairs().stream().filter(p -> p.pair().isWire()).count();
        out.printf("%d pair(s), %d wire copy%n", alignment.pairs().size(), wire);
    }

    private static void printJson(PrintWriter out, Aligning.Alignment alignment) {
        ArrayNode list = new ObjectMapper().createArrayNode();
        for (AlignedPair p : alignment.pairs()) {
            Document a = alignment.documents().get(p.first());
            Document b = alignment.documents().get(p.second());
            var n = list.addObject();
            n.putObject("a").put("documentId", a.id()).put("start", p.a().start()).put("end", p.a().end()).put("sentence", p.a().of(a.text()));
            n.putObject("b").put("documentId", b.id()).put("start", p.b().start()).put("end", p.b().end()).put("sentence", p.b().of(b.text()));
            n.put("score", Double.parseDouble(score(p))).put("kind", p.kind().name());
            var shared = n.putArray("sharedWords");
            p.sharedWords().stream().sorted().forEach(shared::add);
        }
        out.println(list.toPrettyString());
    }

    private static String score(AlignedPair p) {
        return String.format(Locale.ROOT, "%.3f", p.score());
    }
}
