package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: every CSV column is there with the value it names, and cells a spreadsheet would run as a formula are text. */
class CsvExportColumnsTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-03-02T11:30:00.5Z");

    @TempDir
    Path dir;

    @Test
    void everyColumnHoldsItsValueAndFormulaCellsAreNeutralised() throws Exception {
        String text = "=1+2 قال الوزير، «المفاوضات ستستأنف»\nسطر ثانٍ 🌊 هنا";
        Path csv;
        long docId;
        Span first = new Span(0, 4);
        Span second = new Span(text.indexOf("«"), text.indexOf("سطر") + 3);
        try (Stores stores = Stores.open(dir.resolve("csv.db"))) {
            Document d = stores.documents().insert(new Document(0, "@عنوان, مع \"فاصلة\"", "-وكالة", LocalDate.of(2025, 4, 3), "ar",
                    text, ArticleFileReader.sha256(text), CREATED));
            docId = d.id();
            Tag claim = stores.tags().insert(new Tag(0, "Claim", TagKind.CLAIM, null, "#3366cc", null));
            Entity minister = stores.entities().insert(new Entity(0, "+الوزير", EntityType.PERSON, List.of()));
            Entity office = stores.entities().insert(new Entity(0, "الوزارة", EntityType.ORG, List.of()));
            stores.annotations().insert(Annotation.of(d.id(), text, first, claim.id(), "+alice", CREATED)
                    .withEntity(office.id(), CREATED).withNote("=SUM(A1)", UPDATED));
            stores.annotations().insert(Annotation.of(d.id(), text, second, claim.id(), "", CREATED)
                    .withSpeaker(minister.id(), CREATED).withNote("سطر\nو\t\"علامات\"", CREATED));
            csv = Exports.export(stores, ExportFormat.CSV, List.of(), dir.resolve("out"), false, ExportProgress.NONE).get(0);
        }
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        List<List<String>> rows = parse(content.substring(1));
        assertEquals(CsvExporter.HEADER, rows.get(0));
        assertEquals(3, rows.size(), rows.toString());
        String title = "'@عنوان, مع \"فاصلة\"";
        assertEquals(List.of(Long.toString(docId), title, "'-وكالة", "2025-04-03", "0", "4", "'=1+2", "Claim", "الوزارة", "",
                "'=SUM(A1)", "'+alice", CREATED.toString(), UPDATED.toString()), rows.get(1));
        assertEquals(List.of(Long.toString(docId), title, "'-وكالة", "2025-04-03", Integer.toString(second.start()),
                Integer.toString(second.end()), second.of(text), "Claim", "", "'+الوزير", "سطر\nو\t\"علامات\"", "", CREATED.toString(),
                CREATED.toString()), rows.get(2));
    }

    /** RFC 4180 rows (CRLF between rows; quoted cells may hold commas, quotes doubled, and line breaks). */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(cell.length() == 0 && row.isEmpty(), "the file ends with a whole row");
        return rows;
    }
}
