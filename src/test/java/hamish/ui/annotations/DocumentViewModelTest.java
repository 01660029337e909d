package hamish.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.ui.Fixture;
import hamish.ui.common.StoreSession;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    DocumentViewModel doc;
    Span israel;

    @BeforeEach
    void openDocument() {
        f = new Fixture(dir);
        doc = f.open().document();
        doc.open(f.documentId, () -> { });
        int start = Fixture.TEXT.indexOf("إسرائيل");
        israel = new Span(start, start + "إسرائيل".length());
    }

    @Test
    void taggingASelectionIsStoredWithItsQuoteAndShownAsAHighlight() {
        Tag place = f.tag("Place");
        doc.tag(israel, place);

        List<Annotation> stored = f.storedAnnotations();
        assertEquals(1, stored.size());
        assertEquals(israel, stored.get(0).span());
        assertEquals("إسرائيل", stored.get(0).quote());
        assertEquals(place.id(), stored.get(0).tagId());
        assertEquals(List.of(new Highlight(stored.get(0).id(), israel, Color.web(place.colour()), HighlightStyle.FILL)),
                doc.highlightsProperty().get());
        assertEquals(place, doc.currentTagProperty().get());
    }

    @Test
    void createUndoRedoRoundTripKeepsTheSameId() {
        doc.tag(israel, f.tag("Place"));
        long id = f.storedAnnotations().get(0).id();

        doc.undo();
        assertTrue(f.storedAnnotations().isEmpty());
        assertTrue(doc.annotations().isEmpty());
        assertTrue(doc.highlightsProperty().get().isEmpty());
        assertTrue(doc.canRedoProperty().get());

        doc.redo();
        assertEquals(List.of(id), f.storedAnnotations().stream().map(Annotation::id).toList());
        assertEquals(1, doc.annotations().size());
        assertFalse(doc.canRedoProperty().get());
    }

    @Test
    void editsAreStoredAndUndoneOneByOne() {
        doc.tag(israel, f.tag("Place"));
        long id = doc.annotations().get(0).id();

        doc.changeNote(id, "تُذكر ثلاث مرات");
        doc.changeTag(id, f.tag("Organisation"));
        doc.assignEntity(id, "دولة إسرائيل");

        Annotation stored = f.storedAnnotations().get(0);
        assertEquals("تُذكر ثلاث مرات", stored.note());
        assertEquals(f.tag("Organisation").id(), stored.tagId());
        Entity entity = f.stored(s -> s.entities().get(stored.entityId())).orElseThrow();
        assertEquals("دولة إسرائيل", entity.canonicalName());
        assertEquals(EntityType.ORG, entity.type(), "a new entity takes its type from the annotation's tag");

        doc.undo();
        assertNull(f.storedAnnotations().get(0).entityId());
        doc.undo();
        assertEquals(f.tag("Place").id(), f.storedAnnotations().get(0).tagId());
        doc.undo();
        assertEquals("", f.storedAnnotations().get(0).note());
        doc.redo();
        assertEquals("تُذكر ثلاث مرات", f.storedAnnotations().get(0).note());
        assertEquals("تُذكر ثلاث مرات", doc.annotations().get(0).note());
    }

    @Test
    void knownEntityIsReusedWhateverItsHamzaSpelling() {
        doc.tag(israel, f.tag("Place"));
        long id = doc.annotations().get(0).id();
        doc.assignEntity(id, "إسرائيل");
        doc.tag(new Span(Fixture.TEXT.indexOf("اسرائيل"), Fixture.TEXT.indexOf("اسرائيل") + 7), f.tag("Place"));
        long second = doc.annotations().get(1).id();
        doc.assignEntity(second, "اسرائيل");

        assertEquals(1, f.stored(s -> s.entities().list()).size());
        assertEquals(doc.byId(id).orElseThrow().entityId(), doc.byId(second).orElseThrow().entityId());
    }

    @Test
    void deleteUndoRestoresTheSameAnnotation() {
        doc.tag(israel, f.tag("Person"));
        Annotation created = doc.annotations().get(0);
        doc.select(created.id());
        assertEquals(HighlightStyle.FOCUS, doc.highlightsProperty().get().get(0).style());

        doc.deleteSelected();
        assertTrue(f.storedAnnotations().isEmpty());
        assertNull(doc.selectedProperty().get());

        doc.undo();
        assertEquals(List.of(created), f.storedAnnotations());
        assertEquals(List.of(created), doc.annotations());
    }

    @Test
    void overlappingAnnotationsAreAllowed() {
        int start = Fixture.TEXT.indexOf("وزير الخارجية");
        doc.tag(new Span(start, start + "وزير الخارجية".length()), f.tag("Person"));
        doc.tag(new Span(start, start + "وزير".length()), f.tag("Organisation"));
        assertEquals(2, f.storedAnnotations().size());
        assertEquals(2, doc.highlightsProperty().get().size());
    }

    @Test
    void failedInsertTakesTheHighlightAwayAndTellsTheUser() {
        f.vm.session().close();
        doc.tag(israel, f.tag("Person"));
        assertTrue(doc.highlightsProperty().get().isEmpty());
        assertTrue(doc.annotations().isEmpty());
        assertEquals(1, f.errors.size());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void openingCountsTheWords() {
        assertEquals(20, doc.wordCountProperty().get());
        doc.open(f.secondId, () -> { });
        assertEquals(7, doc.wordCountProperty().get());
    }

    @Test
    void openingAnotherDocumentShowsOnlyItsAnnotations() {
        doc.tag(israel, f.tag("Place"));
        doc.open(f.secondId, () -> { });
        assertEquals(Fixture.SECOND, doc.documentProperty().get().text());
        assertTrue(doc.annotations().isEmpty());
        assertTrue(doc.highlightsProperty().get().isEmpty());
    }

    @Test
    void undoAfterOpeningAnotherDocumentShowsTheDocumentItChanged() {
        doc.tag(israel, f.tag("Place"));
        doc.open(f.secondId, () -> { });
        doc.undo();
        assertEquals(f.documentId, doc.documentProperty().get().id());
        assertTrue(doc.annotations().isEmpty());
        assertTrue(f.storedAnnotations().isEmpty());
    }

    @Test
    void aNoteLeftOverForADeletedAnnotationIsNotAnError() {
        doc.tag(israel, f.tag("Place"));
        long id = doc.annotations().get(0).id();
        doc.delete(id);
        doc.changeNote(id, "written after the delete");
        assertEquals(List.of(), f.errors);
        assertEquals(StoreSession.SaveState.SAVED, f.vm.session().saveStateProperty().get());
    }

    @Test
    void everyStepIsOnDiskWhenTheWindowReopens() {
        Tag place = f.tag("Place");
        doc.tag(israel, place);
        int other = Fixture.TEXT.indexOf("واشنطن");
        doc.tag(new Span(other, other + "واشنطن".length()), place);
        long first = doc.annotations().get(0).id();
        long second = doc.annotations().get(1).id();
        doc.changeNote(first, "مذكورة في العنوان");
        doc.delete(second);
        doc.undo();
        f.vm.session().close();

        DocumentViewModel reopened = f.reopened().open().document();
        reopened.open(f.documentId, () -> { });
        assertEquals(List.of(first, second), reopened.annotations().stream().map(Annotation::id).sorted().toList());
        assertEquals("مذكورة في العنوان", reopened.byId(first).orElseThrow().note());
        assertEquals(2, reopened.highlightsProperty().get().size());
    }

    @Test
    void openingADocumentThatIsGoneSaysSoAndKeepsTheOpenOne() {
        doc.open(9999, () -> { });
        assertEquals(1, f.errors.size());
        assertTrue(f.errors.get(0).contains("9999"), f.errors.get(0));
        assertFalse(doc.loadingProperty().get());
        assertEquals(f.documentId, doc.documentProperty().get().id());
    }

    // ---- spans first (setAfterFirstLayout: the main window's reader) --------------------------

    /** Tags "إسرائيل" (Place) and the first word (Person) with a plain open, and returns the highlights then shown. */
    private List<Highlight> twoAnnotationsShownAllAtOnce() {
        doc.tag(israel, f.tag("Place"));
        doc.tag(new Span(0, 3), f.tag("Person"));
        doc.clearSelection();
        doc.open(f.documentId, () -> { });
        assertEquals(2, doc.annotations().size());
        return doc.highlightsProperty().get();
    }

    @Test
    void spansFirstShowsTheSameHighlightsAtOnceAndTheAnnotationsAndWordCountAfterTheFirstLayout() {
        List<Highlight> expected = twoAnnotationsShownAllAtOnce();
        List<Annotation> expectedRows = List.copyOf(doc.annotations());
        List<Runnable> afterLayout = new ArrayList<>();
        doc.setAfterFirstLayout(afterLayout::add);
        boolean[] then = {false};

        doc.open(f.documentId, () -> then[0] = true);

        assertTrue(then[0], "text and highlights shown");
        assertEquals(Fixture.TEXT, doc.documentProperty().get().text());
        assertEquals(expected, doc.highlightsProperty().get());
        assertTrue(doc.annotations().isEmpty());
        assertFalse(doc.annotationsReadProperty().get());
        assertTrue(doc.loadingProperty().get());
        assertEquals(2, doc.annotationCountProperty().get());
        assertEquals(0, doc.wordCountProperty().get());
        assertEquals(1, afterLayout.size());

        afterLayout.remove(0).run();

        assertEquals(expectedRows, doc.annotations());
        assertTrue(doc.annotationsReadProperty().get());
        assertFalse(doc.loadingProperty().get());
        assertEquals(expected, doc.highlightsProperty().get());
        assertEquals(2, doc.annotationCountProperty().get());
        assertTrue(doc.wordCountProperty().get() > 10);
        assertEquals(expectedRows.get(0), doc.byId(expectedRows.get(0).id()).orElseThrow());
    }

    @Test
    void aSelectionAskedForBeforeTheAnnotationsAreReadIsMadeWhenTheyAre() {
        twoAnnotationsShownAllAtOnce();
        Annotation place = doc.annotations().stream().filter(a -> a.span().equals(israel)).findFirst().orElseThrow();
        List<Runnable> afterLayout = new ArrayList<>();
        doc.setAfterFirstLayout(afterLayout::add);
        doc.open(f.documentId, () -> doc.select(place.id()));
        assertNull(doc.selectedProperty().get());

        afterLayout.remove(0).run();

        assertEquals(place, doc.selectedProperty().get());
        assertTrue(doc.highlightsProperty().get().stream().anyMatch(h -> h.annotationId() == place.id() && h.style() == HighlightStyle.FOCUS));
    }

    @Test
    void anotherDocumentOpenedBeforeTheFirstOnesAnnotationsAreReadShowsNothingOfTheFirst() {
        twoAnnotationsShownAllAtOnce();
        List<Runnable> afterLayout = new ArrayList<>();
        doc.setAfterFirstLayout(afterLayout::add);
        doc.open(f.documentId, () -> { });
        doc.open(f.secondId, () -> { });
        assertEquals(List.of(), doc.highlightsProperty().get());
        assertEquals(0, doc.annotationCountProperty().get());

        afterLayout.forEach(Runnable::run);

        assertEquals(f.secondId, doc.documentProperty().get().id());
        assertTrue(doc.annotations().isEmpty());
        assertEquals(List.of(), doc.highlightsProperty().get());
        assertTrue(doc.annotationsReadProperty().get());
        assertTrue(doc.wordCountProperty().get() > 3);
    }

    @Test
    void taggingBeforeTheAnnotationsAreReadNeitherDuplicatesNorLosesAnAnnotation() {
        List<Highlight> before = twoAnnotationsShownAllAtOnce();
        List<Runnable> afterLayout = new ArrayList<>();
        doc.setAfterFirstLayout(afterLayout::add);
        doc.open(f.documentId, () -> { });

        doc.tag(israel, f.tag("Place"));
        assertEquals(2, f.storedAnnotations().size(), "the span already carries that tag");
        int second = Fixture.TEXT.indexOf("واشنطن");
        Span washington = new Span(second, second + "واشنطن".length());
        doc.tag(washington, f.tag("Place"));
        assertEquals(3, f.storedAnnotations().size());
        assertEquals(before.size() + 1, doc.highlightsProperty().get().size());
        assertTrue(doc.highlightsProperty().get().stream().anyMatch(h -> h.span().equals(washington) && h.annotationId() > 0));
        assertEquals(3, doc.annotationCountProperty().get());

        afterLayout.remove(0).run();

        assertEquals(f.storedAnnotations().stream().map(Annotation::id).sorted().toList(),
                doc.annotations().stream().map(Annotation::id).sorted().toList());
        assertEquals(3, doc.highlightsProperty().get().size());
        doc.undo();
        assertEquals(2, doc.annotations().size());
        assertEquals(before, doc.highlightsProperty().get());
    }
}
