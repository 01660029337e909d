package hamish.app.history;

import hamish.model.Annotation;
import hamish.store.Stores;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Taking another annotator's annotation over and the change the user made to it, as one step: one transaction,
 * one Ctrl+Z that puts back both the change and the annotator. Without it, undoing a takeover-then-delete left the
 * annotation restored but still the taker's.
 */
public final class TakeoverThen implements Step {

    private final Step takeover;
    private final Step change;

    public TakeoverThen(Step takeover, Step change) {
        this.takeover = takeover;
        this.change = change;
    }

    @Override
    public Change apply(Stores stores) {
        Change first = takeover.apply(stores);
        return combined(first, change.apply(stores));
    }

    @Override
    public Change revert(Stores stores) {
        Change first = change.revert(stores);
        return combined(first, takeover.revert(stores));
    }

    @Override
    public String describe() {
        return "takeover and " + change.describe();
    }

    /** Both changes, the later one winning for an annotation that both touched (saved, then saved again or removed). */
    static Change combined(Change earlier, Change later) {
        Set<Long> touchedLater = new HashSet<>(later.removed());
        later.saved().forEach(a -> touchedLater.add(a.id()));
        List<Annotation> saved = earlier.saved().stream().filter(a -> !touchedLater.contains(a.id())).toList();
        Set<Long> savedLater = new HashSet<>();
        later.saved().forEach(a -> savedLater.add(a.id()));
        List<Long> removed = earlier.removed().stream().filter(id -> !savedLater.contains(id)).toList();
        return new Change(earlier.documents(), saved, removed, earlier.entities(), earlier.links(), earlier.details()).and(later);
    }
}
