package hamish.app.history;

import hamish.model.Annotation;
import hamish.store.Stores;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates one annotation or a batch ("tag all matches", "accept all") as one step. The first apply
 * inserts; a redo restores the very same ids, so links and exports made meanwhile stay valid. Undo
 * deletes them only while each is as created and unlinked: one edited or linked since stays, and the
 * undo is refused.
 */
public final class CreateAnnotations implements Step {

    private final List<Annotation> requested;
    private final String by;
    private List<Annotation> created;
    private List<Long> revisions;

    public CreateAnnotations(List<Annotation> unsaved, String by) {
        if (unsaved.isEmpty()) {
            throw new IllegalArgumentException("nothing to create");
        }
        this.requested = List.copyOf(unsaved);
        this.by = by;
    }

    @Override
    public Change apply(Stores s) {
        if (created == null) {
            created = List.copyOf(s.annotations().insertAll(requested, by));
            revisions = created.stream().map(a -> s.annotations().revision(a.id()).orElseThrow().number()).toList();
        } else {
            for (int i = 0; i < created.size(); i++) {
                s.annotations().restore(created.get(i), revisions.get(i), by);
            }
        }
        return new Change(documents(), created, List.of(), false, false);
    }

    @Override
    public Change revert(Stores s) {
        deleteCreated(s, created, revisions);
        return new Change(documents(), List.of(), created.stream().map(Annotation::id).toList(), false, false);
    }

    @Override
    public String describe() {
        return requested.size() == 1 ? "tag «" + Quotes.shorten(requested.get(0).quote()) + "»" : "tag " + requested.size() + " spans";
    }

    /** The stored annotations, once applied. */
    public List<Annotation> created() {
        return created == null ? List.of() : created;
    }

    private Set<Long> documents() {
        Set<Long> ids = new LinkedHashSet<>();
        requested.forEach(a -> ids.add(a.documentId()));
        return ids;
    }

    /**
     * Deletes annotations a step created, each only at the revision the step left it and only while nothing links to
     * it (a link made since would go with it unseen): the undo of every step that creates annotations.
     */
    static void deleteCreated(Stores s, List<Annotation> created, List<Long> revisions) {
        for (int i = 0; i < created.size(); i++) {
            Annotation a = created.get(i);
            if (!s.links().forAnnotation(a.id()).isEmpty()) {
                throw new StepConflict("«" + Quotes.shorten(a.quote()) + "» was linked since; remove the link first");
            }
            s.annotations().delete(a.id(), revisions.get(i));
        }
    }
}
