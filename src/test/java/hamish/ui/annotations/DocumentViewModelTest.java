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
}
