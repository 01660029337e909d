package hamish.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.store.Stores;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatsTest {

    @TempDir
    Path dir;

    private Path export(ExportFormat format, List<Long> docs) {
        try (Stores stores = Stores.open(dir.resolve("x.db"))) {
            ExchangeFixture.fill(stores);
            return Exports.export(stores, format, docs, dir.resolve("out"), false, ExportProgress.NONE,
                    Clock.fixed(ExchangeFixture.T1, ZoneOffset.UTC)).get(0);
        }
    }

    @Test
    void csvStartsWithABomAndKeepsArabicIntact() throws Exception {
        Path csv = export(ExportFormat.CSV, List.of());
        assertEquals("hamish-annotations.csv", csv.getFileName().toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String content = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] rows = content.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        assertEquals(String.join(",", CsvExporter.HEADER), rows[0]);
        assertEquals(7, rows.length, "a header and one row per annotation");
        assertTrue(content.contains("1,قمة المياه,صحيفة الفجر,2025-04-03,"), content);
        assertTrue(content.contains(",أوستن,Person,لويد أوستن,,\"السطر الأول\nالسطر الثاني \\ مع شرطة\",سارة,"),
                "a note with a line break is one quoted cell: " + content);
        assertTrue(content.contains("\"«المفاوضات ستستأنف قريبا»\"") || content.contains(",«المفاوضات ستستأنف قريبا»,"), content);
    }

    @Test
    void csvCellsCannotRunAsFormulas() throws Exception {
        StringWriter w = new StringWriter();
        CsvExporter.cell(w, "=HYPERLINK(\"http://x\")");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", w.toString());
        StringWriter plain = new StringWriter();
        CsvExporter.cell(plain, "قال، ثم \"مضى\"");
        assertEquals("\"قال، ثم \"\"مضى\"\"\"", plain.toString(), "Arabic comma needs no quoting; quotes are doubled");
    }

    @Test
    void jsonLdHasTheWebAnnotationShapeAndCodePointPositions() throws Exception {
        Path file = export(ExportFormat.JSONLD, List.of(1L));
        assertEquals("1-قمة المياه.jsonld", file.getFileName().toString());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        assertEquals("AnnotationPage", root.get("first").get("type").asText());
        JsonNode items = root.get("first").get("items");
        assertEquals(root.get("total").asInt(), items.size());
        String text = ExchangeFixture.FIRST;
        for (JsonNode item : items) {
            assertEquals("Annotation", item.get("type").asText());
            assertTrue(item.get("id").asText().matches("urn:hamish:(annotation|link):\\d+"), item.get("id").asText());
            if (item.get("motivation").asText().equals("linking")) {
                assertTrue(item.get("body").asText().startsWith("urn:hamish:annotation:"));
                continue;
            }
            assertEquals("urn:hamish:document:" + ArticleFileReader.sha256(text), item.get("target").get("source").asText());
            JsonNode quote = item.get("target").get("selector").get(0);
            JsonNode position = item.get("target").get("selector").get(1);
            assertEquals("TextQuoteSelector", quote.get("type").asText());
            assertEquals("TextPositionSelector", position.get("type").asText());
            int start = text.offsetByCodePoints(0, position.get("start").asInt());
            int end = text.offsetByCodePoints(0, position.get("end").asInt());
            assertEquals(quote.get("exact").asText(), text.substring(start, end), "positions count code points");
            assertTrue(text.substring(0, start).endsWith(quote.get("prefix").asText()));
            assertTrue(text.substring(end).startsWith(quote.get("suffix").asText()));
            assertTrue(item.get("body").get(0).get("purpose").asText().equals("tagging"));
        }
        JsonNode austin = items.findParents("exact").stream().filter(q -> q.get("exact").asText().equals("أوستن")).findFirst().orElseThrow();
        int charStart = text.indexOf("أوستن");
        JsonNode austinItem = null;
        for (JsonNode item : items) {
            if (item.path("target").path("selector").path(0).equals(austin)) {
                austinItem = item;
            }
        }
        assertEquals(charStart - 1, austinItem.get("target").get("selector").get(1).get("start").asInt(),
                "the emoji before the span is two chars but one code point");
        assertEquals(1, root.get("hamish:documents").size());
        assertEquals(ExchangeFixture.FIRST, root.get("hamish:documents").get(0).get("hamish:text").asText());
    }
}
