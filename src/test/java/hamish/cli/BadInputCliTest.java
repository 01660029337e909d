package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.ArticleFileReader;
import hamish.reliability.DatabaseDump;
import hamish.reliability.ReliabilityReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Bad files through {@code hamish import}: exit code 1, a message naming the file and what is wrong with
 * it, and a database exactly as it was (every row of every table compared). File names are Arabic with
 * spaces throughout. Accepted oddities (Windows-1256, UTF-16 without BOM, a 10,000-char line) import whole.
 */
class BadInputCliTest {

    static final String ARTICLE = "مياه النهر في مدينة النخيل\nقال الوزير إن المفاوضات مستمرة منذ شهرين، مشيرا إلى تقدم ملموس في الملفات العالقة كلها.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private String before;

    @BeforeEach
    void libraryWithOneArticle() throws IOException {
        db = dir.resolve("مكتبة التحليل.db");
        assertEquals(0, run("import", "--db", db.toString(), write("مقال أول.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)).toString()));
        before = DatabaseDump.of(db);
        out.getBuffer().setLength(0);
    }

    static Stream<Arguments> refusedFiles() {
        byte[] utf8 = ARTICLE.repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] invalidUtf8 = utf8.clone();
        int lead = 40;
        while ((invalidUtf8[lead] & 0xC0) != 0xC0) {
            lead++; // the first byte of an Arabic letter, so the damage is found exactly there
        }
        invalidUtf8[lead] = (byte) 0xFF;
        byte[] withNul = utf8.clone();
        withNul[30] = 0;
        // U+D800 written as UTF-8 bytes (CESU-8 style): a lone surrogate no valid UTF-8 file may hold.
        byte[] loneSurrogateUtf8 = concat(utf8, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8);
        byte[] utf16 = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
        byte[] loneSurrogateUtf16 = concat(utf16, new byte[] {0x3D, (byte) 0xD8, 0x20, 0x00});
        return Stream.of(
                Arguments.of("ملف فارغ.txt", new byte[0], "the file is empty"),
                Arguments.of("مسافات فقط.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8), "the file is empty (it holds only white space)"),
                Arguments.of("صورة الغلاف.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13}, "not a text file (PNG image)"),
                Arguments.of("أرشيف المقالات.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "not a text file (ZIP archive, as are .docx and .odt files)"),
                Arguments.of("نص تالف.txt", invalidUtf8, "not valid UTF-8 text (bad bytes near byte " + lead + "; the rest looks like UTF-8)"),
                Arguments.of("محارف صفرية.txt", withNul, "not a text file (it contains NUL bytes)"),
                Arguments.of("بديل منفرد.txt", loneSurrogateUtf8, "not valid UTF-8 text (bad bytes near byte " + utf8.length + ";"),
                Arguments.of("بديل منفرد ١٦.txt", loneSurrogateUtf16, "not valid UTF-16LE text (bad bytes near byte " + utf16.length + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void refusesABadFileNamingItAndLeavesTheDatabaseAsItWas(String name, byte[] bytes, String problem) throws IOException {
        Path file = write(name, bytes);

        int exit = run("import", "--db", db.toString(), file.toString());

        assertEquals(1, exit, err.toString());
        assertTrue(err.toString().contains("refused    " + name + ": " + problem), err.toString());
        assertTrue(out.toString().contains("0 imported, 0 duplicate, 1 refused"), out.toString());
        assertEquals(before, DatabaseDump.of(db), "nothing half-imported, nothing else changed");
        ReliabilityReport.record("bad-input", name + ": exit 1, \"" + problem + "\", database unchanged");
    }

    @Test
    void refusesA100MegabyteFileBySizeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("ملف ضخم جدا.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024); // sparse: takes no disk, and would be 100 MB of NULs if read
        }
        long t0 = System.nanoTime();
        int exit = run("import", "--db", db.toString(), file.toString());
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(1, exit);
        assertTrue(err.toString().contains("refused    ملف ضخم جدا.txt: too large for an article (100.0 MB; the limit is "
                + ArticleFileReader.MAX_BYTES / 1048576 + " MB)"), err.toString());
        assertTrue(millis < 2_000, "refused by its size, not after reading it: " + millis + " ms");
        assertEquals(before, DatabaseDump.of(db));
        ReliabilityReport.record("bad-input", "100 MB file: exit 1, refused by size in " + millis + " ms, database unchanged");
    }

    @Test
    void aFolderWithABadFileImportsTheRestAndNamesTheBadOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("مقالات الأسبوع"));
        Files.writeString(folder.resolve("أ مقال.txt"), "خبر أول عن المياه والسدود في المدينة.\n");
        Files.write(folder.resolve("ب صورة.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10});
        Files.writeString(folder.resolve("ج مقال.txt"), "خبر ثان عن المفاوضات بين الوفدين.\n");

        assertEquals(1, run("import", "--db", db.toString(), folder.toString()));

        assertTrue(err.toString().contains("refused    ب صورة.txt: not a text file (JPEG image)"), err.toString());
        assertTrue(out.toString().contains("2 imported, 0 duplicate, 1 refused"), out.toString());
        assertEquals(3, DatabaseDump.count(db, "document"));
    }

    @Test
    void importsWindows1256AndUtf16WithoutBomAsArabic() throws IOException {
        String text = "قمة المياه في سيرانة\nوقال المتحدث إن الاتفاق سيوقع قريبا بعد جولات طويلة من المحادثات الصعبة.\n";
        Path cp1256 = write("خبر بترميز عربي.txt", text.getBytes(Charset.forName("windows-1256")));
        Path utf16 = write("خبر يونيكود.txt", text.replace("قمة", "مؤتمر").getBytes(StandardCharsets.UTF_16LE));

        assertEquals(0, run("import", "--db", db.toString(), cp1256.toString(), utf16.toString()), err.toString());

        assertTrue(out.toString().contains("2 imported, 0 duplicate, 0 refused"), out.toString());
        assertTrue(DatabaseDump.of(db).contains(text.strip()), "Windows-1256 decoded to the same Arabic");
        assertTrue(DatabaseDump.of(db).contains(text.replace("قمة", "مؤتمر").strip()), "UTF-16LE without BOM decoded");
    }

    @Test
    void importsA10000CharacterSingleLineWithABoundedTitle() throws IOException {
        String line = "كلمة ".repeat(2_000).strip() + " نهاية";
        assertTrue(line.length() >= 10_000);
        Path file = write("سطر واحد طويل.txt", line.getBytes(StandardCharsets.UTF_8));

        assertEquals(0, run("import", "--db", db.toString(), file.toString()), err.toString());

        assertTrue(DatabaseDump.of(db).contains(line), "the whole line is stored");
        out.getBuffer().setLength(0);
        assertEquals(0, run("list", "--db", db.toString()));
        String listed = out.toString().lines().filter(l -> l.endsWith("كلمة") || l.contains("كلمة كلمة")).findFirst().orElseThrow();
        assertTrue(listed.length() < 400, "the title is cut to a readable length: " + listed.length());
    }

    @Test
    void importsOnlyTheTextOfAnHtmlFileAndFetchesNothing() throws IOException {
        String html = "<html><head><script>fetch('https://example.invalid/x')</script>"
                + "<link rel=stylesheet href=https://example.invalid/a.css></head>"
                + "<body><p>قال الوزير إن المفاوضات مستمرة منذ شهرين في العاصمة الجديدة.</p><img src=https://example.invalid/p.png></body></html>\n";
        Path file = write("صفحة ويب.html", html.getBytes(StandardCharsets.UTF_8));

        // HTML is parsed (jsoup, from the file's bytes: nothing is fetched) and only its text is kept:
        // the script is neither run nor stored, the external references are dropped.
        assertEquals(0, run("import", "--db", db.toString(), file.toString()), err.toString());

        String dump = DatabaseDump.of(db);
        assertTrue(dump.contains("قال الوزير إن المفاوضات مستمرة منذ شهرين في العاصمة الجديدة."), "the article's text is kept");
        assertFalse(dump.contains("fetch("), "the script is not stored");
        assertFalse(dump.contains("example.invalid"), "external references are not stored");
    }

    @Test
    void annotateRefusesAnUnknownLongOrEmojiTagWithoutWriting() {
        String longName = "وسم".repeat(400);
        for (String tag : new String[] {longName, "🔥 عاجل", "'; DROP TABLE annotation; --"}) {
            err.getBuffer().setLength(0);
            assertEquals(1, run("annotate", "1", "--db", db.toString(), "--start", "0", "--end", "4", "--tag", tag));
            assertTrue(err.toString().startsWith("hamish: no tag named '" + tag + "'; tags: "), err.toString());
        }
        assertEquals(before, DatabaseDump.of(db));
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    private int run(String... args) {
        CommandLine cl = HamishCommand.commandLine(path -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
