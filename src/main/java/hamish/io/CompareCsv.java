package hamish.io;

import hamish.analysis.ClaimMatrix;
import hamish.analysis.DocumentHeadings;
import hamish.analysis.NamingTable;
import hamish.io.SafeOutput;
import hamish.model.Document;
import hamish.model.LinkType;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The naming table and the claim matrix as CSV, written like the annotation export ({@link CsvExporter}: UTF-8
 * with a byte order mark so spreadsheets keep the Arabic, formula-looking cells guarded). One column per
 * document for the naming table; two per document (status, quote) for the claim matrix.
 */
public final class CompareCsv {

    public static final String NAMING_FILE = "naming.csv";
    public static final String CLAIMS_FILE = "claims.csv";

    private CompareCsv() {
    }

    public static void writeNaming(Writer w, NamingTable table) throws IOException {
        w.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("entity", "type"));
        table.documents().forEach(d -> header.add(label(d)));
        CsvExporter.row(w, header);
        for (NamingTable.Row r : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.entity().canonicalName(), r.entity().type().name()));
            for (int i = 0; i < table.documents().size(); i++) {
                cells.add(r.cellText(i));
            }
            CsvExporter.row(w, cells);
        }
    }

    public static void writeClaims(Writer w, ClaimMatrix matrix) throws IOException {
        w.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("kind", "claim", "speaker", "verb", "unmatched"));
        for (Document d : matrix.documents()) {
            header.add(label(d) + " status");
            header.add(label(d) + " quote");
        }
        CsvExporter.row(w, header);
        for (ClaimMatrix.Row r : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.kind().name(), r.text(), r.speaker(), r.verb(),
                    r.unmatched() ? "yes" : "no"));
            for (ClaimMatrix.Cell c : r.cells()) {
                cells.add(status(c));
                cells.add(c.quote());
            }
            CsvExporter.row(w, cells);
        }
    }

    /** Writes both files into the folder; an existing file is replaced only when the output allows it. */
    public static List<Path> write(SafeOutput out, NamingTable naming, ClaimMatrix claims) {
        out.checkFree(List.of(NAMING_FILE, CLAIMS_FILE));
        return List.of(out.write(NAMING_FILE, w -> writeNaming(w, naming)), out.write(CLAIMS_FILE, w -> writeClaims(w, claims)));
    }

    /** "carried", "paraphrase", "contradicted" or "absent". */
    public static String status(ClaimMatrix.Cell c) {
        if (c.status() == ClaimMatrix.Status.CARRIED && c.relation() == LinkType.PARAPHRASE) {
            return "paraphrase";
        }
        return c.status().name().toLowerCase(Locale.ROOT);
    }

    /** A document as a column heading: its number, then its outlet and date when known, else its title. */
    public static String label(Document d) {
        return DocumentHeadings.column(d);
    }
}
