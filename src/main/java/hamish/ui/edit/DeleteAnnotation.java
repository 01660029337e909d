package hamish.ui.edit;

import hamish.model.Annotation;
import hamish.store.AnnotationStore;
import java.util.List;

/** Deletes an annotation; undo restores it with its old id. */
public final class DeleteAnnotation implements AnnotationCommand {

    private final Annotation deleted;

    public DeleteAnnotation(Annotation stored) {
        if (stored.id() == 0) {
            throw new IllegalArgumentException("cannot delete an unsaved annotation");
        }
        this.deleted = stored;
    }

    @Override
    public Change perform(AnnotationStore store) {
        store.delete(deleted.id());
        return Change.removed(deleted.documentId(), List.of(deleted.id()));
    }

    @Override
    public Change revert(AnnotationStore store) {
        return Change.saved(deleted.documentId(), List.of(store.restore(deleted)));
    }
}
