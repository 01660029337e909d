package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish details}: sets title, outlet and date through the use case; exit 1 for bad values, 2 for bad usage. */
class DetailsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private Document doc;

    @BeforeEach
    void seed() {
        db = dir.resolve("details.db");
        try (Stores stores = Stores.open(db)) {
            doc = stores.documents().insert(new Document(0, "عنوان قديم", "صحيفة أ", LocalDate.of(2021, 6, 3), "ar",
                    "نص المقال عن الاجتماع.\n", "hash-1", Instant.parse("2026-11-24T12:00:00Z")));
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = HamishCommand.commandLine(file -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Document stored() {
        try (Stores stores = Stores.open(db)) {
            return stores.documents().get(doc.id()).orElseThrow();
        }
    }

    @Test
    void setsTheGivenFieldsAndPrintsTheDetails() {
        assertEquals(0, run("details", String.valueOf(doc.id()), "--db", db.toString(), "--title", "عنوان جديد",
                "--date", "2022-01-15"), err.toString());

        assertEquals("id:        " + doc.id() + "\ntitle:     عنوان جديد\noutlet:    صحيفة أ\npublished: 2022-01-15\nurl:       -\nauthor:    -\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("عنوان جديد", stored().title());
        assertEquals("صحيفة أ", stored().outlet(), "no --outlet: left as it was");
        try (Stores stores = Stores.open(db)) {
            assertEquals("command line", stores.documents().revision(doc.id()).orElseThrow().changedBy());
            assertEquals(1, stores.documents().searchWords("جديد", 10).size(), "the new title is searchable");
        }

        assertEquals(0, run("details", String.valueOf(doc.id()), "--db", db.toString(), "--no-date", "--outlet", ""));
        assertTrue(out.toString().contains("published: -") && out.toString().contains("outlet:    -"), out.toString());
        assertEquals(null, stored().published());
        assertEquals("", stored().outlet());
    }

    @Test
    void withoutOptionsItOnlyPrints() {
        assertEquals(0, run("details", String.valueOf(doc.id()), "--db", db.toString()));
        assertTrue(out.toString().contains("title:     عنوان قديم"), out.toString());
        assertEquals(doc, stored());
    }

    @Test
    void aMissingDocumentFails() {
        assertEquals(1, run("details", "99", "--db", db.toString(), "--title", "س"));
        assertEquals("hamish: no document with id 99 (see 'hamish list')", err.toString().strip());
    }

    @Test
    void aBadDateFailsNamingIt() {
        assertEquals(1, run("details", String.valueOf(doc.id()), "--db", db.toString(), "--date", "2021-02-30"));
        assertEquals("hamish: Document " + doc.id() + ": the date “2021-02-30” is not a date in the form yyyy-MM-dd, such as 2025-03-14.",
                err.toString().strip());
        assertEquals(doc, stored());
    }

    @Test
    void aBlankTitleFails() {
        assertEquals(1, run("details", String.valueOf(doc.id()), "--db", db.toString(), "--title", "   "));
        assertTrue(err.toString().contains("the title cannot be blank"), err.toString());
        assertEquals(doc, stored());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("details", String.valueOf(doc.id()), "--db", db.toString(), "--date", "2022-01-01", "--no-date"));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
        assertEquals(2, run("details", "abc", "--db", db.toString()));
        assertEquals(2, run("details", "--db", db.toString()));
        assertEquals(doc, stored());
    }

    @Test
    void theMainHelpListsIt() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("details"), out.toString());
    }
}
