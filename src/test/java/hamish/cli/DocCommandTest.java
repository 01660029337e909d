package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish doc set|show}: the details use case under the name, the URL included. */
class DocCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private Document doc;

    @BeforeEach
    void seed() {
        db = dir.resolve("doc.db");
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

    private String output() {
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private Document stored() {
        try (Stores stores = Stores.open(db)) {
            return stores.documents().get(doc.id()).orElseThrow();
        }
    }

    @Test
    void setChangesEveryGivenFieldAndPrintsThem() {
        String id = String.valueOf(doc.id());
        assertEquals(0, run("doc", "set", id, "--db", db.toString(), "--outlet", "الجزيرة", "--date", "2021-06-04",
                "--title", "غانتس في واشنطن", "--url", "https://www.aljazeera.net/news/1", "--author", "مراسل الجزيرة"), err.toString());

        assertEquals("id:        " + doc.id() + "\ntitle:     غانتس في واشنطن\noutlet:    الجزيرة\npublished: 2021-06-04\n"
                + "url:       https://www.aljazeera.net/news/1\nauthor:    مراسل الجزيرة\n", output());
        assertEquals(new Document(doc.id(), "غانتس في واشنطن", "الجزيرة", LocalDate.of(2021, 6, 4), "ar", doc.text(),
                doc.contentHash(), doc.importedAt(), "https://www.aljazeera.net/news/1", "مراسل الجزيرة"), stored());
    }

    @Test
    void showPrintsAndChangesNothing() {
        assertEquals(0, run("doc", "show", String.valueOf(doc.id()), "--db", db.toString()), err.toString());
        assertEquals("id:        " + doc.id() + "\ntitle:     عنوان قديم\noutlet:    صحيفة أ\npublished: 2021-06-03\nurl:       -\nauthor:    -\n",
                output());
        assertEquals(doc, stored());
    }

    @Test
    void detailsTakesTheUrlToo() {
        assertEquals(0, run("details", String.valueOf(doc.id()), "--db", db.toString(), "--url", "http://example.com/x"));
        assertEquals("http://example.com/x", stored().url());
        assertEquals(0, run("doc", "set", String.valueOf(doc.id()), "--db", db.toString(), "--url", ""));
        assertEquals("", stored().url(), "empty clears it");
    }

    @Test
    void aBadUrlOrAMissingDocumentFailsWithOne() {
        assertEquals(1, run("doc", "set", String.valueOf(doc.id()), "--db", db.toString(), "--url", "www.example.com"));
        assertEquals("hamish: Document " + doc.id() + ": “www.example.com” is not a web address; give one that starts with "
                + "http:// or https://, such as https://www.example.com/news/1.", err.toString().strip());
        assertEquals(1, run("doc", "show", "99", "--db", db.toString()));
        assertEquals("hamish: no document with id 99 (see 'hamish list')", err.toString().strip());
        assertEquals(doc, stored());
    }

    @Test
    void theUrlTravelsInJsonLd() throws Exception {
        assertEquals(0, run("doc", "set", String.valueOf(doc.id()), "--db", db.toString(), "--url", "https://example.com/خبر"));
        Path folder = dir.resolve("out");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "jsonld", "--out", folder.toString()), err.toString());
        Path file;
        try (var files = java.nio.file.Files.list(folder)) {
            file = files.filter(f -> f.toString().endsWith(".jsonld")).findFirst().orElseThrow();
        }
        Path fresh = dir.resolve("fresh.db");
        assertEquals(0, run("import", "--db", fresh.toString(), file.toString()), err.toString());
        try (Stores stores = Stores.open(fresh)) {
            // The seed's hash is made up; the import computes the real one, so find the one document by listing.
            assertEquals(List.of("https://example.com/خبر"), stores.documents().list().stream().map(DocumentSummary::url).toList());
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("doc", "--db", db.toString()));
        assertEquals(2, run("doc", "set", "--db", db.toString()));
        assertEquals(2, run("doc", "set", "1", "--db", db.toString(), "--date", "2022-01-01", "--no-date"));
        assertEquals(2, run("doc", "show", "abc", "--db", db.toString()));
        assertEquals(doc, stored());
    }
}
