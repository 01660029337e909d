package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.CurationDecision;
import hamish.model.CurationDecision.Choice;
import hamish.model.CurationDecision.TaggedExtent;
import hamish.model.Span;
import hamish.model.TagKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 10 (curation decisions) on both engines: a database an older Hamish left at 9, with a document, a tag,
 * annotations and a curated copy, is upgraded to 10 on opening, keeps all of it, and then records decisions, one per
 * item. On PostgreSQL the upgrade is the first step past the baseline.
 */
class CurationDecisionMigrationTest {

    private static final String TEXT = Fixtures.MIXED_TEXT;

    @TempDir
    Path dir;

    @Test
    void aSqliteFileAtNineIsUpgradedKeepingItsData() throws SQLException {
        Path file = dir.resolve("nine.db");
        long[] ids;
        try (Stores old = over(Database.open(file, Migrations.upTo(9)))) {
            assertEquals(9, DatabaseTest.pragma(old.database(), "user_version"));
            ids = corpus(old);
        }
        try (Stores stores = Stores.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, DatabaseTest.pragma(stores.database(), "user_version"));
            assertTrue(stores.database().migrationBackup().isPresent(), "backed up before the upgrade");
            keptAndDecides(stores, ids);
        }
    }

    @Test
    void aPostgresDatabaseAtNineIsUpgradedKeepingItsData() throws SQLException {
        String url = TestPostgres.freshDatabase();
        long[] ids;
        try (Stores old = over(Database.openServer(PostgresTarget.parse(url), 9))) {
            assertEquals(9, schemaVersion(url));
            assertEquals(0, tables(url, "curation_decision"), "the baseline has no decisions table");
            ids = corpus(old);
        }
        try (Stores stores = Stores.open(url)) {
            assertEquals(Database.SCHEMA_VERSION, schemaVersion(url));
            keptAndDecides(stores, ids);
        }
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_trigger WHERE tgname = 'curation_decision_changed'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "other windows hear of a decision");
        }
    }

    @Test
    void aNewPostgresDatabaseEndsAtTheLatestVersion() throws SQLException {
        String url = TestPostgres.freshDatabase();
        Database.open(url).close();
        assertEquals(Database.SCHEMA_VERSION, schemaVersion(url));
        assertEquals(1, tables(url, "curation_decision"));
    }

    private static Stores over(Database database) {
        return new Stores(database, new DocumentStore(database), new AnnotationStore(database), new TagStore(database),
                new EntityStore(database), new LinkStore(database), new SettingsStore(database));
    }

    /** A document, a tag, alice's and bob's annotation and a curated copy; their ids. */
    private static long[] corpus(Stores s) {
        long doc = s.documents().insert(Fixtures.document("خبر", TEXT)).id();
        long tag = s.tags().insert(Fixtures.tag("شخص", TagKind.ENTITY)).id();
        Annotation alice = s.annotations().insert(Annotation.of(doc, TEXT, new Span(0, 4), tag, "alice", Fixtures.NOW));
        s.annotations().insert(Annotation.of(doc, TEXT, new Span(0, 4), tag, "bob", Fixtures.NOW));
        s.annotations().insert(Annotation.of(doc, TEXT, new Span(0, 4), tag, "curated", Fixtures.NOW));
        return new long[] {doc, tag, alice.id()};
    }

    private static void keptAndDecides(Stores stores, long[] ids) {
        long doc = ids[0];
        long tag = ids[1];
        assertEquals(TEXT, stores.documents().get(doc).orElseThrow().text());
        assertEquals(3, stores.annotations().forDocument(doc).size());
        assertEquals(new Span(0, 4), stores.annotations().get(ids[2]).orElseThrow().span());
        assertEquals(0, stores.curation().count());

        TaggedExtent side = new TaggedExtent(new Span(0, 4), tag);
        CurationDecision neither = stores.curation().insert(new CurationDecision(0, doc, "alice", "bob", side, side, Choice.NEITHER,
                "carol", Fixtures.NOW, 0));
        assertTrue(neither.id() > 0 && neither.revision() > 0);
        assertEquals(List.of(neither), stores.curation().decisions(doc, "alice", "bob"));
        // One decision per item: a second on the same item is refused; an item with one side only is another item.
        assertThrows(StoreException.class, () -> stores.curation().insert(new CurationDecision(0, doc, "alice", "bob", side, side,
                Choice.A, "dan", Fixtures.NOW, 0)));
        stores.curation().insert(new CurationDecision(0, doc, "alice", "bob", side, null, Choice.A, "dan", Fixtures.NOW, 0));
        assertEquals(2, stores.curation().decisions(doc, "alice", "bob").size());
        // Only at its revision: a stale delete is refused.
        assertThrows(StaleRowException.class, () -> stores.curation().delete(neither.id(), neither.revision() + 1000));
        stores.curation().delete(neither.id(), neither.revision());
        assertEquals(1, stores.curation().count());
        assertEquals(List.of(new hamish.model.CuratableDocument(doc, "خبر", 2)), stores.curation().curatableDocuments("curated"));
    }

    private static int schemaVersion(String url) throws SQLException {
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT version FROM hamish_schema")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int tables(String url, String name) throws SQLException {
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                     + "AND table_name = '" + name + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
