package hamish.ui.edit;

import hamish.model.Annotation;
import hamish.store.AnnotationStore;
import java.util.List;

/**
 * Creates one annotation or a batch ("tag all matches") as one step. The first perform inserts in
 * one transaction; a redo restores the very same ids, so links and exports made meanwhile stay valid.
 */
public final class CreateAnnotations implements AnnotationCommand {

    private final List<Annotation> requested;
    private List<Annotation> created;

    public CreateAnnotations(List<Annotation> unsaved) {
        if (unsaved.isEmpty()) {
            throw new IllegalArgumentException("nothing to create");
        }
        if (unsaved.stream().anyMatch(a -> a.documentId() != unsaved.get(0).documentId())) {
            throw new IllegalArgumentException("one step creates annotations in one document");
        }
        this.requested = List.copyOf(unsaved);
    }

    @Override
    public Change perform(AnnotationStore store) {
        if (created == null) {
            created = List.copyOf(store.insertAll(requested));
        } else {
            created.forEach(store::restore);
        }
        return Change.saved(requested.get(0).documentId(), created);
    }

    @Override
    public Change revert(AnnotationStore store) {
        List<Long> ids = created.stream().map(Annotation::id).toList();
        ids.forEach(store::delete);
        return Change.removed(requested.get(0).documentId(), ids);
    }

    /** The stored annotations, once performed. */
    public List<Annotation> created() {
        return created == null ? List.of() : created;
    }
}
