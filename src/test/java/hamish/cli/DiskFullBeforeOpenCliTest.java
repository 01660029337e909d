package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.reliability.DatabaseDump;
import hamish.reliability.ReliabilityReport;
import hamish.reliability.Tmpfs;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 6: with the disk already full before the database was opened, every command, reads
 * included, failed with "database error: disk I/O error" (SQLite could not size its shared-memory file).
 * Reads now go on and writes fail with the disk-full message naming the file; on a real full file system
 * (a tmpfs filled with a ballast file; skipped with the reason where mounting is not allowed).
 */
class DiskFullBeforeOpenCliTest {

    @TempDir
    Path dir;

    @Test
    void readsGoOnAndWritesNameTheFullDiskWhenTheDiskIsFullBeforeTheDatabaseOpens() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir.resolve("fs"), "2m")) {
            Path db = fs.path().resolve("مكتبة الأخبار.db");
            String d = db.toString();
            Path first = article("أول.txt", "قمة المياه في مدينة النخيل");
            Path second = article("ثان.txt", "السد يكتمل في الربيع");
            assertEquals(0, CliRun.of("import", "--db", d, first.toString(), second.toString()).exit());
            assertEquals(0, CliRun.of("annotate", "1", "--db", d, "--start", "0", "--end", "3", "--tag", "Place", "--note", "ملاحظة").exit());
            Path ballast = fs.path().resolve("ballast.bin");
            fs.fillWith(ballast);
            String before = DatabaseDump.fileHash(db);
            String full = "hamish: " + db + ": the disk is full; the last change was not saved, everything before it is safe"
                    + System.lineSeparator();

            CliRun list = CliRun.of("list", "--db", d);
            CliRun show = CliRun.of("show", "1", "--db", d);
            CliRun search = CliRun.of("search", "المياه", "--db", d);
            CliRun stats = CliRun.of("stats", "--db", d);
            CliRun export = CliRun.of("export", "--format", "csv", "--out", dir.resolve("تصدير").toString(), "--db", d);
            CliRun annotate = CliRun.of("annotate", "2", "--db", d, "--start", "0", "--end", "3", "--tag", "Person");
            CliRun importing = CliRun.of("import", "--db", d, article("ثالث.txt", "خبر جديد عن النهر").toString());
            CliRun fresh = CliRun.of("list", "--db", fs.path().resolve("جديدة.db").toString());

            assertEquals(0, list.exit(), list.toString());
            assertEquals(2, list.out().lines().count(), list.toString());
            assertEquals(0, show.exit(), show.toString());
            assertTrue(show.out().contains("قمة المياه في مدينة النخيل") && show.out().contains("1 annotation(s)"), show.toString());
            assertEquals(0, search.exit(), search.toString());
            assertTrue(search.out().endsWith("1 document(s)" + System.lineSeparator()), search.toString());
            assertEquals(0, stats.exit(), stats.toString());
            assertTrue(stats.out().startsWith("documents:   2" + System.lineSeparator() + "annotations: 1"), stats.toString());
            assertEquals(0, export.exit(), export.toString());
            assertTrue(Files.size(dir.resolve("تصدير").resolve("hamish-annotations.csv")) > 0);
            assertEquals(1, annotate.exit(), annotate.toString());
            assertEquals(full, annotate.err());
            assertEquals(1, importing.exit(), importing.toString());
            assertTrue(importing.err().contains(db + ": the disk is full"), importing.toString());
            assertEquals(1, fresh.exit(), fresh.toString());
            assertEquals("hamish: " + fs.path().resolve("جديدة.db") + ": the disk is full; a new database cannot be created there"
                    + System.lineSeparator(), fresh.err());
            assertFalse(Files.exists(fs.path().resolve("جديدة.db")), "no empty database left behind");
            assertEquals(before, DatabaseDump.fileHash(db), "the database file was not written");

            // With a window holding the file open (its -shm sized, its log live), the command line reads too.
            Files.delete(ballast);
            try (Stores window = Stores.open(db)) {
                fs.fillWith(ballast);
                CliRun listWhileOpen = CliRun.of("list", "--db", d);
                CliRun annotateWhileOpen = CliRun.of("annotate", "2", "--db", d, "--start", "0", "--end", "3", "--tag", "Person");
                assertEquals(0, listWhileOpen.exit(), listWhileOpen.toString());
                assertEquals(2, listWhileOpen.out().lines().count());
                assertEquals(1, annotateWhileOpen.exit(), annotateWhileOpen.toString());
                assertEquals(full, annotateWhileOpen.err());
                assertEquals(2, window.documents().count(), "the window reads on");
            }

            Files.delete(ballast);
            CliRun afterwards = CliRun.of("annotate", "2", "--db", d, "--start", "0", "--end", "3", "--tag", "Person");
            assertEquals(0, afterwards.exit(), afterwards.toString());
            assertEquals("ok", DatabaseDump.integrity(db));
            noRoomForOneMoreFile();
            ReliabilityReport.record("disk-full-before-open", "2 MB tmpfs full before the database opened: list, show, search, "
                    + "stats, export answered; annotate and import refused with the disk-full message; a new database refused, "
                    + "nothing left; the file unchanged; with a window holding it open the same; annotate worked after freeing space; "
                    + "with no inode left for the -shm too: list answered, annotate refused, file unchanged");
        }
    }

    /**
     * The same with no room for one more file either (every inode used): SQLite cannot create the {@code -shm}
     * at all (SQLITE_CANTOPEN), so the file is read without it, the log being empty.
     */
    private void noRoomForOneMoreFile() throws Exception {
        // Tmpfs passes its size option through: "nr_inodes=4" leaves inodes for the root, the database, the
        // ballast and one side file.
        try (Tmpfs fs = Tmpfs.mount(dir.resolve("fs-inodes"), "2m,nr_inodes=4")) {
            Path db = fs.path().resolve("مكتبة.db");
            assertEquals(0, CliRun.of("import", "--db", db.toString(), article("رابع.txt", "قمة المياه في مدينة النخيل").toString()).exit());
            fs.fillWith(fs.path().resolve("ballast.bin"));
            String before = DatabaseDump.fileHash(db);

            CliRun list = CliRun.of("list", "--db", db.toString());
            CliRun annotate = CliRun.of("annotate", "1", "--db", db.toString(), "--start", "0", "--end", "3", "--tag", "Person");

            assertEquals(0, list.exit(), list.toString());
            assertEquals(1, list.out().lines().count(), list.toString());
            assertEquals(1, annotate.exit(), annotate.toString());
            assertEquals("hamish: " + db + ": the disk is full; the last change was not saved, everything before it is safe"
                    + System.lineSeparator(), annotate.err());
            assertFalse(Files.exists(fs.path().resolve("مكتبة.db-shm")));
            assertEquals(before, DatabaseDump.fileHash(db));
        }
    }

    private Path article(String name, String title) throws java.io.IOException {
        return Files.writeString(dir.resolve(name), title + "\nقال المتحدث إن " + title + " اليوم.\n", StandardCharsets.UTF_8);
    }
}
