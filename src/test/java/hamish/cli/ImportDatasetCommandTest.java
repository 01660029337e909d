package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hamish import-dataset}: the formats, the mapping, bad rows named by line while good rows land, re-runs. */
class ImportDatasetCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("d.db").toString();
    }

    private List<Document> documents() {
        try (Stores s = Stores.open(Path.of(db()))) {
            return s.documents().list().stream().map(DocumentSummary::id).map(id -> s.documents().get(id).orElseThrow()).toList();
        }
    }

    private Document titled(String title) {
        return documents().stream().filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no document titled " + title + " in " + documents().stream().map(Document::title).toList()));
    }

    @Test
    void badRowsOfAJsonLinesFileAreNamedByLineAndTheGoodOnesLand() throws Exception {
        Path file = dir.resolve("crawl.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"title\": \"قمة المياه &#8220;الأولى&#8221;\", \"content\": \"افتتحت القمة أعمالها اليوم.\", \"source\": \"الفجر\", "
                        + "\"date\": \"2025-04-18 09:00:00\", \"url\": \"https://example.org/a/1\", \"author\": \"وكالات\"}",
                "{\"title\": \"خبر بلا نص\", \"content\": \"  \"}",
                "{\"title\": \"سطر مكسور\", \"content\": \"نص",
                "",
                "[\"ليس\", \"كائنا\"]",
                "{\"headline\": \"تاريخ غريب\", \"body\": \"نص الخبر الثاني.\", \"publisher\": \"المرايا\", \"published\": \"قبل ساعتين\"}",
                "{\"title\": \"عنوان ثالث\", \"text\": \"نص الخبر الثالث.\", \"date\": \"6 أغسطس 2015\", \"link\": \"not a url\"}") + "\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import-dataset", "--db", db(), file.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("bad row    crawl.jsonl:2: no article text (the field \"content\" is empty)"), run.err());
        assertTrue(run.err().contains("bad row    crawl.jsonl:3: not valid JSON"), run.err());
        assertTrue(run.err().contains("bad row    crawl.jsonl:5: not a JSON object"), run.err());
        assertTrue(run.err().contains("warning    crawl.jsonl:6: the date \"قبل ساعتين\" is in no form Hamish reads"), run.err());
        assertTrue(run.err().contains("warning    crawl.jsonl:7: \"notaurl\" is not a web address"), run.err());
        assertTrue(run.out().contains("crawl.jsonl: 3 imported, 0 duplicate, 3 bad, 2 warning(s)"), run.out());

        Document first = titled("قمة المياه “الأولى”");
        assertEquals("الفجر", first.outlet());
        assertEquals(LocalDate.of(2025, 4, 18), first.published());
        assertEquals("https://example.org/a/1", first.url());
        assertEquals("وكالات", first.author(), "the byline is stored with the document");
        CliRun shown = CliRun.of("doc", "show", "--db", db(), String.valueOf(first.id()));
        assertTrue(shown.out().contains("author:    وكالات"), shown.out());
        assertEquals("قمة المياه “الأولى”\n\nافتتحت القمة أعمالها اليوم.", first.text());
        Document second = titled("تاريخ غريب");
        assertEquals("المرايا", second.outlet());
        assertEquals(null, second.published());
        assertEquals("", second.author(), "no author field: unknown, never null");
        assertEquals(LocalDate.of(2015, 8, 6), titled("عنوان ثالث").published());

        CliRun again = CliRun.of("import-dataset", "--db", db(), file.toString());
        assertTrue(again.out().contains("crawl.jsonl: 0 imported, 3 duplicate, 3 bad"), again.out());
        assertEquals(3, documents().size());
    }

    @Test
    void csvAndTsvWithAMappingAndQuotedLineBreaks() throws Exception {
        Path csv = dir.resolve("archive.csv");
        Files.writeString(csv, "headline,story,paper,day\n"
                + "\"عنوان، بفاصلة\",\"الفقرة الأولى.\n\nالفقرة الثانية.\",الشرق,06/08/2015\n"
                + "ناقص,حقلان\n"
                + "عنوان آخر,\"نص \"\"مقتبس\"\" هنا\",الغرب,2015-08-07\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import-dataset", "--db", db(), "--map", "title=headline,text=story,outlet=paper,date=day", csv.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("bad row    archive.csv:5: has 2 fields where the header has 4"), run.err());
        Document quoted = titled("عنوان، بفاصلة");
        assertEquals("عنوان، بفاصلة\n\nالفقرة الأولى.\n\nالفقرة الثانية.", quoted.text());
        assertEquals(LocalDate.of(2015, 8, 6), quoted.published(), "day first");
        assertEquals("نص \"مقتبس\" هنا", titled("عنوان آخر").text().substring("عنوان آخر\n\n".length()));

        Path tsv = dir.resolve("archive.tsv");
        Files.writeString(tsv, "title\tcontent\tsource\n" + "عنوان بجدول\tنص بجدول.\tالوسط\n", StandardCharsets.UTF_8);
        CliRun tabbed = CliRun.of("import-dataset", "--db", db(), tsv.toString());
        assertEquals(0, tabbed.exit(), tabbed.toString());
        assertEquals("الوسط", titled("عنوان بجدول").outlet());
    }

    @Test
    void aJsonArrayIsReadElementByElement() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, "[\n {\"title\": \"أ\", \"content\": \"نص أ.\"},\n 7,\n {\"title\": \"ب\", \"content\": \"نص ب.\"}\n]\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import-dataset", "--db", db(), file.toString());
        assertTrue(run.err().contains("bad row    export.json:3: not a JSON object"), run.err());
        assertEquals(List.of("أ", "ب"), documents().stream().map(Document::title).sorted().toList());
    }

    @Test
    void aWindows1256DatasetIsRefusedNamingTheFileNotReadAsMojibake() throws Exception {
        Path file = dir.resolve("old.csv");
        Files.write(file, "title,content\nعنوان,نص الخبر\n".getBytes(Charset.forName("windows-1256")));
        CliRun run = CliRun.of("import-dataset", "--db", db(), file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("old.csv: not UTF-8 text"), run.err());
        assertTrue(documents().isEmpty());
    }

    @Test
    void aMappingThatNamesNoPartOrAFileOfNoKnownFormatIsRefused() throws Exception {
        CliRun map = CliRun.of("import-dataset", "--db", db(), "--map", "body=content", dir.resolve("x.jsonl").toString());
        assertEquals(1, map.exit());
        assertTrue(map.err().contains("--map: unknown part \"body\""), map.err());
        Path file = dir.resolve("rows.txt");
        Files.writeString(file, "{}", StandardCharsets.UTF_8);
        CliRun format = CliRun.of("import-dataset", "--db", db(), file.toString());
        assertFalse(format.exit() == 0);
        assertTrue(format.err().contains("rows.txt: the file name does not say the format"), format.err());
    }

    @Test
    void noProgressLineWhenStderrIsNoTerminal() throws Exception {
        // Tests run without a console, as a pipe or a log file would: the counted line is for a terminal only.
        assertEquals(null, System.console());
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 3 * hamish.io.DocumentImporter.BATCH_FILES; i++) {
            rows.append("{\"content\": \"الخبر رقم ").append(i).append("\"}\n");
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), rows, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import-dataset", "--db", db(), file.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("many.jsonl: " + 3 * hamish.io.DocumentImporter.BATCH_FILES + " imported"), run.out());
        assertFalse(run.err().contains("\r") || run.out().contains("\r"), "no progress line: " + run.err());
        assertFalse(run.err().contains("rows…"), run.err());
    }
}
