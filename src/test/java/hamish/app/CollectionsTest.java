package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.history.EditHistory;
import hamish.app.history.UndoRefusedException;
import hamish.model.Document;
import hamish.model.DocumentCollection;
import hamish.model.DocumentSummary;
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

/** Collections as use cases: every change one undoable step, undo refused over another program's later change. */
class CollectionsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    static final Origin MAIN = Origin.of("main window");

    @TempDir
    Path dir;
    Stores window;
    Stores cli;
    EditHistory history;
    Collections collections;
    long sabq;
    long okaz;
    long okaz2;

    @BeforeEach
    void open() {
        Path db = dir.resolve("c.db");
        window = Stores.open(db, "window");
        sabq = doc("أمير عسير يقف على موقع التفجير", "سبق", LocalDate.of(2015, 8, 6));
        okaz = doc("علماء لـ «عكاظ»: التفجير لا يقدم عليه إلا من باع دينه", "عكاظ", LocalDate.of(2015, 8, 7));
        okaz2 = doc("إيقاف مؤقت لمظاهر الاحتفالات", "عكاظ", LocalDate.of(2015, 8, 5));
        cli = Stores.open(db, "command line");
        history = new EditHistory();
        collections = new Collections(window, history, CLOCK);
    }

    private long doc(String title, String outlet, LocalDate date) {
        return window.documents().insert(new Document(0, title, outlet, date, "ar", title + " — نص.", "h-" + title, CLOCK.instant())).id();
    }

    @AfterEach
    void close() {
        window.close();
        cli.close();
    }

    private List<Long> members(long id) {
        return window.collections().documentIds(id);
    }

    @Test
    void createAddRemoveRenameDeleteAreEachUndoneAndRedone() {
        DocumentCollection event = collections.create(MAIN, "  تفجير\nأبها ");
        assertEquals("تفجير أبها", event.name(), "one line, stripped");
        assertEquals(2, collections.add(MAIN, event.id(), List.of(sabq, okaz, sabq)));
        assertEquals(0, collections.add(MAIN, event.id(), List.of(okaz)), "already in: no step");
        assertEquals(1, collections.remove(MAIN, event.id(), List.of(okaz)));
        collections.rename(MAIN, event.id(), "حادثة أبها");
        collections.delete(MAIN, event.id());
        assertTrue(window.collections().list().isEmpty());

        history.undo(MAIN.scope(), window);
        assertEquals("حادثة أبها", window.collections().get(event.id()).orElseThrow().name(), "delete undone, same id");
        assertEquals(List.of(sabq), members(event.id()));
        history.undo(MAIN.scope(), window);
        assertEquals("تفجير أبها", window.collections().get(event.id()).orElseThrow().name());
        history.undo(MAIN.scope(), window);
        assertEquals(List.of(sabq, okaz), members(event.id()), "removal undone");
        history.undo(MAIN.scope(), window);
        assertTrue(members(event.id()).isEmpty(), "adding undone");
        history.undo(MAIN.scope(), window);
        assertTrue(window.collections().get(event.id()).isEmpty(), "creation undone");
        assertFalse(history.canUndo(MAIN.scope()));

        history.redo(MAIN.scope(), window);
        history.redo(MAIN.scope(), window);
        assertEquals(List.of(sabq, okaz), members(event.id()));
        history.redo(MAIN.scope(), window);
        history.redo(MAIN.scope(), window);
        history.redo(MAIN.scope(), window);
        assertTrue(window.collections().list().isEmpty(), "all redone, the delete last");
    }

    @Test
    void undoIsRefusedOverTheCommandLinesLaterChange() {
        DocumentCollection event = collections.create(MAIN, "تفجير أبها");
        collections.add(MAIN, event.id(), List.of(sabq));
        new Collections(cli, new EditHistory(), CLOCK).add(Origin.COMMAND_LINE, event.id(), List.of(okaz));

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> history.undo(MAIN.scope(), window));
        assertTrue(refused.getMessage().contains("collection " + event.id() + " was changed since by the command line"), refused.getMessage());
        assertEquals(List.of(sabq, okaz), members(event.id()), "nothing taken out");
    }

    @Test
    void namesAreCheckedAndUniqueAsFolded() {
        collections.create(MAIN, "تفجير أبها");
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> collections.create(MAIN, "تَفجير ابها"));
        assertTrue(taken.getMessage().contains("already a collection named “تفجير أبها”"), taken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> collections.create(MAIN, " \n "));
        assertThrows(IllegalArgumentException.class, () -> collections.add(MAIN, collections.list().get(0).id(), List.of(999L)));
        assertEquals(1, collections.list().size());
    }

    @Test
    void contentsCountReportsPerOutletAndTheListingSortsAndFilters() {
        DocumentCollection event = collections.create(MAIN, "تفجير أبها");
        collections.add(MAIN, event.id(), List.of(okaz2, sabq, okaz));
        Collections.Contents contents = collections.contents(event.id());
        assertEquals(List.of(new DocumentListing.OutletCount("عكاظ", 2), new DocumentListing.OutletCount("سبق", 1)), contents.outlets());

        List<DocumentSummary> docs = contents.documents();
        assertEquals(List.of(okaz2, sabq, okaz), ids(DocumentListing.apply(docs, DocumentListing.Filter.NONE, DocumentListing.Sort.DATE)));
        assertEquals(List.of(sabq, okaz2, okaz), ids(DocumentListing.apply(docs, DocumentListing.Filter.NONE, DocumentListing.Sort.OUTLET)));
        assertEquals(List.of(okaz), ids(DocumentListing.apply(docs,
                new DocumentListing.Filter("عكاظ", LocalDate.of(2015, 8, 6), LocalDate.of(2015, 8, 7)), DocumentListing.Sort.DATE)));
        assertThrows(IllegalArgumentException.class, () -> new DocumentListing.Filter(null, LocalDate.of(2015, 8, 7), LocalDate.of(2015, 8, 6)));
    }

    private static List<Long> ids(List<DocumentSummary> docs) {
        return docs.stream().map(DocumentSummary::id).toList();
    }
}
