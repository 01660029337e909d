package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.reliability.DatabaseDump;
import hamish.reliability.ReliabilityReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish import} of a folder with 5,000 small articles: all imported (committed in batches, each file all or nothing). */
@Tag("slow")
class LargeFolderImportTest {

    static final int FILES = 5_000;

    @TempDir
    Path dir;

    @Test
    void importsAFolderOfFiveThousandFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("أرشيف سنة كاملة"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "مقال %04d.txt", i)),
                    "خبر رقم " + i + "\nقال المتحدث إن الاجتماع رقم " + i + " انتهى باتفاق على جدول الأعمال.\n");
        }
        Path db = dir.resolve("أرشيف.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = HamishCommand.commandLine(path -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        long t0 = System.nanoTime();
        int exit = cl.execute("import", "--db", db.toString(), folder.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().endsWith(FILES + " imported, 0 duplicate, 0 refused" + System.lineSeparator()),
                out.toString().substring(Math.max(0, out.toString().length() - 200)));
        assertEquals(FILES, DatabaseDump.count(db, "document"));
        assertEquals("ok", DatabaseDump.integrity(db));
        ReliabilityReport.record("folder-5000-files", String.format(Locale.ROOT,
                "%d files imported in %.1f s (%.1f ms per file, one transaction each), integrity_check ok",
                FILES, seconds, seconds * 1000 / FILES));
    }
}
