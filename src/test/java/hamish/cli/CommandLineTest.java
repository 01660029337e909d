package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    /** CRLF line endings and a decomposed hamza (ا + U+0655): the stored text is NFC with \n line endings, and offsets point into it. */
    private static final String ARTICLE = "قمة المياه في مدينة النخيل\r\n\r\nقال الوزير “ا\u0655ن 1400 متر مكعب تكفي” للقرية.\r\nالمصدر: صحيفة الغد\r\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = HamishCommand.commandLine(db -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path db() {
        return dir.resolve("test.db");
    }

    private Path article(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void importsListsAnnotatesAndShows() throws IOException {
        Path file = article("قمة المياه.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("import", "--db", db().toString(), file.toString()), err.toString());
        assertTrue(out.toString().contains("1 imported, 0 duplicate, 0 refused"), out.toString());

        assertEquals(0, run("list", "--db", db().toString()));
        assertTrue(out.toString().contains("صحيفة الغد"), "outlet listed: " + out);

        long docId;
        String text;
        try (Stores stores = Stores.open(db())) {
            Document doc = stores.documents().list().stream().findFirst()
                    .flatMap(s -> stores.documents().get(s.id())).orElseThrow();
            docId = doc.id();
            text = doc.text();
        }
        assertTrue(text.contains("“إن 1400") && !text.contains("\r"), "stored text is NFC with \\n line endings: " + text);
        int start = text.indexOf("1400");
        assertTrue(start > 0);
        out.getBuffer().setLength(0);
        assertEquals(0, run("annotate", String.valueOf(docId), "--db", db().toString(), "--start", String.valueOf(start),
                "--end", String.valueOf(start + 4), "--tag", "quote", "--note", "رقم"), err.toString());
        long annotationId = Long.parseLong(out.toString().strip());

        try (Stores stores = Stores.open(db())) {
            Annotation a = stores.annotations().get(annotationId).orElseThrow();
            assertEquals("1400", a.quote());
            assertEquals(text.substring(a.start(), a.end()), a.quote());
            assertEquals("Quote", stores.tags().list().stream().filter(t -> t.id() == a.tagId()).findFirst().orElseThrow().name());
        }
        assertEquals(0, run("show", String.valueOf(docId), "--db", db().toString()));
        assertTrue(out.toString().contains("#" + annotationId + "\t" + start + "\t" + (start + 4) + "\tQuote\t1400"), out.toString());
        assertTrue(out.toString().contains("قال الوزير"), "text shown");
        assertEquals(0, run("stats", "--db", db().toString()));
        assertTrue(out.toString().contains("annotations: 1"), out.toString());
    }

    @Test
    void reimportingTheSameTextDoesNotDuplicate() throws IOException {
        Path a = article("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path b = article("b.txt", ARTICLE.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("import", "--db", db().toString(), a.toString()));
        assertEquals(0, run("import", "--db", db().toString(), b.toString()));
        assertTrue(out.toString().contains("duplicate"), out.toString());
        try (Stores stores = Stores.open(db())) {
            assertEquals(1, stores.documents().count());
        }
    }

    @Test
    void refusedFileGivesExitOneAndNamesTheFile() throws IOException {
        Path png = article("صورة.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertEquals(1, run("import", "--db", db().toString(), png.toString()));
        assertTrue(err.toString().contains("صورة.png"), err.toString());
        try (Stores stores = Stores.open(db())) {
            assertEquals(0, stores.documents().count());
        }
    }

    @Test
    void annotateRejectsSpanPastTheEnd() throws IOException {
        Path file = article("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        run("import", "--db", db().toString(), file.toString());
        long id;
        try (Stores stores = Stores.open(db())) {
            id = stores.documents().list().get(0).id();
        }
        assertEquals(1, run("annotate", String.valueOf(id), "--db", db().toString(), "--start", "5", "--end", "100000", "--tag", "Person"));
        assertTrue(err.toString().contains("past the end"), err.toString());
        try (Stores stores = Stores.open(db())) {
            assertEquals(0, stores.annotations().count());
        }
    }

    @Test
    void unknownDocumentIsAFailureNotAStackTrace() {
        assertEquals(1, run("show", "42", "--db", db().toString()));
        assertTrue(err.toString().startsWith("hamish: no document with id 42"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("annotate", "--db", db().toString(), "1", "--start", "x"));
        assertEquals(2, run("no-such-command"));
    }

    @Test
    void helpIsAvailableEverywhere() {
        for (String cmd : List.of("import", "list", "show", "annotate", "stats", "bench")) {
            assertEquals(0, run(cmd, "--help"), cmd);
        }
        assertTrue(out.toString().contains("--db"), "every command takes --db");
    }
}
