package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offsets through exports and imports: whole characters go out and come back identical; an imported
 * span that splits a surrogate pair is refused with the file and the annotation named; one that cuts a
 * grapheme cluster is widened and counted; an old database's split spans do not stop an export.
 */
class WholeCharacterExchangeTest {

    private static final Instant T0 = Instant.parse("2026-02-01T09:30:00Z");
    private static final String FAMILY = "👨\u200D👩\u200D👧";
    private static final String FLAG = "🇸🇦";
    private static final String TEXT = "قالَ المتحدّث بـــاسم الوزارة 😀 إنّ مُحَمَّد التقى " + FAMILY + " في " + FLAG
            + " يوم ١٥ آذار 2024.\nوكتب على Twitter: «لن نتراجع» 🙂";
    private static final List<String> PIECES = List.of("قالَ", "المتحدّث", "بـــاسم", "😀", "مُحَمَّد", FAMILY, FLAG, "١٥",
            "2024", "Twitter", "«لن نتراجع» 🙂", "😀 إنّ", "2024.\nوكتب");

    @TempDir
    Path dir;

    private static Document document(Stores stores, String text) {
        return stores.documents().insert(new Document(0, "نص " + text.length(), "", null, "ar", text,
                ArticleFileReader.sha256(text), T0));
    }

    private static List<String> spans(Stores stores) {
        List<String> result = new ArrayList<>();
        for (var summary : stores.documents().list()) {
            for (Annotation a : stores.annotations().forDocument(summary.id())) {
                result.add(a.span() + " " + a.quote());
            }
        }
        return result;
    }

    private List<String> fillMixed(Stores stores) {
        Document d = document(stores, TEXT);
        Tag tag = stores.tags().insert(new Tag(0, "Quote", TagKind.QUOTE, null, "#56B4E9", null));
        for (String piece : PIECES) {
            int at = TEXT.indexOf(piece);
            assertTrue(at >= 0, piece);
            stores.annotations().insert(Annotation.of(d.id(), TEXT, new Span(at, at + piece.length()), tag.id(), "", T0));
        }
        return spans(stores);
    }

