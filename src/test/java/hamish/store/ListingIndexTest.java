package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library listing scans the covering index of migration 8, not the table whose rows hold every article's
 * text: checked on SQLite's own plan for {@link DocumentStore#LIST}, in a new file and in one migrated from version 7
 * (whose statistics, left by PRAGMA optimize at close, once led the planner to another index).
 */
class ListingIndexTest {

    @TempDir
    Path dir;

    @Test
    void theListingScansTheCoveringIndexInANewFile() {
        try (Stores stores = Stores.open(dir.resolve("new.db"))) {
            stores.documents().insert(Fixtures.document("خبر", Fixtures.MIXED_TEXT));
            assertScansTheIndex(stores.database());
            assertEquals(1, stores.documents().list().size());
        }
    }

    @Test
    void aFileFromVersionSevenGainsTheIndexAndListsAsBefore() {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, Migrations.upTo(7))) {
            RawSql.write(old, c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO document (id, title, outlet, published, text, content_hash, imported_at, url, author) "
                            + "VALUES (1, 'المفاوضات', 'وكالة', '2024-05-02', 'نص', 'hash-1', '" + Fixtures.NOW + "', 'https://a.example', 'كاتب')");
                }
                return null;
            });
        }
        try (Stores stores = Stores.open(file)) {
            assertScansTheIndex(stores.database());
            var summary = stores.documents().list().get(0);
            assertEquals("المفاوضات", summary.title());
            assertEquals("https://a.example", summary.url());
            assertEquals("كاتب", summary.author());
            assertEquals(Fixtures.NOW, summary.importedAt());
        }
    }

    private static void assertScansTheIndex(Database database) {
        List<String> plan = RawSql.read(database, c -> {
            List<String> details = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("EXPLAIN QUERY PLAN " + DocumentStore.LIST)) {
                while (rows.next()) {
                    details.add(rows.getString("detail"));
                }
            }
            return details;
        });
        assertTrue(plan.contains("SCAN d USING COVERING INDEX document_listing"), String.join("\n", plan));
        assertTrue(plan.stream().noneMatch(step -> step.contains("TEMP B-TREE")), "no sort: " + String.join("\n", plan));
    }
}
