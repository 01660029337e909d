package hamish.app.history;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Revision;
import hamish.store.EntityCreation;
import hamish.store.Stores;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepts a discovered entity with all its forms, as one step: the entity of that name (found or created in
 * the same transaction) gets every form as an alias. Undo removes an entity the step created, if nothing
 * names it since, or puts back the aliases an existing entity had; redo brings it back under its id.
 */
public final class AcceptEntity implements Step {

    private final String name;
    private final EntityType type;
    private final List<String> forms;
    private final String by;
    private Entity before;
    private Entity after;
    private Revision createdRevision;

    public AcceptEntity(String name, EntityType type, List<String> forms, String by) {
        this.name = name.strip();
        this.type = type;
        this.forms = List.copyOf(forms);
        this.by = by;
    }

    @Override
    public Change apply(Stores s) {
        if (after == null) {
            EntityCreation found = s.entities().findOrCreate(name, type, by);
            before = found.created() ? null : found.entity();
            Set<String> aliases = new LinkedHashSet<>(found.entity().aliases());
            forms.stream().map(String::strip).filter(f -> !f.isEmpty() && !f.equals(found.entity().canonicalName())).forEach(aliases::add);
            after = s.entities().update(found.entity().withAliases(new ArrayList<>(aliases)));
            createdRevision = found.created() ? s.entities().revision(after.id()).orElseThrow() : null;
        } else if (createdRevision != null) {
            s.entities().restore(after, createdRevision);
        } else {
            s.entities().update(after);
        }
        return Change.none().withEntities();
    }

    @Override
    public Change revert(Stores s) {
        if (createdRevision != null) {
            s.entities().deleteUnused(after.id(), createdRevision.number());
        } else {
            s.entities().update(before);
        }
        return Change.none().withEntities();
    }

    @Override
    public String describe() {
        return "accept entity «" + Quotes.shorten(name) + "»";
    }

    /** The entity as the step left it, once applied. */
    public Entity entity() {
        return after;
    }

    public boolean createdEntity() {
        return createdRevision != null;
    }
}
