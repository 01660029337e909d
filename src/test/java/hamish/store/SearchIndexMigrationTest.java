package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.SearchHit;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The step that rebuilt the search index (words cut in Java, variant keys in {@code document_variant}) must leave
 * a database written before it searchable as it was: words behind proclitics, phrases, and variants on request.
 */
class SearchIndexMigrationTest {

    private static final String FIRST = "قال الوزير لإسرائيل إن البيت الأبيض لم يرد.";
    private static final String SECOND = "ردت وزارة الخارجية على البنتاجون بالبيت الأبيض أمس.";

    @TempDir
    Path dir;

    /** The version before the step that made document_variant, and the one before that; not hard-coded, so renumbering keeps this test. */
    static IntStream versionsBeforeTheRebuild() {
        int rebuild = Migrations.ALL.stream()
                .filter(m -> m.statements().stream().anyMatch(sql -> sql.contains("CREATE VIRTUAL TABLE document_variant")))
                .findFirst().orElseThrow().version();
        return IntStream.of(rebuild - 1, rebuild - 2).filter(v -> v >= 3);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("versionsBeforeTheRebuild")
    void documentsIndexedBeforeTheRebuildAreFoundAfterIt(int version) throws Exception {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, Migrations.upTo(version))) {
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO document (id, title, text, content_hash, imported_at) VALUES "
                            + "(1, 'تصريح', '" + FIRST + "', 'h1', '" + Fixtures.NOW + "'), "
                            + "(2, 'رد', '" + SECOND + "', 'h2', '" + Fixtures.NOW + "')");
                    // The index as the Hamish of that version kept it (step 3's columns).
                    s.execute("INSERT INTO document_search (rowid, title, body, bare, variant) SELECT id, "
                            + Database.FOLD_FUNCTION + "(title), " + Database.FOLD_FUNCTION + "(text), "
                            + Database.BARE_FUNCTION + "(title || char(10) || text), "
                            + Database.VARIANT_FUNCTION + "(title || char(10) || text) FROM document");
                }
                return null;
            });
        }

        try (Stores stores = Stores.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, DatabaseTest.pragma(stores.database(), "user_version"));
            CorpusSearch search = new CorpusSearch(stores.database());
            assertEquals(List.of(1L), ids(search, "اسرائيل", false), "a word behind a proclitic");
            assertEquals(List.of(2L), ids(search, "خارجية", false), "a proclitic-free form");
            assertEquals(List.of(1L, 2L), ids(search, "\"البيت الأبيض\"", false).stream().sorted().toList(),
                    "a phrase, as written and behind a proclitic");
            assertEquals(List.of(), ids(search, "البنتاغون", false));
            assertEquals(List.of(2L), ids(search, "البنتاغون", true), "a variant search finds the other spelling");
            assertEquals(List.of(1L), ids(search, "اسرائيل", true), "and what the exact search finds");
            assertEquals(List.of(2L), stores.documents().searchWords("الخارجية البنتاجون", 10));
            assertTrue(RawSql.read(stores.database(), c -> Rows.count(c, "SELECT count(*) FROM document_variant")) == 2);
        }
    }

    private static List<Long> ids(CorpusSearch search, String query, boolean variants) {
        return search.search(query, SearchOptions.firstPage().withVariants(variants)).stream().map(SearchHit::documentId).toList();
    }
}
