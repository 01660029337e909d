package hamish.app.history;

import hamish.model.Annotation;
import hamish.model.Revision;
import hamish.store.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes an annotation's tag, entity, speaker or note. The change is computed from the annotation as
 * stored when the step first runs; only the fields it changes are written, and only while the row is
 * at the revision the step expects. Undo writes those fields back and returns the row to its earlier
 * revision, so older steps on it still apply; a change made since by anyone refuses it.
 */
public final class EditAnnotation implements Step {

    private final long id;
    private final UnaryOperator<Annotation> edit;
    private final String what;
    private final String by;
    private final Clock clock;
    private Annotation before;
    private Annotation after;
    private Revision revisionBefore;
    private Revision revisionAfter;

    /** {@code what} names the change for messages ("note", "entity"). */
    public EditAnnotation(long annotationId, UnaryOperator<Annotation> edit, String what, String by, Clock clock) {
        this.id = annotationId;
        this.edit = edit;
        this.what = what;
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        Annotation stored;
        if (before == null) {
            before = s.annotations().get(id).orElseThrow(() -> new IllegalArgumentException("The annotation " + id + " no longer exists."));
            revisionBefore = s.annotations().revision(id).orElseThrow();
            after = edit.apply(before);
            stored = s.annotations().updateFields(before, after, revisionBefore.number(), new Revision(0, by, clock.instant()));
            // Redo returns the row to this very revision, so steps made after this one still apply after a redo.
            revisionAfter = s.annotations().revision(id).orElseThrow();
        } else {
            stored = s.annotations().updateFields(before, after, revisionBefore.number(), revisionAfter);
        }
        return new Change(Set.of(stored.documentId()), List.of(stored), List.of(), false, false);
    }

    @Override
    public Change revert(Stores s) {
        Annotation stored = s.annotations().updateFields(after, before, revisionAfter.number(), revisionBefore);
        return new Change(Set.of(stored.documentId()), List.of(stored), List.of(), false, false);
    }

    @Override
    public String describe() {
        return before == null ? what + " of annotation " + id : what + " of «" + Quotes.shorten(before.quote()) + "»";
    }

    /** True when the first apply found nothing to change (the history may then leave it out). */
    public boolean changedNothing() {
        return before != null && before.equals(after);
    }
}
