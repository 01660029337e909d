package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Revision;
import hamish.model.Span;
import hamish.model.TagKind;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What only a team database has: its identity checks, several Hamish on one database at once, a lost race
 * reported instead of an overwrite, and addresses that never show a password. Skipped without a server.
 */
class PostgresBackendTest {

    @Test
    void aDatabaseWithOtherTablesIsRefusedUntouched() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE payroll (id INTEGER)");
        }
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(url));
        assertTrue(refused.getMessage().contains("is not a Hamish database"), refused.getMessage());
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "nothing was created beside the stranger's table");
        }
    }

    @Test
    void aDatabaseFromANewerHamishIsRefusedUntouched() throws Exception {
        String url = TestPostgres.freshDatabase();
        Database.open(url).close();
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            s.execute("UPDATE hamish_schema SET version = " + (Database.SCHEMA_VERSION + 1));
        }
        NewerSchemaException refused = assertThrows(NewerSchemaException.class, () -> Database.open(url));
        assertTrue(refused.getMessage().contains("newer version of Hamish"), refused.getMessage());
    }

    /** Repeated because the race it guards (a schema half-seen while another Hamish commits it) is rare per round. */
    @RepeatedTest(12)
    void severalHamishOpeningANewDatabaseAtOnceCreateItOnce() throws Exception {
        String url = TestPostgres.freshDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> opening = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int late = i;
                opening.add(pool.submit(() -> {
                    start.await();
                    // staggered, so that some opener reads the catalogue while the first one commits the schema
                    Thread.sleep(late * 8L);
                    Database.open(url).close();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : opening) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT count(*), min(version) FROM hamish_schema")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
            assertEquals(Database.SCHEMA_VERSION, rows.getInt(2));
        }
    }

    @Test
    void anEditRacingAnotherUsersCommitIsRefusedAndTheirsIsKept() {
        String url = TestPostgres.freshDatabase();
        try (Stores sara = Stores.open(url, "sara"); Stores omar = Stores.open(url, "omar")) {
            long doc = sara.documents().insert(Fixtures.document("خبر", Fixtures.MIXED_TEXT)).id();
            long tag = sara.tags().insert(Fixtures.tag("اقتباس", TagKind.QUOTE)).id();
            Annotation a = sara.annotations().insert(Annotation.of(doc, Fixtures.MIXED_TEXT, new Span(0, 4), tag, "sara", Fixtures.NOW));
            long expected = sara.annotations().revision(a.id()).orElseThrow().number();

            // Sara's transaction has read the row when Omar commits his note; her write must not overwrite it.
            ConcurrentChangeException lost = assertThrows(ConcurrentChangeException.class, () -> sara.inTransaction(() -> {
                Annotation seen = sara.annotations().forDocument(doc).get(0);
                omar.annotations().updateFields(seen, seen.withNote("omar's note", Fixtures.NOW), expected, new Revision(0, "omar", Fixtures.NOW));
                return sara.annotations().updateFields(seen, seen.withNote("sara's note", Fixtures.NOW), expected, new Revision(0, "sara", Fixtures.NOW));
            }));
            assertTrue(lost.getMessage().contains("another user changed the same rows"), lost.getMessage());
            assertEquals("omar's note", sara.annotations().forDocument(doc).get(0).note());

            // Outside a race the revision check refuses the stale write, as on SQLite.
            Annotation now = sara.annotations().forDocument(doc).get(0);
            assertThrows(StaleRowException.class, () -> sara.annotations().updateFields(now, now.withNote("late", Fixtures.NOW), expected,
                    new Revision(0, "sara", Fixtures.NOW)));
            assertEquals("omar's note", omar.annotations().forDocument(doc).get(0).note());
        }
    }

    @Test
    void addressesShowNoPassword() {
        PostgresTarget target = PostgresTarget.parse("postgresql://sara:s3cret@db.example:5433/newsroom");
        assertEquals("postgresql://sara@db.example:5433/newsroom", target.toString());
        assertEquals("s3cret", target.password());
        StoreException noDatabase = assertThrows(StoreException.class, () -> PostgresTarget.parse("postgresql://sara:s3cret@db.example/"));
        assertFalse(noDatabase.getMessage().contains("s3cret"), noDatabase.getMessage());
        assertTrue(noDatabase.getMessage().contains("names no database"), noDatabase.getMessage());
    }

    @Test
    void anUnreachableServerIsNamedInTheMessage() {
        StoreException refused = assertThrows(StoreException.class, () -> Database.open("postgresql://sara:s3cret@127.0.0.1:1/newsroom"));
        assertTrue(refused.getMessage().startsWith("cannot reach the team database postgresql://sara@127.0.0.1:1/newsroom"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
    }
}
