package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.AnnotationSpan;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.text.Reanchorer.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCorrectionTest {

    private static final String OLD = "وصل الوفد إلى العاصمة صباح الخميس.\nوقال رئيس الوفد إن المحادثات كانت مثمرة جدا.\n"
            + "وسيعود الوفد الأسبوع المقبل لاستكمال النقاش.";

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgTextCorrectionTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    private Stores stores;
    private Document doc;
    private Tag tag;

    @BeforeEach
    void open() {
        stores = Stores.open(target("c.db"));
        doc = stores.documents().insert(Fixtures.document("الوفد", OLD));
        tag = stores.tags().insert(Fixtures.tag("Claim", TagKind.CLAIM));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private Annotation annotate(String part, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = OLD.indexOf(part, at + 1);
        }
        return stores.annotations().insert(Annotation.of(doc.id(), OLD, new Span(at, at + part.length()), tag.id(), "t", Fixtures.NOW)
                .withNote("ملاحظة", Fixtures.NOW));
    }

    @Test
    void editsBeforeInsideAndAfterSpansMoveFixOrOrphanThem() {
        Annotation before = annotate("الوفد", 2);
        Annotation inside = annotate("المحادثات كانت مثمرة", 0);
        Annotation removed = annotate("لاستكمال النقاش", 0);
        Annotation first = annotate("العاصمة", 0);
        String corrected = "عاجل: " + OLD.replace("المحادثات كانت مثمرة", "المحادثات كانت مثمرة للغاية")
                .replace("الخميس", "يوم الخميس").replace("المحادثات", "المحادثت").replace(" لاستكمال النقاش", "");

        TextCorrection.Outcome outcome = new TextCorrection(stores.database()).replaceText(doc.id(), corrected);

        assertEquals(1, outcome.count(Status.FUZZY));
        assertEquals(2, outcome.count(Status.MOVED));
        assertEquals(List.of(removed.id()), outcome.orphans().stream().map(Annotation::id).toList());
        assertEquals(corrected, stores.documents().get(doc.id()).orElseThrow().text());
        assertEquals("الوفد", stores.annotations().get(before.id()).orElseThrow().quote());
        assertEquals(corrected.lastIndexOf("الوفد"), stores.annotations().get(before.id()).orElseThrow().start());
        assertEquals("المحادثت كانت مثمرة", stores.annotations().get(inside.id()).orElseThrow().quote());
        assertEquals("ملاحظة", stores.annotations().get(inside.id()).orElseThrow().note(), "everything else is kept");
        assertEquals(corrected.indexOf("العاصمة"), stores.annotations().get(first.id()).orElseThrow().start());

        List<Annotation> orphans = stores.annotations().orphans(doc.id());
        assertEquals(List.of(removed), orphans, "the orphan keeps its old quote and offsets");
        assertEquals(3, stores.annotations().forDocument(doc.id()).size());
        assertEquals(stores.annotations().forDocument(doc.id()).stream().map(AnnotationSpan::of).toList(),
                stores.annotations().spansForDocument(doc.id()), "the reader's first read leaves the orphan out too");
        assertEquals(4, stores.annotations().count(), "nothing is dropped");
        assertEquals(1, new CorpusSearch(stores.database()).search("يوم الخميس", SearchOptions.firstPage()).size(),
                "the index holds the new text");

        // Restoring the passage places the orphan again.
        TextCorrection.Outcome back = new TextCorrection(stores.database()).replaceText(doc.id(), OLD);
        assertTrue(back.orphans().isEmpty());
        assertEquals(removed.span(), stores.annotations().get(removed.id()).orElseThrow().span());
        assertTrue(stores.annotations().orphans(doc.id()).isEmpty());
    }

    @Test
    void refusesTextNotInStoredForm() {
        TextCorrection correction = new TextCorrection(stores.database());
        assertThrows(IllegalArgumentException.class, () -> correction.replaceText(doc.id(), "سطر\r\nسطر"));
        assertThrows(StoreException.class, () -> correction.replaceText(999, "نص"));
        assertEquals(OLD, stores.documents().get(doc.id()).orElseThrow().text());
    }
}
