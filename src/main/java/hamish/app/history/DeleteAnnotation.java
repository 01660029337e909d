package hamish.app.history;

import hamish.model.Annotation;
import hamish.model.Link;
import hamish.model.Revision;
import hamish.store.StaleRowException;
import hamish.store.Stores;
import java.util.List;
import java.util.Set;

/**
 * Deletes an annotation and the links that go with it. It deletes the annotation as stored when the step
 * runs (an earlier edit may have been queued after the window last showed it) and only at that revision;
 * undo restores it, with its id, revision and links.
 */
public final class DeleteAnnotation implements Step {

    private final long id;
    private Annotation deleted;
    private Revision revision;
    private List<Link> links = List.of();
    private boolean orphan;

    public DeleteAnnotation(long annotationId) {
        this.id = annotationId;
    }

    @Override
    public Change apply(Stores s) {
        if (deleted == null) {
            deleted = s.annotations().get(id).orElseThrow(() -> new IllegalArgumentException("The annotation " + id + " no longer exists."));
            revision = s.annotations().revision(id).orElseThrow();
            orphan = s.annotations().isOrphan(id);
        }
        links = s.links().forAnnotation(id);
        s.annotations().delete(id, revision.number());
        return new Change(Set.of(deleted.documentId()), List.of(), List.of(id), false, !links.isEmpty());
    }

    @Override
    public Change revert(Stores s) {
        if (s.annotations().get(id).isPresent()) {
            throw new StaleRowException("annotation", id, s.annotations().revision(id));
        }
        if (orphan) {
            // An orphan of a text correction goes back to the orphan list, not into the text.
            s.annotations().restoreOrphan(deleted, revision.number(), revision.changedBy());
            return new Change(Set.of(deleted.documentId()), List.of(), List.of(), false, false);
        }
        Annotation restored = s.annotations().restore(deleted, revision.number(), revision.changedBy());
        for (Link link : links) {
            long other = link.fromAnnotationId() == id ? link.toAnnotationId() : link.fromAnnotationId();
            // A link whose other end was deleted since would have gone with it; restoring it is not possible.
            if (s.annotations().get(other).isPresent() && s.links().get(link.id()).isEmpty()) {
                s.links().restore(link);
            }
        }
        return new Change(Set.of(deleted.documentId()), List.of(restored), List.of(), false, !links.isEmpty());
    }

    @Override
    public String describe() {
        return deleted == null ? "delete annotation " + id : "delete «" + Quotes.shorten(deleted.quote()) + "»";
    }
}
