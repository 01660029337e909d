package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken files are refused whole, with the file and the place named, and the database is left as it was. */
class MalformedImportTest {

    @TempDir
    Path dir;
    private Path jsonld;
    private Path brat;

    @BeforeEach
    void export() {
        try (Stores stores = Stores.open(dir.resolve("source.db"))) {
            ExchangeFixture.fill(stores);
            jsonld = Exports.export(stores, ExportFormat.JSONLD, List.of(), dir.resolve("json"), false, ExportProgress.NONE).get(0);
            Exports.export(stores, ExportFormat.BRAT, List.of(), dir.resolve("brat"), false, ExportProgress.NONE);
            brat = dir.resolve("brat");
        }
    }

    private String refused(Path input) {
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            ImportException e = assertThrows(ImportException.class, () -> Exports.importAnnotations(target, input));
            assertEquals(0, target.documents().count(), "nothing of a refused file is kept: " + e.getMessage());
            assertEquals(0, target.annotations().count());
            assertEquals(0, target.tags().list().size());
            assertEquals(0, target.entities().list().size());
            return e.getMessage();
        }
    }

    private Path editJson(UnaryOperator<String> edit) throws Exception {
        Path copy = dir.resolve("edited.jsonld");
        Files.writeString(copy, edit.apply(Files.readString(jsonld)));
        return copy;
    }

    private Path editAnn(String file, UnaryOperator<String> edit) throws Exception {
        Path ann = brat.resolve(file);
        Files.writeString(ann, edit.apply(Files.readString(ann)));
        return brat;
    }

    @Test
    void badJsonNamesTheLine() throws Exception {
        String message = refused(editJson(s -> s.replaceFirst("\"type\" : \"AnnotationPage\",", "\"type\" : \"AnnotationPage\"")));
        assertTrue(message.startsWith("edited.jsonld: not valid JSON (line "), message);
    }

    @Test
    void positionPastTheEndIsRefused() throws Exception {
        String message = refused(editJson(s -> s.replaceFirst("\"end\" : \\d+", "\"end\" : 99999")));
        assertTrue(message.matches("edited\\.jsonld: item \\d+ \\(urn:hamish:annotation:\\d+\\): TextPositionSelector end 99999 "
                + "is past the end of the document \\(\\d+ code points\\)"), message);
    }

    @Test
    void wrongOffsetsAreReanchoredByTheQuote() throws Exception {
        Path edited = editJson(s -> s.replaceFirst("\"start\" : (\\d+),\\s*\"end\" : (\\d+)", "\"start\" : 1, \"end\" : 3"));
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            AnnotationImportReport report = Exports.importAnnotations(target, edited);
            assertEquals(1, report.reanchored());
            assertEquals(6, report.annotationsAdded());
        }
    }

    @Test
    void aQuoteNotInTheTextIsRefused() throws Exception {
        String message = refused(editJson(s -> s.replaceFirst("\"exact\" : \"[^\"]+\"", "\"exact\" : \"كلام غير موجود\"")));
        assertTrue(message.contains(": the quote \"كلام غير موجود\" is not in the document's text at ["), message);
    }

    @Test
    void notAnAnnotationIsRefused() throws Exception {
        String message = refused(editJson(s -> s.replaceFirst("\"type\" : \"Annotation\"", "\"type\" : \"Person\"")));
        assertTrue(message.matches("edited\\.jsonld: item 1 \\(.*\\): not an Annotation"), message);
    }

    @Test
    void bratOffsetPastTheEndNamesFileAndLine() throws Exception {
        String message = refused(editAnn("2-وصول أوستن.ann", s -> s.replaceFirst("(T1\\t\\S+ \\d+) \\d+", "$1 100000")));
        assertTrue(message.startsWith("brat: 2-وصول أوستن.ann line 1: offset 100000 is past the end of the text"), message);
    }

    @Test
    void bratGarbageLineNamesFileAndLine() throws Exception {
        String message = refused(editAnn("2-وصول أوستن.ann", s -> s + "T9\tPerson 0 3;2 5\tabc\n"));
        assertTrue(message.matches("brat: 2-وصول أوستن\\.ann line \\d+: offsets 2 5 are not an increasing span"), message);
        Files.writeString(brat.resolve("2-وصول أوستن.ann"), "hello world\n");
        assertTrue(refused(brat).startsWith("brat: 2-وصول أوستن.ann line 1: not a brat annotation line"));
    }

    @Test
    void bratDuplicateIdsAndDanglingRelationsAreRefused() throws Exception {
        String ann = Files.readString(brat.resolve("1-قمة المياه.ann"));
        String t1 = ann.lines().filter(l -> l.startsWith("T1\t")).findFirst().orElseThrow();
        Files.writeString(brat.resolve("1-قمة المياه.ann"), ann + t1 + "\n");
        assertTrue(refused(brat).contains("T1 is defined twice"));
        Files.writeString(brat.resolve("1-قمة المياه.ann"), ann + "R9\tSAME_CLAIM Arg1:T1 Arg2:T77\n");
        assertTrue(refused(brat).contains("the relation refers to an annotation that does not exist"));
    }

    @Test
    void bratTextThatDoesNotMatchAndCannotBePlacedIsRefused() throws Exception {
        String message = refused(editAnn("2-وصول أوستن.ann", s -> s.replaceFirst("(T1\\t\\S+ \\d+ \\d+\\t)\\S+", "$1زيد")));
        assertTrue(message.contains("line 1: the quote \"زيد\" is not in the document's text"), message);
    }

    @Test
    void bratWithoutItsTextIsRefused() throws Exception {
        Files.delete(brat.resolve("2-وصول أوستن.txt"));
        assertTrue(refused(brat).contains("2-وصول أوستن.ann: its text 2-وصول أوستن.txt is missing"));
    }

    @Test
    void aBadTimeInTheMetaFileIsRefusedByName() throws Exception {
        Path meta = brat.resolve(BratExporter.META);
        Files.writeString(meta, Files.readString(meta).replaceFirst("\"importedAt\" : \"[^\"]+\"", "\"importedAt\" : \"yesterday\""));
        assertEquals("hamish-meta.json: \"yesterday\" is not a date or time", refused(brat));
    }
}