    private void roundTrip(ExportFormat format) {
        List<String> before;
        List<Path> files;
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            before = fillMixed(source);
            files = Exports.export(source, format, List.of(), dir.resolve("out"), false, ExportProgress.NONE);
        }
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            AnnotationImportReport report = Exports.importAnnotations(target, format == ExportFormat.BRAT ? dir.resolve("out") : files.get(0));
            assertEquals(PIECES.size(), report.annotationsAdded());
            assertEquals(0, report.reanchored() + report.widened(), report.summary());
            assertEquals(before, spans(target), "offsets and quotes come back identical");
        }
    }

    @Test
    void emojiHarakatTatweelLatinAndDigitsRoundTripThroughJsonLd() {
        roundTrip(ExportFormat.JSONLD);
    }

    @Test
    void emojiHarakatTatweelLatinAndDigitsRoundTripThroughBrat() {
        roundTrip(ExportFormat.BRAT);
    }

    @Test
    void aJsonLdQuoteHoldingHalfAnEmojiIsRefusedNamingTheFileAndTheAnnotation() throws Exception {
        String text = "خبر 😀 عن\n";
        Path jsonld;
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            Document d = document(source, text);
            Tag tag = source.tags().insert(new Tag(0, "Person", TagKind.ENTITY, hamish.model.EntityType.PERSON, "#E69F00", null));
            source.annotations().insert(Annotation.of(d.id(), text, new Span(4, 7), tag.id(), "", T0));
            jsonld = Exports.export(source, ExportFormat.JSONLD, List.of(), dir.resolve("json"), false, ExportProgress.NONE).get(0);
        }
        String json = Files.readString(jsonld);
        assertTrue(json.contains("\"exact\" : \"😀 \""), json);
        Path edited = dir.resolve("half.jsonld");
        Files.writeString(edited, json.replace("\"exact\" : \"😀 \"", "\"exact\" : \"\\uDE00 \""));
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            ImportException e = assertThrows(ImportException.class, () -> Exports.importAnnotations(target, edited));
            assertTrue(e.getMessage().startsWith("half.jsonld: item 1 ("), e.getMessage());
            assertTrue(e.getMessage().contains("the annotation [5, 7) splits a character: start offset 5 falls inside the character 😀"),
                    e.getMessage());
            assertEquals(0, target.annotations().count());
            assertEquals(0, target.documents().count(), "the file is refused whole, as for a quote that is not in the text");
        }
        Path loneText = dir.resolve("lone.jsonld");
        Files.writeString(loneText, json.replace("😀", "\\uD83D"));
        try (Stores target = Stores.open(dir.resolve("target2.db"))) {
            ImportException e = assertThrows(ImportException.class, () -> Exports.importAnnotations(target, loneText));
            assertTrue(e.getMessage().startsWith("lone.jsonld: document 1: the text holds half of a character"), e.getMessage());
        }
    }

    @Test
    void aBratSpanInsideAZwjSequenceIsWidenedAndCounted() throws Exception {
        String text = "التقى " + FAMILY + " اليوم\n";
        int family = text.indexOf(FAMILY);
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            Document d = document(source, text);
            Tag tag = source.tags().insert(new Tag(0, "Person", TagKind.ENTITY, hamish.model.EntityType.PERSON, "#E69F00", null));
            source.annotations().insert(Annotation.of(d.id(), text, new Span(family, family + FAMILY.length()), tag.id(), "", T0));
            Exports.export(source, ExportFormat.BRAT, List.of(), dir.resolve("brat"), false, ExportProgress.NONE);
        }
        Path ann;
        try (var files = Files.list(dir.resolve("brat"))) {
            ann = files.filter(f -> f.toString().endsWith(".ann")).findFirst().orElseThrow();
        }
        int cp = text.codePointCount(0, family);
        String line = Files.readAllLines(ann).get(0);
        assertEquals("T1\tPerson " + cp + " " + (cp + 5) + "\t" + FAMILY, line);
        Files.writeString(ann, "T1\tPerson " + cp + " " + (cp + 1) + "\t👨\n"); // another tool tagged the man alone
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            AnnotationImportReport report = Exports.importAnnotations(target, dir.resolve("brat"));
            assertEquals(1, report.widened());
            assertTrue(report.summary().contains("1 widened to whole characters"), report.summary());
            assertEquals(List.of(new Span(family, family + FAMILY.length()) + " " + FAMILY), spans(target));
        }
    }

    @Test
    void anOldDatabasesSplitSpanDoesNotStopTheExport() throws Exception {
        String text = "خبر 😀 عن\n";
        Path db = dir.resolve("old.db");
        long splitId;
        try (Stores stores = Stores.open(db)) {
            Document d = document(stores, text);
            document(stores, "خبر آخر سليم\n");
            Tag tag = stores.tags().insert(new Tag(0, "Person", TagKind.ENTITY, hamish.model.EntityType.PERSON, "#E69F00", null));
            splitId = stores.annotations().insert(Annotation.of(d.id(), text, new Span(4, 7), tag.id(), "", T0)).id();
            stores.annotations().insert(Annotation.of(d.id() + 1, "خبر آخر سليم\n", new Span(0, 3), tag.id(), "", T0));
        }
        // What 'annotate 1 --start 5 --end 7' stored before the store refused it: half the emoji kept as '?'.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement update = c.prepareStatement("UPDATE annotation SET start_offset = 5, quote = '? ', "
                     + "prefix = 'خبر ?' WHERE id = ?")) {
            update.setLong(1, splitId);
            assertEquals(1, update.executeUpdate());
        }
        try (Stores stores = Stores.open(db)) {
            for (ExportFormat format : ExportFormat.values()) {
                List<String> repairs = new ArrayList<>();
                List<Path> written = Exports.export(stores, format, List.of(), dir.resolve("out-" + format), false,
                        ExportProgress.NONE, repairs::add);
                assertEquals(format == ExportFormat.BRAT ? 6 : 1, written.size(), format + ": " + written);
                assertEquals(1, repairs.size(), format + ": " + repairs);
                assertTrue(repairs.get(0).startsWith("document 1, annotation " + splitId + ": [5, 7) splits a character")
                        && repairs.get(0).endsWith("exported as [4, 7)"), repairs.get(0));
            }
        }
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            Exports.importAnnotations(target, dir.resolve("out-BRAT"));
            assertEquals(List.of("[4, 7) 😀 ", "[0, 3) خبر"), spans(target));
        }
        try (Stores target = Stores.open(dir.resolve("target-json.db"))) {
            try (var files = Files.list(dir.resolve("out-JSONLD"))) {
                Exports.importAnnotations(target, files.findFirst().orElseThrow());
            }
            assertEquals(List.of("[4, 7) 😀 ", "[0, 3) خبر"), spans(target));
        }
    }
}
