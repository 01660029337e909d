package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hamish.reliability.DatabaseDump;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Paths that name something other than a file: a link to {@code /dev/zero} (endless), a named pipe
 * (opening it blocks until someone writes), {@code /dev/null}. Each is refused at once through the command
 * line, exit code 1, the file named, no stack trace, the database unchanged. Before the fix the
 * {@code /dev/zero} link ran out of memory and the pipe hung the import forever.
 */
class SpecialFileCliTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(5);
    private static final String ARTICLE = "مياه النهر في مدينة النخيل\nقال الوزير إن المفاوضات مستمرة منذ شهرين.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private String before;

    @BeforeEach
    void libraryWithOneArticle() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero, /dev/null and mkfifo (Linux, macOS)");
        db = dir.resolve("مكتبة.db");
        Path article = Files.write(dir.resolve("مقال.txt"), ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("import", "--db", db.toString(), article.toString()), err.toString());
        before = DatabaseDump.of(db);
        err.getBuffer().setLength(0);
    }

    @ParameterizedTest(name = "import {0}")
    @ValueSource(strings = {"صفحة لا تنتهي.html", "نص لا ينتهي.txt", "تعليقات.jsonld", "وسوم.ann"})
    void importRefusesALinkToDevZeroAtOnce(String name) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve(name), Path.of("/dev/zero"));
        withBratText(name);

        int exit = assertTimeoutPreemptively(AT_ONCE, () -> run("import", "--db", db.toString(), link.toString()));

        assertEquals(1, exit, err.toString());
        assertRefused(name + ": it is a character device (a link to /dev/zero), not a file; nothing was read");
    }

    @Test
    void reanchorRefusesALinkToDevZeroAtOnce() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("النص المصحح.html"), Path.of("/dev/zero"));

        int exit = assertTimeoutPreemptively(AT_ONCE, () -> run("reanchor", "1", "--db", db.toString(), "--text", link.toString()));

        assertEquals(1, exit, err.toString());
        assertRefused("hamish: النص المصحح.html: it is a character device (a link to /dev/zero), not a file; nothing was read");
    }

    @ParameterizedTest(name = "import {0}")
    @ValueSource(strings = {"أنبوب.txt", "أنبوب.html", "أنبوب.jsonld", "أنبوب.ann"})
    void importRefusesANamedPipeAtOnce(String name) throws Exception {
        Path fifo = mkfifo(name);
        withBratText(name);

        int exit = assertTimeoutPreemptively(AT_ONCE, () -> run("import", "--db", db.toString(), fifo.toString()));

        assertEquals(1, exit, err.toString());
        assertRefused(name + ": it is a named pipe (FIFO), not a file; nothing was read");
    }

    @ParameterizedTest(name = "reanchor --text {0}")
    @ValueSource(strings = {"أنبوب.txt", "أنبوب.html"})
    void reanchorRefusesANamedPipeAtOnce(String name) throws Exception {
        Path fifo = mkfifo(name);

        int exit = assertTimeoutPreemptively(AT_ONCE, () -> run("reanchor", "1", "--db", db.toString(), "--text", fifo.toString()));

        assertEquals(1, exit, err.toString());
        assertRefused("hamish: " + name + ": it is a named pipe (FIFO), not a file; nothing was read");
    }

    @Test
    void devNullAndALinkToItAreRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("فارغ.html"), Path.of("/dev/null"));

        int exit = assertTimeoutPreemptively(AT_ONCE, () -> run("import", "--db", db.toString(), "/dev/null", link.toString()));

        assertEquals(1, exit, err.toString());
        assertRefused("null: it is a character device, not a file; nothing was read");
        assertRefused("فارغ.html: it is a character device (a link to /dev/null), not a file; nothing was read");
    }

    private void assertRefused(String message) {
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception") || err.toString().contains("Error"),
                "no stack trace: " + err);
        assertEquals(before, DatabaseDump.of(db), "the database is unchanged");
    }

    /** A brat .ann is read after its .txt: give it a real one, so that the .ann itself is what gets refused. */
    private void withBratText(String name) throws IOException {
        if (name.endsWith(".ann")) {
            Files.writeString(dir.resolve(name.replace(".ann", ".txt")), ARTICLE);
        }
    }

    private Path mkfifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
        return fifo;
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
