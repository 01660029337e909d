package hamish.app.history;

import hamish.model.Annotation;
import hamish.model.Revision;
import hamish.model.Span;
import hamish.store.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Places an orphan of a text correction on a span of the corrected text, where it becomes an ordinary
 * annotation again; undo makes it the orphan it was (old span, quote and context), only while it is as
 * placed.
 */
public final class PlaceOrphan implements Step {

    private final long id;
    private final Span span;
    private final String by;
    private final Clock clock;
    private Annotation orphan;
    private Annotation placed;
    private Revision before;
    private Revision after;

    public PlaceOrphan(long annotationId, Span span, String by, Clock clock) {
        this.id = annotationId;
        this.span = span;
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        if (orphan == null) {
            orphan = s.annotations().get(id).orElseThrow(() -> new IllegalArgumentException("The annotation " + id + " no longer exists."));
            if (!s.annotations().isOrphan(id)) {
                throw new IllegalArgumentException("«" + Quotes.shorten(orphan.quote()) + "» is already placed in the text");
            }
            before = s.annotations().revision(id).orElseThrow();
            String text = s.documents().get(orphan.documentId()).orElseThrow().text();
            placed = orphan.reanchoredTo(text, span);
            Annotation stored = s.annotations().move(placed, false, before.number(), new Revision(0, by, clock.instant()));
            after = s.annotations().revision(id).orElseThrow();
            return Change.saved(stored.documentId(), List.of(stored));
        }
        return Change.saved(placed.documentId(), List.of(s.annotations().move(placed, false, before.number(), after)));
    }

    @Override
    public Change revert(Stores s) {
        s.annotations().move(orphan, true, after.number(), before);
        return new Change(Set.of(orphan.documentId()), List.of(), List.of(id), false, false);
    }

    @Override
    public String describe() {
        return orphan == null ? "place annotation " + id : "place «" + Quotes.shorten(orphan.quote()) + "»";
    }
}
