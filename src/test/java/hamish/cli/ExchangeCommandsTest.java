package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExchangeCommandsTest {

    private static final String ARTICLE = "title: قمة المياه\noutlet: صحيفة الغد\n---\nقمة المياه\n"
            + "قال الوزير لإسرائيل إنّ “الاتفاق قريب” وأضاف أن البنتاجون يتابع.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private long docId;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = HamishCommand.commandLine(db -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String db() {
        return dir.resolve("t.db").toString();
    }

    @BeforeEach
    void importArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        assertEquals(0, run("import", "--db", db(), file.toString()), err.toString());
        try (Stores stores = Stores.open(Path.of(db()))) {
            Document d = stores.documents().get(stores.documents().list().get(0).id()).orElseThrow();
            docId = d.id();
            int at = d.text().indexOf("الاتفاق قريب");
            long quote = stores.tags().byName("Quote").orElseThrow().id();
            stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(at, at + 12), quote, "سارة", Instant.now()));
        }
    }

    @Test
    void searchPrintsContextLinesAndJson() throws Exception {
        assertEquals(0, run("search", "--db", db(), "اسرائيل"), err.toString());
        assertTrue(out.toString().contains("...قال الوزير ل[إسرائيل] إنّ"), out.toString());
        assertEquals(0, run("search", "--db", db(), "--json", "البنتاغون"));
        assertEquals(0, new ObjectMapper().readTree(out.toString()).size(), "no variants unless asked");
        assertEquals(0, run("search", "--db", db(), "--json", "--variants", "البنتاغون"));
        JsonNode hits = new ObjectMapper().readTree(out.toString());
        assertEquals("البنتاجون", hits.get(0).get("lines").get(0).get("match").asText());
        assertEquals(0, run("search", "--db", db(), "\"الاتفاق", "AND", "(قريب*"), err.toString());
        assertTrue(out.toString().startsWith("0 document(s)"), "AND is a word of the unclosed phrase: " + out);
        assertEquals(0, run("search", "--db", db(), "الاتفاق", "(قريب*"), err.toString());
        assertTrue(out.toString().contains("1 document(s)"), "brackets and stars are not syntax: " + out);
    }

    @Test
    void searchesAnnotationsByTag() throws Exception {
        assertEquals(0, run("search", "--db", db(), "--tag", "quote", "--json"), err.toString());
        JsonNode hits = new ObjectMapper().readTree(out.toString());
        assertEquals(1, hits.size());
        assertEquals("الاتفاق قريب", hits.get(0).get("quote").asText());
        assertEquals(0, run("search", "--db", db(), "--tag", "Person"));
        assertTrue(out.toString().contains("0 annotation(s)"));
        assertEquals(1, run("search", "--db", db()));
        assertTrue(err.toString().contains("nothing to search for"));
    }

    @Test
    void exportsRefusesToOverwriteAndImportsBack() throws Exception {
        Path outDir = dir.resolve("تصدير");
        for (String format : List.of("csv", "jsonld", "brat")) {
            assertEquals(0, run("export", "--db", db(), "--format", format, "--out", outDir.toString()), err.toString());
        }
        assertEquals(1, run("export", "--db", db(), "--format", "csv", "--out", outDir.toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertEquals(0, run("export", "--db", db(), "--format", "csv", "--out", outDir.toString(), "--force"));

        String fresh = dir.resolve("fresh.db").toString();
        Path jsonld = outDir.resolve("1-قمة المياه.jsonld");
        assertEquals(0, run("import", "--db", fresh, jsonld.toString()), err.toString());
        assertTrue(out.toString().contains("1 annotations"), out.toString());
        String other = dir.resolve("other.db").toString();
        assertEquals(0, run("import", "--db", other, outDir.toString()), err.toString());
        try (Stores stores = Stores.open(Path.of(other))) {
            assertEquals(1, stores.documents().count());
            assertEquals(1, stores.annotations().count());
        }
    }

    @Test
    void reanchorReportsMovedAndOrphaned() throws Exception {
        Path corrected = Files.writeString(dir.resolve("b.txt"), ARTICLE.replace("قال الوزير", "وقال وزير الخارجية"));
        assertEquals(0, run("reanchor", "--db", db(), String.valueOf(docId), "--text", corrected.toString()), err.toString());
        assertTrue(out.toString().contains("1 annotation(s): 0 unchanged, 1 moved, 0 fuzzy, 0 orphaned"), out.toString());
        Path cut = Files.writeString(dir.resolve("c.txt"), "قمة المياه\nنص آخر تماما.\n");
        assertEquals(0, run("reanchor", "--db", db(), String.valueOf(docId), "--text", cut.toString()), err.toString());
        assertTrue(out.toString().contains("orphan  #1"), out.toString());
        try (Stores stores = Stores.open(Path.of(db()))) {
            assertEquals(1, stores.annotations().orphans(docId).size());
        }
    }

    @Test
    void helpForTheNewCommands() {
        for (List<String> cmd : List.of(List.of("search"), List.of("export"), List.of("reanchor"), List.of("bench", "search"),
                List.of("bench", "export"))) {
            String[] args = new String[cmd.size() + 1];
            cmd.toArray(args);
            args[cmd.size()] = "--help";
            assertEquals(0, run(args), cmd.toString());
        }
        assertFalse(out.toString().isEmpty());
    }
}
