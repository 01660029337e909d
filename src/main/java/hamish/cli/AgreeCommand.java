package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.analysis.CohenKappa;
import hamish.analysis.SpanAgreement;
import hamish.analysis.SpanCounts;
import hamish.analysis.UnitizedAlpha;
import hamish.app.Agreeing;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Agreement between annotators (the annotations' authors) on some documents, for each pair of the users, the second against the first as reference.",
                "Spans: matched, only in A, only in B, precision, recall and F1, exact (same start, end, tag) and overlapping (same tag, a character in common, paired one to one), per tag and over all tags.",
                "Cohen's kappa on the words' labels (the tag of the innermost span covering each word, or none), over every tag and per tag as tag-or-not.",
                "Krippendorff's alpha (nominal) of all the users together on the same word labels.",
                "Krippendorff's unitised alpha of all the users together on the characters, per tag and over all tags: where each user's spans begin and end, the documents laid end to end (a user's overlapping spans of one tag count as their union).",
                "A figure that is not defined (nothing to divide by) prints as n/a, in JSON as null."})
final class AgreeCommand extends DatabaseCommand implements Callable<Integer> {

    @Option(names = "--doc", arity = "1..*", required = true, paramLabel = "ID", description = "the documents")
    List<Long> ids = List.of();

    @Option(names = "--users", split = ",", required = true, paramLabel = "A,B", hideParamSyntax = true, description = "two or more authors, comma-separated")
    List<String> users = List.of();

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Agreeing.Report report;
        try (Stores stores = openStores()) {
            report = Agreeing.measure(stores, ids, users.stream().map(String::strip).toList());
        } catch (Agreeing.RefusedException e) {
            throw new CliFailure(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, report);
        } else {
            printText(out, report);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, Agreeing.Report report) {
        out.println("documents: " + String.join(", ", report.documentIds().stream().map(String::valueOf).toList())
                + " (" + report.words() + " words)");
        StringBuilder counts = new StringBuilder("annotations:");
        report.annotationsPerUser().forEach((u, n) -> counts.append(' ').append(TerminalText.flat(u)).append(' ').append(n).append(';'));
        out.println(counts.substring(0, counts.length() - 1));
        for (Agreeing.PairReport p : report.pairs()) {
            out.println();
            out.println("A = " + TerminalText.flat(p.userA()) + " (reference), B = " + TerminalText.flat(p.userB()));
            out.println(String.join("\t", "tag", "match", "matched", "only A", "only B", "precision", "recall", "F1"));
            for (Map.Entry<String, SpanAgreement.TagCounts> e : p.spans().perTag().entrySet()) {
                printCounts(out, TerminalText.flat(e.getKey()), "exact", e.getValue().exact());
                printCounts(out, TerminalText.flat(e.getKey()), "overlap", e.getValue().overlapping());
            }
            printCounts(out, "all tags", "exact", p.spans().exact());
            printCounts(out, "all tags", "overlap", p.spans().overlapping());
            out.println("kappa, words, every tag: " + kappa(p.kappa()));
            p.kappaPerTag().forEach((tag, k) -> out.println("kappa, words, " + TerminalText.flat(tag) + " or not: " + kappa(k)));
        }
        out.println();
        out.println("alpha (Krippendorff, nominal), words, all " + report.annotationsPerUser().size() + " users: "
                + figure(report.alpha().alpha()) + " (observed disagreement " + figure(report.alpha().observedDisagreement())
                + ", expected " + figure(report.alpha().expectedDisagreement()) + ")");
        UnitizedAlpha unitized = report.unitized();
        out.println("alpha (Krippendorff, unitised), characters, all " + report.annotationsPerUser().size() + " users: "
                + figure(unitized.alpha()) + " (observed disagreement " + figure(unitized.observedDisagreement())
                + ", expected " + figure(unitized.expectedDisagreement()) + ")");
        for (String tag : unitized.tags()) {
            UnitizedAlpha.Category c = unitized.perTag().get(tag);
            out.println("alpha (Krippendorff, unitised), " + TerminalText.flat(tag) + ": " + figure(c.alpha())
                    + " (observed " + figure(c.observedDisagreement()) + ", expected " + figure(c.expectedDisagreement())
                    + ", " + c.units() + (c.units() == 1 ? " unit)" : " units)"));
        }
        if (unitized.mergedSpans() > 0) {
            out.println("(" + unitized.mergedSpans() + " spans overlapped another span of the same user and tag and were counted as one unit with it)");
        }
    }

