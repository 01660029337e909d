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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, defects 1 to 3: each test failed before its fix (defect 4, streaming, is {@code JsonLdStreamingImportTest}). */
class ExchangeDefectsTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    /** Defect 1: the duplicate check ignored the author, so bob's copy of alice's annotation was dropped as "already there". */
    @Test
    void identicalAnnotationsByTwoAuthorsBothSurviveTheRoundTrip() {
        String text = "قال الوزير إن المفاوضات ستُستأنف غداً.";
        List<Path> exports;
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            Document d = insert(source, "تصريح", text);
            Tag claim = source.tags().insert(new Tag(0, "Claim", TagKind.CLAIM, null, "#3366cc", null));
            Span span = new Span(text.indexOf("المفاوضات"), text.indexOf("غداً"));
            for (String author : List.of("alice", "bob")) {
                source.annotations().insert(Annotation.of(d.id(), text, span, claim.id(), author, T).withNote("نفس الملاحظة", T));
            }
            exports = List.of(
                    Exports.export(source, ExportFormat.JSONLD, List.of(), dir.resolve("json"), false, ExportProgress.NONE).get(0),
                    exportBrat(source, "brat"));
        }
        for (Path export : exports) {
            try (Stores target = Stores.open(dir.resolve("target-" + export.getFileName() + ".db"))) {
                AnnotationImportReport report = Exports.importAnnotations(target, export);
                assertEquals(2, report.annotationsAdded(), export + ": " + report.summary());
                assertEquals(List.of("alice", "bob"), target.annotations().forDocument(1).stream().map(Annotation::author).sorted().toList(),
                        export.toString());
                AnnotationImportReport again = Exports.importAnnotations(target, export);
                assertEquals(0, again.annotationsAdded(), "importing the same file again adds nothing: " + again.summary());
            }
        }
    }

    /** Defect 2: brat's fragments stop before a line break, so a span ending in one came back one char short. */
    @Test
    void aBratSpanEndingInALineBreakComesBackExactly() {
        String text = "العنوان الأول\nقال الوزير إن المفاوضات ستستأنف\n\nوأضاف أن الوفد سيصل غدا.\n";
        Span endsInBreak = new Span(text.indexOf("قال"), text.indexOf("وأضاف") - 1);
        Span startsWithBreak = new Span(text.indexOf("\nقال"), text.indexOf(" إن"));
        Span wholeText = new Span(0, text.length());
        Path brat;
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            Document d = insert(source, "فقرات", text);
            Tag quote = source.tags().insert(new Tag(0, "Quote", TagKind.QUOTE, null, "#56B4E9", null));
            for (Span span : List.of(endsInBreak, startsWithBreak, wholeText)) {
                source.annotations().insert(Annotation.of(d.id(), text, span, quote.id(), "", T));
            }
            brat = exportBrat(source, "brat");
        }
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            AnnotationImportReport report = Exports.importAnnotations(target, brat);
            assertEquals(0, report.reanchored(), report.summary());
            assertEquals(List.of(endsInBreak, startsWithBreak, wholeText).stream().map(Span::toString).sorted().toList(),
                    target.annotations().forDocument(1).stream().map(a -> a.span().toString()).sorted().toList());
        }
    }

    /** Defect 3: a second item with an id already used was stored too, and links to that id went to the last one. */
    @Test
    void duplicateAnnotationIdsInJsonLdAreRefusedNamingFileAndItem() throws Exception {
        Path jsonld;
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            ExchangeFixture.fill(source);
            jsonld = Exports.export(source, ExportFormat.JSONLD, List.of(), dir.resolve("json"), false, ExportProgress.NONE).get(0);
        }
        String json = Files.readString(jsonld);
        // Annotation 6 is in no link, so before the fix nothing else noticed the doubled id and both were stored.
        String sixth = "\"id\" : \"urn:hamish:annotation:6\"";
        assertTrue(json.contains(sixth), "the export has annotation 6");
        Path edited = dir.resolve("مكرر.jsonld");
        Files.writeString(edited, json.replace(sixth, "\"id\" : \"urn:hamish:annotation:3\""));

        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            ImportException e = assertThrows(ImportException.class, () -> Exports.importAnnotations(target, edited));
            assertTrue(e.getMessage().matches("مكرر\\.jsonld: item \\d+ \\(urn:hamish:annotation:3\\): the id is already used by "
                    + "item \\d+; ids must be unique"), e.getMessage());
            assertEquals(0, target.documents().count(), "nothing of the refused file is stored");
            assertEquals(0, target.annotations().count());
            assertEquals(0, target.entities().list().size());
        }
    }

    private static Document insert(Stores stores, String title, String text) {
        return stores.documents().insert(new Document(0, title, "", null, "ar", text, ArticleFileReader.sha256(text), T));
    }

    private Path exportBrat(Stores stores, String folder) {
        Exports.export(stores, ExportFormat.BRAT, List.of(), dir.resolve(folder), false, ExportProgress.NONE);
        return dir.resolve(folder);
    }
}
