package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annotate} takes only spans of whole characters, and says which offsets to use instead. */
class SplitCharacterAnnotateTest {

    private static final String FAMILY = "👨\u200D👩\u200D👧";
    private static final String FLAG = "🇸🇦";
    private static final String BEH = "\u0628\u0651\u064E";
    private static final String ARTICLE = "خبر 😀 عن " + FAMILY + " و" + FLAG + " ر" + BEH + "ـــ\n";

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = HamishCommand.commandLine(db -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String db() {
        return dir.resolve("e.db").toString();
    }

    @BeforeEach
    void importArticle() throws Exception {
        Path file = dir.resolve("e.txt");
        Files.writeString(file, ARTICLE);
        assertEquals(0, run("import", file.toString(), "--db", db()), err.toString());
    }

    private String refused(int start, int end) {
        assertEquals(1, run("annotate", "1", "--start", String.valueOf(start), "--end", String.valueOf(end), "--tag", "Person",
                "--db", db()), out.toString());
        String message = err.toString();
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
        try (Stores stores = Stores.open(Path.of(db()))) {
            assertEquals(0, stores.annotations().count(), "nothing stored");
        }
        return message;
    }

    @Test
    void theReportedReproIsRefusedAndTheExportStillWorks() {
        String message = refused(5, 7);
        assertTrue(message.startsWith("hamish: document 1: [5, 7) cuts a character: start offset 5 falls inside the character 😀 "
                + "(U+1F600, chars 4–6); use 4 or 6"), message);
        assertTrue(message.contains("--start 4 --end 7"), message);
        assertEquals(0, run("export", "--format", "brat", "--out", dir.resolve("eb").toString(), "--db", db()), err.toString());
    }

    @Test
    void aZwjFamilyIsOneCharacter() {
        int family = ARTICLE.indexOf(FAMILY);
        String message = refused(family, family + 2);
        assertTrue(message.contains("end offset " + (family + 2)) && message.contains("ZERO WIDTH JOINER")
                && message.contains("use " + family + " or " + (family + FAMILY.length())), message);
        assertEquals(0, run("annotate", "1", "--start", String.valueOf(family), "--end", String.valueOf(family + FAMILY.length()),
                "--tag", "Person", "--db", db()), err.toString());
    }

    @Test
    void aFlagIsOneCharacter() {
        int flag = ARTICLE.indexOf(FLAG);
        String message = refused(flag + 2, flag + 4);
        assertTrue(message.contains("start offset " + (flag + 2)) && message.contains("flag"), message);
    }

    @Test
    void aLetterIsNotSplitFromItsShaddaAndFatha() {
        int beh = ARTICLE.indexOf(BEH);
        String message = refused(beh, beh + 1);
        assertTrue(message.contains("a letter and its harakat") && message.contains("ARABIC SHADDA")
                && message.contains("ARABIC FATHA") && message.contains("use " + beh + " or " + (beh + 3)), message);
        assertEquals(0, run("annotate", "1", "--start", String.valueOf(beh - 1), "--end", String.valueOf(beh + 3),
                "--tag", "Person", "--db", db()), err.toString());
    }
}