    private static void printCounts(PrintWriter out, String tag, String match, SpanCounts c) {
        out.println(String.join("\t", tag, match, String.valueOf(c.matched()), String.valueOf(c.onlyA()), String.valueOf(c.onlyB()),
                figure(c.precision()), figure(c.recall()), figure(c.f1())));
    }

    private static String kappa(CohenKappa k) {
        return figure(k.kappa()) + " (observed " + figure(k.observed()) + ", by chance " + figure(k.expected()) + ", "
                + k.items() + " words)";
    }

    /** Four decimals; n/a for a figure with nothing to divide by. */
    static String figure(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void printJson(PrintWriter out, Agreeing.Report report) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        report.documentIds().forEach(docs::add);
        root.put("words", report.words());
        ObjectNode counts = root.putObject("annotations");
        report.annotationsPerUser().forEach(counts::put);
        ArrayNode pairs = root.putArray("pairs");
        for (Agreeing.PairReport p : report.pairs()) {
            ObjectNode o = pairs.addObject();
            o.put("a", p.userA());
            o.put("b", p.userB());
            o.set("exact", counts(mapper, p.spans().exact()));
            o.set("overlap", counts(mapper, p.spans().overlapping()));
            ObjectNode tags = o.putObject("tags");
            p.spans().perTag().forEach((tag, c) -> {
                ObjectNode t = tags.putObject(tag);
                t.set("exact", counts(mapper, c.exact()));
                t.set("overlap", counts(mapper, c.overlapping()));
                t.set("kappa", kappa(mapper, p.kappaPerTag().get(tag)));
            });
            o.set("kappa", kappa(mapper, p.kappa()));
        }
        ObjectNode alpha = root.putObject("alpha");
        number(alpha, "alpha", report.alpha().alpha());
        number(alpha, "observedDisagreement", report.alpha().observedDisagreement());
        number(alpha, "expectedDisagreement", report.alpha().expectedDisagreement());
        alpha.put("users", report.annotationsPerUser().size());
        UnitizedAlpha unitized = report.unitized();
        ObjectNode u = root.putObject("unitizedAlpha");
        number(u, "alpha", unitized.alpha());
        number(u, "observedDisagreement", unitized.observedDisagreement());
        number(u, "expectedDisagreement", unitized.expectedDisagreement());
        u.put("mergedSpans", unitized.mergedSpans());
        ObjectNode perTag = u.putObject("tags");
        for (String tag : unitized.tags()) {
            UnitizedAlpha.Category c = unitized.perTag().get(tag);
            ObjectNode t = perTag.putObject(tag);
            number(t, "alpha", c.alpha());
            number(t, "observedDisagreement", c.observedDisagreement());
            number(t, "expectedDisagreement", c.expectedDisagreement());
            t.put("units", c.units());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ObjectNode counts(ObjectMapper mapper, SpanCounts c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("matched", c.matched());
        o.put("onlyA", c.onlyA());
        o.put("onlyB", c.onlyB());
        number(o, "precision", c.precision());
        number(o, "recall", c.recall());
        number(o, "f1", c.f1());
        return o;
    }

    private static ObjectNode kappa(ObjectMapper mapper, CohenKappa k) {
        ObjectNode o = mapper.createObjectNode();
        number(o, "kappa", k.kappa());
        number(o, "observed", k.observed());
        number(o, "expected", k.expected());
        o.put("words", k.items());
        return o;
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }
}
