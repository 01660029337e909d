package hamish.app.history;

import hamish.model.DocumentCollection;
import hamish.model.Revision;
import hamish.store.Stores;
import java.time.Clock;

/** Renames a collection; undo gives the old name back while the collection is still as this step left it. */
public final class RenameCollection implements Step {

    private final long id;
    private final String newName;
    private final String by;
    private final Clock clock;
    private String oldName;
    private Revision before;
    private Revision after;

    public RenameCollection(long collectionId, String newName, String by, Clock clock) {
        this.id = collectionId;
        this.newName = newName;
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        if (before == null) {
            DocumentCollection c = s.collections().get(id)
                    .orElseThrow(() -> new IllegalArgumentException("Collection " + id + " does not exist."));
            oldName = c.name();
            before = s.collections().revision(id).orElseThrow();
            after = s.collections().rename(id, newName, before.number(), new Revision(0, by, clock.instant()));
        } else {
            s.collections().rename(id, newName, before.number(), after);
        }
        return Change.none();
    }

    @Override
    public Change revert(Stores s) {
        s.collections().rename(id, oldName, after.number(), before);
        return Change.none();
    }

    @Override
    public String describe() {
        return "rename collection «" + Quotes.shorten(oldName == null ? newName : oldName) + "»";
    }
}
