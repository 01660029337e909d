package hamish.ui.edit;

import hamish.model.Annotation;
import java.util.List;

/**
 * What a command did to the store, so the window can update its lists without reloading:
 * {@code saved} annotations now exist as given (inserted, restored or updated), {@code removed} ids are
 * gone; all of them belong to document {@code documentId}.
 */
public record Change(long documentId, List<Annotation> saved, List<Long> removed) {

    public Change {
        saved = List.copyOf(saved);
        removed = List.copyOf(removed);
    }

    public static Change saved(long documentId, List<Annotation> annotations) {
        return new Change(documentId, annotations, List.of());
    }

    public static Change removed(long documentId, List<Long> ids) {
        return new Change(documentId, List.of(), ids);
    }
}
