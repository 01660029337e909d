package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.reliability.DamagedDatabaseTest;
import hamish.reliability.DatabaseDump;
import hamish.reliability.Tmpfs;
import hamish.store.Database;
import hamish.store.InstanceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command on a database it cannot use: exit code 1, one line naming the file and the problem, the file untouched. */
class DatabaseFaultCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path article;

    @BeforeEach
    void anArticle() throws IOException {
        article = Files.writeString(dir.resolve("مقال.txt"), "خبر عن المياه\nقال الوزير إن السد سيكتمل في الربيع المقبل.\n", StandardCharsets.UTF_8);
    }

    @Test
    void aFileOfGarbageIsRefusedByEveryCommandAndNotChanged() throws IOException {
        Path db = dir.resolve("صورة وليست قاعدة.db");
        byte[] garbage = new byte[16384];
        new Random(7).nextBytes(garbage);
        Files.write(db, garbage);

        for (String[] command : commands(db)) {
            err.getBuffer().setLength(0);
            assertEquals(1, run(command), String.join(" ", command));
            assertEquals("hamish: " + db + " is not a Hamish database or is damaged; it was not changed" + System.lineSeparator(), err.toString());
        }
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(db)), "not a byte changed");
    }

    @Test
    void aDatabaseFromANewerHamishIsRefusedAndNotChanged() throws Exception {
        Path db = dir.resolve("من نسخة أحدث.db");
        assertEquals(0, run("import", "--db", db.toString(), article.toString()));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = raw.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
        }
        String before = DatabaseDump.fileHash(db);

        for (String[] command : commands(db)) {
            err.getBuffer().setLength(0);
            assertEquals(1, run(command), String.join(" ", command));
            assertTrue(err.toString().startsWith("hamish: " + db + ": written by a newer version of Hamish"), err.toString());
        }
        assertEquals(before, DatabaseDump.fileHash(db));
    }

    @Test
    void aDamagedPageIsReportedAndTheFileIsNotChanged() throws Exception {
        Path db = dir.resolve("تالف.db");
        assertEquals(0, run("import", "--db", db.toString(), article.toString()));
        // list reads the covering index of migration 8, not the table (DamagedDatabaseTest damages both)
        DamagedDatabaseTest.overwritePage(db, DamagedDatabaseTest.rootPage(db, "document_listing"), 3);
        String before = DatabaseDump.fileHash(db);

        assertEquals(1, run("list", "--db", db.toString()));

        assertEquals("hamish: " + db + " is not a Hamish database or is damaged; it was not changed" + System.lineSeparator(), err.toString());
        assertEquals(before, DatabaseDump.fileHash(db));
    }

    @Test
    void aReadOnlyFileSystemIsReportedByEveryCommand() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir.resolve("fs"), "1m")) {
            Path db = fs.path().resolve("للقراءة فقط.db");
            assertEquals(0, run("import", "--db", db.toString(), article.toString()));
            fs.remountReadOnly();
            String before = DatabaseDump.fileHash(db);

            for (String[] command : commands(db)) {
                err.getBuffer().setLength(0);
                assertEquals(1, run(command), String.join(" ", command));
                assertEquals("hamish: " + db + " is read-only; changes cannot be saved" + System.lineSeparator(), err.toString());
            }
            assertEquals(before, DatabaseDump.fileHash(db));
        }
    }

    @Test
    void theCommandLineWorksWhileAWindowHasTheDatabaseOpen() {
        Path db = dir.resolve("مفتوح في نافذة.db");
        try (InstanceLock window = InstanceLock.acquire(db)) {
            assertEquals(0, run("import", "--db", db.toString(), article.toString()), err.toString());
            assertEquals(0, run("list", "--db", db.toString()), err.toString());
            assertTrue(Files.exists(window.file()));
        }
        assertFalse(err.toString().contains("already open"));
    }

    private String[][] commands(Path db) {
        String d = db.toString();
        return new String[][] {{"list", "--db", d}, {"stats", "--db", d}, {"show", "1", "--db", d}, {"import", "--db", d, article.toString()},
            {"annotate", "1", "--db", d, "--start", "0", "--end", "3", "--tag", "Person"}};
    }

    private int run(String... args) {
        CommandLine cl = HamishCommand.commandLine(path -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
