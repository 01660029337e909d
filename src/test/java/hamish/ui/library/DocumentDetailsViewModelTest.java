package hamish.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.model.Span;
import hamish.ui.Fixture;
import hamish.ui.annotations.DocumentViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's Details…: a main-window step; the list and the open document follow it and its undo. */
class DocumentDetailsViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    LibraryViewModel library;
    DocumentViewModel doc;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        library = f.open().library();
        doc = f.vm.document();
        doc.open(f.documentId, () -> { });
    }

    DocumentSummary listed(long id) {
        return library.allDocuments().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aDetailsChangeShowsInTheListAndTheOpenDocumentAndCtrlZUndoesIt() {
        Document before = doc.documentProperty().get();

        library.changeDetails(f.documentId, "عنوان جديد", "مصدر جديد", "2022-01-15", "");

        assertEquals("عنوان جديد", listed(f.documentId).title());
        assertEquals("مصدر جديد", listed(f.documentId).outlet());
        assertEquals(LocalDate.of(2022, 1, 15), listed(f.documentId).published());
        Document shown = doc.documentProperty().get();
        assertEquals("عنوان جديد", shown.title());
        assertEquals(LocalDate.of(2022, 1, 15), shown.published());
        assertTrue(shown.text() == before.text(), "the text shown is kept, not read again");
        assertTrue(doc.canUndoProperty().get(), "the main window's Ctrl+Z undoes it");
        assertEquals(f.errors, java.util.List.of());

        doc.undo();

        assertEquals(before, doc.documentProperty().get());
        assertEquals(before.title(), listed(f.documentId).title());
        assertEquals(before.outlet(), listed(f.documentId).outlet());
        assertEquals(before.published(), listed(f.documentId).published());
        assertEquals(before, f.stored(s -> s.documents().get(f.documentId).orElseThrow()));
        assertFalse(doc.canUndoProperty().get());

        doc.redo();
        assertEquals("عنوان جديد", doc.documentProperty().get().title());
        assertEquals("عنوان جديد", listed(f.documentId).title());
    }

    @Test
    void anotherDocumentsDetailsChangeOnlyTheListAndAreUndoneInTurnWithTagging() {
        doc.tag(new Span(0, 3), f.tag("Person"));
        library.changeDetails(f.secondId, "غزة اليوم", "وكالة أخرى", "2021-06-04", "");
        assertEquals("غزة اليوم", listed(f.secondId).title());
        assertEquals("إسرائيل تؤكد مواصلة المحادثات", doc.documentProperty().get().title());

        doc.undo();
        assertEquals("غزة بعد وقف إطلاق النار", listed(f.secondId).title());
        assertEquals(f.documentId, doc.documentProperty().get().id(), "undoing details shows them in the list, opens nothing");
        doc.undo();
        assertEquals(0, listed(f.documentId).annotationCount(), "the older step, the tag, is next");
    }

    @Test
    void badValuesAreNamedBeforeAnythingIsWritten() {
        assertEquals(Optional.empty(), library.checkDetails(f.documentId, "عنوان", "", "", ""));
        assertTrue(library.checkDetails(f.documentId, "عنوان", "", "15/01/2022", "").orElseThrow().contains("the date “15/01/2022”"));
        assertTrue(library.checkDetails(f.documentId, " ", "", "", "").orElseThrow().contains("the title cannot be blank"));

        library.changeDetails(f.documentId, "  ", "", "", "");

        assertEquals(1, f.errors.size(), f.errors.toString());
        assertTrue(f.errors.get(0).contains("the title cannot be blank"), f.errors.get(0));
        assertEquals("إسرائيل تؤكد مواصلة المحادثات", listed(f.documentId).title());
        assertFalse(doc.canUndoProperty().get());
    }
}
