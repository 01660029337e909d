package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.history.Change;
import hamish.app.history.EditHistory;
import hamish.app.history.UndoRefusedException;
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

/** Setting a document's details: checked values, one undoable step, refused undo after another program's change. */
class DocumentDetailsTest {

    static final String TEXT = "قال بيني غانتس إن المحادثات مع لويد أوستن في البنتاغون كانت مثمرة.\n";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    static final Origin MAIN = Origin.of("main window");

    @TempDir
    Path dir;
    Stores window;
    Stores cli;
    EditHistory history;
    DocumentDetails details;
    Document doc;

    @BeforeEach
    void open() {
        Path db = dir.resolve("details.db");
        window = Stores.open(db, "window");
        window.tags().ensureDefaults(DefaultTags.load());
        doc = window.documents().insert(new Document(0, "غانتس في واشنطن", "صحيفة أ", LocalDate.of(2021, 6, 3), "ar", TEXT,
                "h1", CLOCK.instant()));
        cli = Stores.open(db, "command line");
        history = new EditHistory();
        details = new DocumentDetails(window, history, CLOCK);
    }

    @AfterEach
    void close() {
        cli.close();
        window.close();
    }

    Document stored() {
        return window.documents().get(doc.id()).orElseThrow();
    }

    @Test
    void undoAndRedoRestoreEveryFieldExactly() {
        List<String> original = Tables.dump(window);

        DocumentDetails.Changed changed = details.change(MAIN, doc.id(),
                DocumentDetails.Request.of("  لقاء البنتاغون ", "وكالة ب", "2021-06-04"));
        List<String> afterChange = Tables.dump(window);

        assertEquals("لقاء البنتاغون", changed.document().title());
        assertEquals(Change.details(doc.id()), changed.change());
        assertEquals(new Document(doc.id(), "لقاء البنتاغون", "وكالة ب", LocalDate.of(2021, 6, 4), "ar", TEXT, "h1",
                doc.importedAt()), stored());
        assertEquals(Change.details(doc.id()), history.undo(MAIN.scope(), window).orElseThrow());
        assertEquals(original, Tables.dump(window), "undo gives back every field, the revision, writer and time");
        assertEquals(List.of(doc.id()), window.documents().searchWords("واشنطن", 10), "the old title is searchable again");
        assertEquals(List.of(), window.documents().searchWords("لقاء", 10));

        history.redo(MAIN.scope(), window);
        assertEquals(afterChange, Tables.dump(window), "redo gives back the change at the revision it had");
        assertEquals(List.of(doc.id()), window.documents().searchWords("لقاء", 10));
    }

    @Test
    void twoStepsOnOneDocumentUndoInTurn() {
        List<String> original = Tables.dump(window);
        details.change(MAIN, doc.id(), new DocumentDetails.Request("الأول", null, null));
        List<String> first = Tables.dump(window);
        details.change(MAIN, doc.id(), new DocumentDetails.Request(null, "مصدر", ""));

        history.undo(MAIN.scope(), window);
        assertEquals(first, Tables.dump(window));
        history.undo(MAIN.scope(), window);
        assertEquals(original, Tables.dump(window));
    }

    @Test
    void aCommandLineChangeInBetweenRefusesTheUndoAndNamesIt() {
        details.change(MAIN, doc.id(), new DocumentDetails.Request("عنوان من النافذة", null, null));
        new DocumentDetails(cli, new EditHistory(), CLOCK).change(Origin.COMMAND_LINE, doc.id(),
                new DocumentDetails.Request(null, "من خط الأوامر", null));
        List<String> before = Tables.dump(window);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> history.undo(MAIN.scope(), window));

        assertTrue(refused.getMessage().contains("document " + doc.id() + " was changed since by the command line"),
                refused.getMessage());
        assertTrue(refused.getMessage().startsWith("Undo of “details of «غانتس في واشنطن»” refused"), refused.getMessage());
        assertEquals(before, Tables.dump(window), "nothing written");
        assertFalse(history.canUndo(MAIN.scope()), "the refused step was dropped");
    }

    @Test
    void detailsAlreadySoMakeNoStep() {
        DocumentDetails.Changed same = details.change(MAIN, doc.id(), DocumentDetails.Request.of("غانتس في واشنطن", "صحيفة أ", "2021-06-03"));
        assertEquals(Change.none(), same.change());
        assertFalse(history.canUndo(MAIN.scope()));
    }

    @Test
    void lineBreaksTabsAndControlCharactersInATitleBecomeOneSpace() {
        details.change(MAIN, doc.id(), new DocumentDetails.Request("غانتس\r\n\tيلتقي\u0007 أوستن", " صحيفة\nب ", null));
        assertEquals("غانتس يلتقي أوستن", stored().title());
        assertEquals("صحيفة ب", stored().outlet());
    }

    @Test
    void directionMarksAndTheZeroWidthNonJoinerAreKept() {
        String title = "\u200Fمی\u200Cخواهم";
        details.change(MAIN, doc.id(), new DocumentDetails.Request(title, null, null));
        assertEquals(title, stored().title());
    }

    @Test
    void anEmptyDateClearsItAndArabicIndicDigitsAreADate() {
        details.change(MAIN, doc.id(), new DocumentDetails.Request(null, null, " "));
        assertEquals(null, stored().published());
        details.change(MAIN, doc.id(), new DocumentDetails.Request(null, null, "٢٠٢٥-٠٣-١٤"));
        assertEquals(LocalDate.of(2025, 3, 14), stored().published());
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndTheValue() {
        List<String> before = Tables.dump(window);
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> details.change(MAIN, doc.id(), new DocumentDetails.Request(" \n\t", null, null)));
        assertEquals("Document " + doc.id() + ": the title cannot be blank (given: “ \n\t”).", blank.getMessage());

        for (String date : List.of("2021-13-01", "2021-02-30", "3/6/2021", "2021-6-3", "yesterday")) {
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> details.change(MAIN, doc.id(), new DocumentDetails.Request(null, null, date)));
            assertTrue(bad.getMessage().contains("the date “" + date + "”") && bad.getMessage().contains("yyyy-MM-dd"),
                    bad.getMessage());
        }
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> details.change(MAIN, doc.id(), new DocumentDetails.Request("ع".repeat(301), null, null)));
        assertTrue(tooLong.getMessage().contains("the title") && tooLong.getMessage().contains("301"), tooLong.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> details.change(MAIN, 999, new DocumentDetails.Request("عنوان", null, null)));
        assertEquals("Document 999 does not exist.", missing.getMessage());
        assertEquals(before, Tables.dump(window), "nothing written");
        assertFalse(history.canUndo(MAIN.scope()));
    }
}
