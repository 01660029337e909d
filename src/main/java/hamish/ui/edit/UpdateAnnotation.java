package hamish.ui.edit;

import hamish.model.Annotation;
import hamish.store.AnnotationStore;
import java.util.List;

/** Changes an annotation's tag, entity, speaker or note; undo writes the previous version back. */
public final class UpdateAnnotation implements AnnotationCommand {

    private final Annotation before;
    private final Annotation after;

    public UpdateAnnotation(Annotation before, Annotation after) {
        if (before.id() == 0 || before.id() != after.id()) {
            throw new IllegalArgumentException("an update needs the same stored annotation before and after");
        }
        this.before = before;
        this.after = after;
    }

    @Override
    public Change perform(AnnotationStore store) {
        return Change.saved(after.documentId(), List.of(store.update(after)));
    }

    @Override
    public Change revert(AnnotationStore store) {
        return Change.saved(before.documentId(), List.of(store.update(before)));
    }
}
