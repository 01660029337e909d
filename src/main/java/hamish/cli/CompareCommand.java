package hamish.cli;

import hamish.analysis.ClaimMatrix;
import hamish.analysis.NamingTable;
import hamish.analysis.Overview;
import hamish.app.CompareTables;
import hamish.io.CompareCsv;
import hamish.io.OverviewSvg;
import hamish.io.SafeOutput;
import hamish.model.Document;
import hamish.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare how documents report one event: how each names each entity (entity × document,",
                "spellings with counts), then each claim or quote and whether each document carries it,",
                "contradicts it or leaves it out. Tab-separated; --csv prints CSV; --out DIR writes",
                "naming.csv and claims.csv (UTF-8 with BOM) into DIR, keeping existing files unless --force;",
                "--overview-svg FILE draws the overview (mentions per entity and outlet, quotations per speaker",
                "and outlet, claims carried or left out per outlet) as an SVG picture."})
final class CompareCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "ID", description = "the documents to compare (two or more)")
    List<Long> ids = List.of();

    @Option(names = "--csv", description = "print CSV instead of tab-separated text")
    boolean csv;

    @Option(names = "--out", paramLabel = "DIR", description = "write naming.csv and claims.csv into this folder")
    Path out;

    @Option(names = "--force", description = "with --out or --overview-svg: replace files that already exist")
    boolean force;

    @Option(names = "--overview-svg", paramLabel = "FILE", description = "write the overview as an SVG picture into FILE")
    Path overviewSvg;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter printer = spec.commandLine().getOut();
        NamingTable naming;
        ClaimMatrix claims;
        Overview overview;
        try (Stores stores = openStores()) {
            CompareTables tables = CompareTables.load(stores, ids);
            naming = tables.naming();
            claims = tables.claims();
            overview = tables.overview();
        }
        if (overviewSvg != null) {
            writeOverview(printer, overview);
        }
        if (out != null) {
            try (SafeOutput files = new SafeOutput(out, force)) {
                CompareCsv.write(files, naming, claims).forEach(p -> printer.println("wrote " + TerminalText.line(p.toString())));
            }
        } else if (csv && overviewSvg == null) {
            CompareCsv.writeNaming(printer, naming);
            printer.println();
            CompareCsv.writeClaims(printer, claims);
        } else if (overviewSvg == null) {
            printText(printer, naming, claims);
        }
        printer.flush();
        return 0;
    }

    /** Through {@link SafeOutput}, like every export: written whole under a temporary name, then moved into place. */
    private void writeOverview(PrintWriter printer, Overview overview) {
        Path file = overviewSvg.toAbsolutePath().normalize();
        Path folder = file.getParent() == null ? Path.of(".").toAbsolutePath() : file.getParent();
        try (SafeOutput files = new SafeOutput(folder, force)) {
            Path written = files.write(file.getFileName().toString(),
                    w -> OverviewSvg.write(w, overview, OverviewSvg.Words.ENGLISH, false));
            printer.println("wrote " + TerminalText.line(written.toString()));
        }
    }

    private static void printText(PrintWriter p, NamingTable naming, ClaimMatrix claims) {
        p.println("Naming: entity × document");
        p.println(tabbed("entity", "type", headings(naming.documents())));
        for (NamingTable.Row r : naming.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < naming.documents().size(); i++) {
                cells.add(r.cellText(i).isEmpty() ? "-" : r.cellText(i));
            }
            p.println(tabbed(r.entity().canonicalName(), r.entity().type().name(), cells));
        }
        p.println();
        p.println("Claims and quotes: document carries / contradicts / leaves out");
        List<String> head = new ArrayList<>(List.of("speaker", "verb"));
        head.addAll(headings(claims.documents()));
        p.println(tabbed("kind", "claim", head));
        for (ClaimMatrix.Row r : claims.rows()) {
            List<String> cells = new ArrayList<>(List.of(dash(r.speaker()), dash(r.verb())));
            for (ClaimMatrix.Cell c : r.cells()) {
                cells.add(c.status() == ClaimMatrix.Status.ABSENT ? "-" : CompareCsv.status(c) + ": " + c.quote());
            }
            p.println(tabbed((r.unmatched() ? "*" : "") + r.kind().name(), oneLine(r.text()), cells));
        }
        p.println("(* unmatched: carried by one document only)");
    }

    private static List<String> headings(List<Document> documents) {
        return documents.stream().map(CompareCsv::label).toList();
    }

    private static String tabbed(String first, String second, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(oneLine(first), oneLine(second)));
        rest.forEach(s -> all.add(oneLine(s)));
        return String.join("\t", all);
    }

    private static String oneLine(String s) {
        return TerminalText.flat(s);
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
