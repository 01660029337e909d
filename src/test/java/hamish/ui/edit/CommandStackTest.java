package hamish.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Span;
import hamish.store.AnnotationStore;
import hamish.store.Stores;
import hamish.ui.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandStackTest {

    @TempDir
    Path dir;

    Fixture f;
    Stores stores;
    AnnotationStore store;
    long tagId;
    final CommandStack stack = new CommandStack();

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        stores = Stores.open(f.db);
        store = stores.annotations();
        tagId = stores.tags().list().get(0).id();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    Annotation unsaved(int start, int end) {
        return Annotation.of(f.documentId, Fixture.TEXT, new Span(start, end), tagId, "tester", Fixture.CLOCK.instant());
    }

    @Test
    void nothingToUndoOnAFreshStack() {
        assertEquals(Optional.empty(), stack.undo(store));
        assertEquals(Optional.empty(), stack.redo(store));
        assertFalse(stack.canUndo());
    }

    @Test
    void aNewActionClearsTheRedoHistory() {
        stack.run(new CreateAnnotations(List.of(unsaved(0, 3))), store);
        stack.undo(store);
        assertTrue(stack.canRedo());
        stack.run(new CreateAnnotations(List.of(unsaved(4, 8))), store);
        assertFalse(stack.canRedo());
        assertEquals(List.of(new Span(4, 8)), store.forDocument(f.documentId).stream().map(Annotation::span).toList());
    }

    @Test
    void updateUndoWritesThePreviousVersionBack() {
        Change created = stack.run(new CreateAnnotations(List.of(unsaved(0, 3))), store);
        Annotation a = created.saved().get(0);
        stack.run(new UpdateAnnotation(a, a.withNote("ملاحظة", Fixture.CLOCK.instant())), store);
        assertEquals("ملاحظة", store.get(a.id()).orElseThrow().note());
        Change undone = stack.undo(store).orElseThrow();
        assertEquals("", store.get(a.id()).orElseThrow().note());
        assertEquals(List.of(a.id()), undone.saved().stream().map(Annotation::id).toList());
    }

    @Test
    void theOldestStepsFallOffPastTheLimit() {
        Annotation a = stack.run(new CreateAnnotations(List.of(unsaved(0, 3))), store).saved().get(0);
        for (int i = 0; i < CommandStack.LIMIT; i++) {
            Annotation current = store.get(a.id()).orElseThrow();
            stack.run(new UpdateAnnotation(current, current.withNote("n" + i, Fixture.CLOCK.instant())), store);
        }
        int undone = 0;
        while (stack.undo(store).isPresent()) {
            undone++;
        }
        assertEquals(CommandStack.LIMIT, undone);
        assertTrue(store.get(a.id()).isPresent(), "the creation fell off the history, so the annotation stays");
        assertEquals("", store.get(a.id()).orElseThrow().note());
    }
}
