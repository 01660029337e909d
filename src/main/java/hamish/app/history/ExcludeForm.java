package hamish.app.history;

import hamish.model.ExcludedForm;
import hamish.model.Revision;
import hamish.store.Stores;
import java.time.Clock;

/**
 * Removes a generated form (a surname, a lineage…) from an entity's forms, so it is no longer proposed for it,
 * or gives a removed one back. The entity's revision guards it as any entity change: undo and redo write only
 * while the entity is at the revision this step left or found it, and put it back at the other one, so a later
 * change made elsewhere (an alias added by the command line, a merge in another window) refuses them.
 */
public final class ExcludeForm implements Step {

    private final long entityId;
    private final ExcludedForm form;
    private final boolean removing;
    private final String by;
    private final Clock clock;
    private Revision before;
    private Revision after;

    private ExcludeForm(long entityId, ExcludedForm form, boolean removing, String by, Clock clock) {
        this.entityId = entityId;
        this.form = form;
        this.removing = removing;
        this.by = by;
        this.clock = clock;
    }

    /** The step that removes {@code form} from entity {@code entityId}'s generated forms. */
    public static ExcludeForm remove(long entityId, ExcludedForm form, String by, Clock clock) {
        return new ExcludeForm(entityId, form, true, by, clock);
    }

    /** The step that gives entity {@code entityId} back the removed {@code form}. */
    public static ExcludeForm restore(long entityId, ExcludedForm form, String by, Clock clock) {
        return new ExcludeForm(entityId, form, false, by, clock);
    }

    @Override
    public Change apply(Stores s) {
        if (before == null) {
            before = s.entities().revision(entityId)
                    .orElseThrow(() -> new IllegalArgumentException("The entity " + entityId + " no longer exists."));
            after = write(s, removing, before.number(), new Revision(0, by, clock.instant()));
        } else {
            // Redo: back to the very revision the first apply gave, so later steps on the entity still apply.
            write(s, removing, before.number(), after);
        }
        return Change.none().withEntities();
    }

    @Override
    public Change revert(Stores s) {
        write(s, !removing, after.number(), before);
        return Change.none().withEntities();
    }

    private Revision write(Stores s, boolean exclude, long expected, Revision next) {
        return exclude ? s.entities().forms().exclude(entityId, form, expected, next)
                : s.entities().forms().allow(entityId, form.key(), expected, next);
    }

    @Override
    public String describe() {
        return (removing ? "remove form «" : "restore form «") + Quotes.shorten(form.form()) + "»";
    }
}
