package hamish.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.TagKind;
import hamish.text.ArabicNormalizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentStoreTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgDocumentStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(target("documents.db"));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void roundTripsADocumentWithAndWithoutAPublicationDate() {
        Document dated = stores.documents().insert(Fixtures.document("خبر مؤرخ", Fixtures.MIXED_TEXT));
        Document undated = stores.documents().insert(new Document(0, "بلا تاريخ", null, null, "ar", "نص آخر",
                Fixtures.sha256("نص آخر"), Fixtures.NOW));

        assertNotEquals(0, dated.id());
        assertEquals(dated, stores.documents().get(dated.id()).orElseThrow());
        assertEquals(undated, stores.documents().get(undated.id()).orElseThrow());
        assertEquals(null, stores.documents().get(undated.id()).orElseThrow().published());
        assertEquals(dated, stores.documents().findByHash(Fixtures.sha256(Fixtures.MIXED_TEXT)).orElseThrow());
        assertTrue(stores.documents().get(999).isEmpty());
        assertEquals(2, stores.documents().count());
    }

    @Test
    void refusesTheSameTextTwice() {
        Document first = stores.documents().insert(Fixtures.document("الأول", "النص نفسه"));

        StoreException refused = assertThrows(StoreException.class,
                () -> stores.documents().insert(Fixtures.document("الثاني", "النص نفسه")));

        assertEquals("this text is already in the library as document " + first.id() + " (\"الأول\")", refused.getMessage());
        assertEquals(1, stores.documents().count());
    }

    @Test
    void listsSummariesWithTheirAnnotationCounts() {
        Document a = stores.documents().insert(Fixtures.document("أ", "كلمة أولى"));
        Document b = stores.documents().insert(Fixtures.document("ب", "كلمة ثانية"));
        long tag = stores.tags().insert(Fixtures.tag("ادعاء", TagKind.CLAIM)).id();
        stores.annotations().insert(Annotation.of(b.id(), b.text(), new Span(0, 4), tag, "", Fixtures.NOW));
        stores.annotations().insert(Annotation.of(b.id(), b.text(), new Span(5, 10), tag, "", Fixtures.NOW));

        assertEquals(List.of(
                new DocumentSummary(a.id(), "أ", a.outlet(), a.published(), Fixtures.NOW, 0),
                new DocumentSummary(b.id(), "ب", b.outlet(), b.published(), Fixtures.NOW, 2)), stores.documents().list());
    }

    @Test
    void deletingADocumentDeletesItsAnnotationsAndTheirLinks() {
        Document gone = stores.documents().insert(Fixtures.document("يحذف", "نص سيحذف قريبا"));
        Document stays = stores.documents().insert(Fixtures.document("يبقى", "نص سيبقى طويلا"));
        long tag = stores.tags().insert(Fixtures.tag("ادعاء", TagKind.CLAIM)).id();
        Annotation onGone = stores.annotations().insert(Annotation.of(gone.id(), gone.text(), new Span(0, 2), tag, "", Fixtures.NOW));
        Annotation onStays = stores.annotations().insert(Annotation.of(stays.id(), stays.text(), new Span(0, 2), tag, "", Fixtures.NOW));
        stores.links().insert(new Link(0, onStays.id(), onGone.id(), LinkType.CONTRADICTS, "", Fixtures.NOW));

        stores.documents().delete(gone.id());

        assertTrue(stores.documents().get(gone.id()).isEmpty());
        assertTrue(stores.annotations().get(onGone.id()).isEmpty());
        assertEquals(List.of(onStays), stores.annotations().forDocument(stays.id()));
        assertEquals(List.of(), stores.links().list());
        assertEquals(List.of(), stores.documents().searchWords("سيحذف", 10), "the index forgets the document too");
    }

    @Test
    void searchFindsAWordWrittenWithHamzaOrHarakatByItsFoldedForm() {
        Document news = stores.documents().insert(Fixtures.document("مفاوضات", "قالت مصادر إنّ إسرائيلَ وافقت على الهدنة."));
        stores.documents().insert(Fixtures.document("طقس", "يتوقع هطول أمطار غزيرة اليوم."));

        assertEquals(List.of(news.id()), stores.documents().searchWords("اسرائيل", 10));
        assertEquals(List.of(news.id()), stores.documents().searchWords("إسرائيل الهدنة", 10));
        if (stores.database().dialect() == Dialect.SQLITE) { // an FTS5 expression: searchIds is SQLite's
            assertEquals(List.of(news.id()), stores.documents().searchIds(ArabicNormalizer.fold("\"إنّ إسرائيلَ\""), 10));
        }
        assertEquals(List.of(), stores.documents().searchWords("اسرائيل أمطار", 10), "all words must occur");
        assertEquals(List.of(), stores.documents().searchWords("  ", 10));
    }

    @Test
    void searchRanksATitleHitFirstAndHonoursTheLimit() {
        Document inText = stores.documents().insert(Fixtures.document("أخبار اليوم", "وصل الوفد إلى القاهرة مساء أمس."));
        Document inTitle = stores.documents().insert(Fixtures.document("الوفد في القاهرة", "بدأت المحادثات صباحا."));

        assertEquals(List.of(inTitle.id(), inText.id()), stores.documents().searchWords("القاهرة", 10));
        assertEquals(List.of(inTitle.id()), stores.documents().searchWords("القاهرة", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"غزة", "غزة*", "title:غزة", "(غزة", "غزة)", "NEAR(غزة هدنة)", "غزة AND", "OR",
        "-غزة", "غزة - هدنة", "* : ( ) NEAR AND OR -", "\"\"\"", "^غزة", "غزة + هدنة"})
    void userTextWithSearchSyntaxNeverFails(String userText) {
        Document gaza = stores.documents().insert(Fixtures.document("غزة", "هدنة في غزة AND OR NEAR"));

        List<Long> found = assertDoesNotThrow(() -> stores.documents().searchWords(userText, 10));

        if (userText.contains("غزة")) {
            assertTrue(found.isEmpty() || found.equals(List.of(gaza.id())), found.toString());
        }
    }

    @Test
    void searchWordsTakesOperatorsAsPlainWords() {
        Document both = stores.documents().insert(Fixtures.document("أ", "هدنة في غزة"));
        stores.documents().insert(Fixtures.document("ب", "هدنة فقط"));

        assertEquals(List.of(both.id()), stores.documents().searchWords("غزة هدنة", 10));
        assertEquals(List.of(), stores.documents().searchWords("غزة OR هدنة", 10), "OR is a word the text lacks");
        assertEquals(List.of(both.id()), stores.documents().searchWords("«غزة»", 10), "guillemets are not part of the word");
    }

    @Test
    void aMalformedMatchExpressionIsAStoreError() {
        StoreException refused = assertThrows(StoreException.class, () -> stores.documents().searchIds("\"غزة", 10));

        // On PostgreSQL an FTS5 expression is refused as such, whether well-formed or not.
        String says = stores.database().dialect() == Dialect.SQLITE ? ": database error: " : ": an FTS5 search expression works on";
        assertTrue(refused.getMessage().startsWith(stores.database().location() + says), refused.getMessage());
    }
}
