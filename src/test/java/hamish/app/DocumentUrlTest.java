package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.history.Change;
import hamish.app.history.EditHistory;
import hamish.io.DefaultTags;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's URL: stored on insert, listed, set as one undoable step alone, checked to be a web address. */
class DocumentUrlTest {

    static final String TEXT = "قال بيني غانتس إن المحادثات كانت مثمرة.\n";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    static final Origin MAIN = Origin.of("main window");

    @TempDir
    Path dir;
    Stores stores;
    EditHistory history;
    DocumentDetails details;
    Document doc;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("url.db"), "window");
        stores.tags().ensureDefaults(DefaultTags.load());
        doc = stores.documents().insert(new Document(0, "غانتس في واشنطن", "صحيفة أ", LocalDate.of(2021, 6, 3), "ar", TEXT,
                "h1", CLOCK.instant(), "https://example.com/a"));
        history = new EditHistory();
        details = new DocumentDetails(stores, history, CLOCK);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void theUrlRoundTripsThroughTheStore() {
        assertEquals("https://example.com/a", stores.documents().get(doc.id()).orElseThrow().url());
        assertEquals("https://example.com/a", stores.documents().list().get(0).url());
        Document plain = stores.documents().insert(new Document(0, "بلا رابط", "", null, "ar", "نص آخر.\n", "h2", CLOCK.instant()));
        assertEquals("", stores.documents().get(plain.id()).orElseThrow().url(), "unknown: empty, never null");
    }

    @Test
    void settingTheUrlIsOneStepThatUndoTakesBack() {
        DocumentDetails.Changed changed = details.change(MAIN, doc.id(),
                new DocumentDetails.Request(null, null, null, " https://www.aljazeera.net/news/2021/6/4/غانتس \n"));

        assertEquals(Change.details(doc.id()), changed.change());
        Document after = stores.documents().get(doc.id()).orElseThrow();
        assertEquals("https://www.aljazeera.net/news/2021/6/4/غانتس", after.url(), "stripped, Arabic path kept");
        assertEquals(doc.withUrl(after.url()), after, "only the URL changed");

        history.undo(MAIN.scope(), stores).orElseThrow();
        assertEquals(doc, stores.documents().get(doc.id()).orElseThrow());
        history.redo(MAIN.scope(), stores).orElseThrow();
        assertEquals(after, stores.documents().get(doc.id()).orElseThrow());

        details.change(MAIN, doc.id(), DocumentDetails.Request.of(doc.title(), doc.outlet(), "2021-06-03", ""));
        assertEquals("", stores.documents().get(doc.id()).orElseThrow().url(), "an empty field clears it");
    }

    @Test
    void theAuthorIsStoredListedAndSetAsOneUndoableStep() {
        Document bylined = stores.documents().insert(new Document(0, "بقلم", "", null, "ar", "نص بقلم كاتب.\n", "h3", CLOCK.instant(),
                "", "وكالات"));
        assertEquals("وكالات", stores.documents().get(bylined.id()).orElseThrow().author());
        assertEquals("وكالات", stores.documents().list().get(1).author());

        details.change(MAIN, doc.id(), new DocumentDetails.Request(null, null, null, null, "  سارة\nالأحمد "));
        Document after = stores.documents().get(doc.id()).orElseThrow();
        assertEquals(doc.withAuthor("سارة الأحمد"), after, "only the author changed, on one line");
        history.undo(MAIN.scope(), stores).orElseThrow();
        assertEquals("", stores.documents().get(doc.id()).orElseThrow().author());
        details.change(MAIN, doc.id(), new DocumentDetails.Request("عنوان آخر", null, null));
        assertEquals("", stores.documents().get(doc.id()).orElseThrow().author(), "a request without the author leaves it");
    }

    @Test
    void aTitleChangeLeavesTheUrlAlone() {
        details.change(MAIN, doc.id(), new DocumentDetails.Request("عنوان جديد", null, null));
        assertEquals("https://example.com/a", stores.documents().get(doc.id()).orElseThrow().url());
    }

    @Test
    void somethingThatIsNotAWebAddressIsRefused() {
        for (String bad : List.of("example.com/a", "ftp://example.com/a", "javascript:alert(1)", "https://")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DocumentDetails.check(doc.id(), new DocumentDetails.Request(null, null, null, bad)), bad);
            assertTrue(e.getMessage().contains("is not a web address"), e.getMessage());
        }
        assertEquals("https://example.com/a", stores.documents().get(doc.id()).orElseThrow().url());
    }
}
