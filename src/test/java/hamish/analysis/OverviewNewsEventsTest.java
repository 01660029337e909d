package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.AnnotatedReports;
import hamish.app.CompareTables;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview of four real reports (two of them one outlet's), annotated as an analyst would: every count is the
 * naming table's or the claim matrix's, added up per outlet. Skipped when the news-events corpus is absent.
 */
class OverviewNewsEventsTest {

    @TempDir
    Path dir;

    @Test
    void countsAreTheTablesCountsPerOutlet() {
        CompareTables tables;
        try (Stores s = Stores.open(dir.resolve("reports.db"))) {
            List<Long> ids = AnnotatedReports.fourAbhaReports(s).stream().map(Document::id).toList();
            tables = CompareTables.load(s, ids);
        }
        Overview overview = tables.overview();
        NamingTable naming = tables.naming();
        ClaimMatrix claims = tables.claims();

        assertEquals(3, overview.outlets().size(), "alyaum, alweeam (two reports), sabq");
        assertEquals(2, overview.outlets().get(1).documents().size());
        assertTrue(naming.rows().size() >= 3, "entities tagged: " + naming.rows().size());
        assertEquals(naming.rows().size(), overview.mentions().size());
        for (int r = 0; r < naming.rows().size(); r++) {
            NamingTable.Row row = naming.rows().get(r);
            Overview.MentionRow drawn = overview.mentions().get(r);
            assertEquals(row.entity(), drawn.entity());
            for (int o = 0; o < overview.outlets().size(); o++) {
                int expected = 0;
                for (Document d : overview.outlets().get(o).documents()) {
                    expected += row.cells().get(naming.documents().indexOf(d)).stream().mapToInt(NamingTable.Form::count).sum();
                }
                int spelled = drawn.cells().get(o).forms().stream().mapToInt(NamingTable.Form::count).sum();
                assertEquals(expected, drawn.cells().get(o).count(), row.entity().canonicalName() + " in " + overview.outlets().get(o).heading());
                assertEquals(expected, spelled, "the spellings add up to the count");
            }
        }
        assertTrue(claims.rows().size() > 0, "claims stored");
        assertEquals(claims.rows().size(), overview.claimCount());
        for (int o = 0; o < overview.outlets().size(); o++) {
            List<Integer> columns = overview.outlets().get(o).documents().stream().map(d -> claims.documents().indexOf(d)).toList();
            long carried = claims.rows().stream().filter(row -> columns.stream()
                    .anyMatch(c -> row.cells().get(c).status() == ClaimMatrix.Status.CARRIED)).count();
            assertEquals(carried, overview.claims().get(o).carried(), overview.outlets().get(o).heading());
            Overview.ClaimTally t = overview.claims().get(o);
            assertEquals(claims.rows().size(), t.carried() + t.contradicted() + t.leftOut());
            if (columns.size() == 1) {
                long column = claims.rows().stream().filter(row -> row.cells().get(columns.get(0)).status() == ClaimMatrix.Status.CARRIED).count();
                assertEquals(column, t.carried(), "one report: its own column of the matrix");
            }
        }
    }
}
