package hamish.app.history;

import hamish.model.DocumentCollection;
import hamish.model.Revision;
import hamish.store.Stores;
import java.time.Clock;

/**
 * Creates an empty collection. Undo deletes it only while it is as this step left it: once documents were put
 * in it or it was renamed (here or by the command line), the undo is refused rather than taking that work with it.
 * Redo brings it back under the same id and revision, so later steps on it still apply.
 */
public final class CreateCollection implements Step {

    private final String name;
    private final String by;
    private final Clock clock;
    private DocumentCollection created;
    private Revision revision;

    public CreateCollection(String name, String by, Clock clock) {
        this.name = name;
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        if (created == null) {
            created = s.collections().insert(name, clock.instant(), new Revision(0, by, clock.instant()));
            revision = s.collections().revision(created.id()).orElseThrow();
        } else {
            s.collections().restore(created, java.util.List.of(), revision);
        }
        return Change.none();
    }

    @Override
    public Change revert(Stores s) {
        s.collections().delete(created.id(), revision.number());
        return Change.none();
    }

    @Override
    public String describe() {
        return "create collection «" + Quotes.shorten(name) + "»";
    }

    /** The collection as this step created it. */
    public DocumentCollection created() {
        return created;
    }
}
