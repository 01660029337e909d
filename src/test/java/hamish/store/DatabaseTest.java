package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAMissingFileAtTheCurrentVersion() throws SQLException {
        Path file = dir.resolve("new.db");

        try (Database db = Database.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, pragma(db, "user_version"));
            assertEquals(Database.APPLICATION_ID, pragma(db, "application_id"));
            assertEquals(1, pragma(db, "foreign_keys"));
            assertEquals(2, pragma(db, "synchronous"), "synchronous=FULL");
            assertEquals(5000, pragma(db, "busy_timeout"));
            assertEquals("wal", db.inTransaction(c -> text(c, "PRAGMA journal_mode")));
            assertTrue(db.migrationBackup().isEmpty(), "a new file has nothing to back up");
        }
        assertTrue(Files.exists(file));
        assertEquals(List.of(file), siblings(), "no backup for a new file");
    }

    @Test
    void migratesAnEmptyFileToTheCurrentVersion() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));

        try (Database db = Database.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, pragma(db, "user_version"));
        }
    }

    @Test
    void refusesDatabaseFromNewerVersion() throws SQLException {
        Path file = dir.resolve("future.db");
        Database.open(file).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            // Rollback-journal mode, as a newer Hamish might leave it: switching it to WAL would write the header.
            statement.execute("PRAGMA journal_mode = DELETE");
            statement.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
        }
        String before = Fixtures.sha256(file);

        NewerSchemaException refused = assertThrows(NewerSchemaException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().startsWith(file + ": written by a newer version of Hamish (schema "
                + (Database.SCHEMA_VERSION + 1) + ", this version reads up to " + Database.SCHEMA_VERSION + ")"),
                refused.getMessage());
        assertEquals(before, Fixtures.sha256(file), "the file must be left exactly as it was");
        assertEquals(List.of(file), siblings(), "no backup, -wal or -shm file may be left behind");
    }

    @Test
    void refusesAGarbageFileWithoutChangingIt() throws IOException {
        Path file = dir.resolve("photo.db");
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertEquals(file + " is not a Hamish database or is damaged; it was not changed", refused.getMessage());
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(file)), "the file must be left exactly as it was");
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws SQLException {
        Path file = dir.resolve("other.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE recipes (name TEXT)");
            statement.execute("INSERT INTO recipes VALUES ('كبسة')");
        }
        String before = Fixtures.sha256(file);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertEquals(file + " is not a Hamish database; it was not changed", refused.getMessage());
        assertEquals(before, Fixtures.sha256(file));
    }

    @Test
    void refusesADatabaseMarkedWithAnotherApplicationId() throws SQLException {
        Path file = dir.resolve("stranger.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA application_id = 1234");
        }

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().contains("is not a Hamish database"), refused.getMessage());
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        Path file = dir.resolve("missing").resolve("a.db");

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().startsWith("cannot open " + file + ": the folder"), refused.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void refusesAReadOnlyFileWithAClearMessageAndLeavesNoSideFiles() throws IOException {
        Path file = dir.resolve("locked-down.db");
        try (Stores stores = Stores.open(file)) {
            stores.settings().put("author", "سلمى");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Assumptions.assumeFalse(Files.isWritable(file), "chmod has no effect for this user (root?): cannot test read-only files");
        String before = Fixtures.sha256(file);

        StoreException refused = assertThrows(StoreException.class, () -> Stores.open(file));

        assertEquals(file + " is read-only; changes cannot be saved", refused.getMessage());
        assertEquals(before, Fixtures.sha256(file));
        assertEquals(List.of(file), siblings(), "a read-only -shm left behind would keep the file read-only");
    }

    @Test
    void reportsAFullDiskAndKeepsEverythingSavedBefore() {
        try (Stores stores = Stores.open(dir.resolve("full.db"))) {
            Document kept = stores.documents().insert(Fixtures.document("محفوظ", "نص قصير محفوظ"));
            // Cap the file near its current size: SQLite answers SQLITE_FULL exactly as on a full disk.
            stores.database().inTransaction(c -> {
                int pages = (int) Rows.count(c, "PRAGMA page_count");
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA max_page_count = " + (pages + 2));
                }
                return null;
            });

            StoreException refused = assertThrows(StoreException.class,
                    () -> stores.documents().insert(Fixtures.document("كبير", "كلمة ".repeat(200_000))));

            assertEquals(stores.database().file() + ": the disk is full; the last change was not saved, everything before it is safe",
                    refused.getMessage());
            assertEquals(List.of(kept.id()), stores.documents().list().stream().map(d -> d.id()).toList());
            assertEquals(kept, stores.documents().get(kept.id()).orElseThrow());
            assertEquals(List.of(kept.id()), stores.documents().searchWords("محفوظ", 10));
        }
    }

    @Test
    void reportsALockHeldByAnotherProgram() throws SQLException {
        Path file = dir.resolve("shared.db");
        try (Stores stores = Stores.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            // The real wait is 5 s; shorten it so the test does not sit through it.
            stores.database().inTransaction(c -> Rows.count(c, "PRAGMA busy_timeout = 100"));
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO settings (key, value) VALUES ('other', 'window')");

            StoreException refused = assertThrows(StoreException.class, () -> stores.settings().put("author", "سارة"));

            assertEquals(file + " is locked by another program (another Hamish window?)", refused.getMessage());
            statement.execute("COMMIT");
            stores.settings().put("author", "سارة");
            assertEquals("window", stores.settings().get("other").orElseThrow());
        }
    }

    @Test
    void aFailedMigrationLeavesTheFileAtItsLastVersion() throws SQLException {
        Path file = dir.resolve("half.db");
        try (Stores stores = Stores.open(file)) {
            stores.settings().put("author", "عمر");
        }
        Migration broken = new Migration(Database.SCHEMA_VERSION + 1, "broken step", List.of(
                "CREATE TABLE scratch (x INTEGER)",
                "INSERT INTO no_such_table VALUES (1)"));
        List<Migration> withBroken = new ArrayList<>(Migrations.ALL);
        withBroken.add(broken);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file, withBroken));

        assertTrue(refused.getMessage().startsWith(file + ": database error: no such table: no_such_table"),
                refused.getMessage());
        try (Stores stores = Stores.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, pragma(stores.database(), "user_version"));
            assertEquals(0, stores.database().inTransaction(
                    c -> Rows.count(c, "SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'")).intValue());
            assertEquals("عمر", stores.settings().get("author").orElseThrow());
        }
    }

    @Test
    void rollsBackEverythingWhenTheWorkFails() {
        try (Stores stores = Stores.open(dir.resolve("rollback.db"))) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> stores.database().inTransaction(c -> {
                stores.settings().put("half", "done");
                throw new IllegalStateException("interrupted");
            }));

            assertEquals("interrupted", failure.getMessage());
            assertTrue(stores.settings().get("half").isEmpty(), "the nested write joined the failed transaction");
        }
    }

    @Test
    void serialisesCallsFromSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Stores stores = Stores.open(dir.resolve("threads.db"))) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        stores.settings().put("k" + thread + "-" + i, "v" + i);
                        assertEquals("v" + i, stores.settings().get("k" + thread + "-" + i).orElseThrow());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            int rows = stores.database().inTransaction(c -> Rows.count(c, "SELECT count(*) FROM settings"));
            assertEquals(200, rows);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesUseAfterClose() {
        Stores stores = Stores.open(dir.resolve("closed.db"));
        stores.close();

        StoreException refused = assertThrows(StoreException.class, () -> stores.documents().count());

        assertEquals(stores.database().file() + " is closed", refused.getMessage());
    }

    private List<Path> siblings() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int pragma(Database db, String name) {
        return db.inTransaction(c -> Rows.count(c, "PRAGMA " + name));
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
