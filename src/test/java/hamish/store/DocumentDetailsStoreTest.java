package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.Revision;
import hamish.text.ArabicNormalizer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DocumentStore.updateDetails: revision-checked, field by field, with the search index following the title. */
class DocumentDetailsStoreTest {

    static final Instant LATER = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgDocumentDetailsStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    Stores stores;
    Document doc;

    @BeforeEach
    void open() {
        stores = Stores.open(target("details.db"), "window");
        doc = stores.documents().insert(Fixtures.document("اجتماع الوزراء في عمّان", Fixtures.MIXED_TEXT));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    long revision() {
        return stores.documents().revision(doc.id()).orElseThrow().number();
    }

    @Test
    void aNewDocumentHasAFreshRevisionNamingItsWriter() {
        Revision r = stores.documents().revision(doc.id()).orElseThrow();
        assertTrue(r.number() > 1, "numbers come from the counter, 1 is the migrated rows' default: " + r);
        assertEquals("window", r.changedBy());
        assertTrue(stores.documents().revision(999).isEmpty());
    }

    @Test
    void writesOnlyTheChangedFieldsAndMovesTheRevision() {
        long before = revision();
        // Another writer changes the outlet without the store knowing (same revision): a title-only change
        // must leave it, since it writes only the title.
        RawSql.write(stores.database(), c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE document SET outlet = 'مصدر آخر' WHERE id = ?")) {
                st.setLong(1, doc.id());
                return st.executeUpdate();
            }
        });

        Document stored = stores.documents().updateDetails(doc, doc.withTitle("عنوان جديد"), before,
                new Revision(0, "main window", LATER));

        assertEquals("عنوان جديد", stored.title());
        assertEquals("مصدر آخر", stored.outlet(), "the outlet was not part of the change");
        assertEquals(doc.published(), stored.published());
        assertEquals(doc.text(), stored.text());
        Revision now = stores.documents().revision(doc.id()).orElseThrow();
        assertNotEquals(before, now.number());
        assertEquals("main window", now.changedBy());
        assertEquals(LATER, now.at());
    }

    @Test
    void clearsAndSetsTheDate() {
        Document undated = stores.documents().updateDetails(doc, doc.withPublished(null), revision(), new Revision(0, "cli", LATER));
        assertEquals(null, undated.published());
        Document dated = stores.documents().updateDetails(undated, undated.withPublished(LocalDate.of(2025, 1, 2)), revision(),
                new Revision(0, "cli", LATER));
        assertEquals(LocalDate.of(2025, 1, 2), stores.documents().get(doc.id()).orElseThrow().published());
        assertEquals(dated, stores.documents().get(doc.id()).orElseThrow());
    }

    @Test
    void searchFindsTheNewTitleAndNotTheOldOne() {
        assertEquals(List.of(doc.id()), stores.documents().searchWords("عمان", 10));

        stores.documents().updateDetails(doc, doc.withTitle("قمة البحر الميت"), revision(), new Revision(0, "main window", LATER));

        assertEquals(List.of(), stores.documents().searchWords("عمان", 10), "the old title is no longer indexed");
        assertEquals(List.of(doc.id()), stores.documents().searchWords("الميت", 10));
        assertEquals(List.of(doc.id()), stores.documents().searchWords("المتحدث", 10), "the body is still indexed");
        if (stores.database().dialect() == Dialect.SQLITE) { // FTS5 column filters: searchIds is SQLite's
            assertEquals(List.of(doc.id()), stores.documents().searchIds("title:" + ArabicNormalizer.fold("قمة"), 10));
            assertEquals(List.of(doc.id()), stores.documents().searchIds("bare:" + ArabicNormalizer.fold("ميت"), 10),
                    "the proclitic-free column follows the title too");
        }
    }

    @Test
    void aStaleRevisionIsRefusedAndNothingWritten() {
        long seen = revision();
        stores.documents().updateDetails(doc, doc.withOutlet("الأول"), seen, new Revision(0, "command line", LATER));
        Document now = stores.documents().get(doc.id()).orElseThrow();

        StaleRowException stale = assertThrows(StaleRowException.class, () -> stores.documents()
                .updateDetails(doc, doc.withTitle("عنوان متأخر"), seen, new Revision(0, "main window", LATER)));

        assertEquals("document", stale.table());
        assertEquals("command line", stale.current().orElseThrow().changedBy());
        assertEquals(now, stores.documents().get(doc.id()).orElseThrow());
        assertEquals(List.of(doc.id()), stores.documents().searchWords("عمان", 10), "the index was left as it was");
    }

    @Test
    void aRevisionGivenBackIsTakenAsIs() {
        Revision original = stores.documents().revision(doc.id()).orElseThrow();
        Document changed = stores.documents().updateDetails(doc, doc.withTitle("مؤقت"), original.number(),
                new Revision(0, "main window", LATER));

        stores.documents().updateDetails(changed, doc, revision(), original);

        assertEquals(original, stores.documents().revision(doc.id()).orElseThrow());
        assertEquals(doc, stores.documents().get(doc.id()).orElseThrow());
    }

    @Test
    void aDeletedDocumentIsStale() {
        long seen = revision();
        stores.documents().delete(doc.id());
        StaleRowException stale = assertThrows(StaleRowException.class, () -> stores.documents()
                .updateDetails(doc, doc.withTitle("لا شيء"), seen, new Revision(0, "main window", LATER)));
        assertTrue(stale.current().isEmpty());
    }
}
