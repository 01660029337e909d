package hamish.app.history;

import hamish.model.Entity;
import hamish.model.Revision;
import hamish.store.Stores;
import hamish.text.NameForm;
import java.time.Clock;
import java.util.List;

/**
 * Deletes one alias of an entity (every alias with the same folded key: أوستن and اوستن are one name), so
 * neither it nor the forms generated from it are proposed any more. Undo gives the entity back its aliases in
 * their order; both directions are guarded by the entity's revision, as every entity change (ADR 9).
 */
public final class RemoveAlias implements Step {

    private final long entityId;
    private final String alias;
    private final String by;
    private final Clock clock;
    private List<String> aliasesBefore;
    private List<String> aliasesAfter;
    private Revision before;
    private Revision after;

    public RemoveAlias(long entityId, String alias, String by, Clock clock) {
        this.entityId = entityId;
        this.alias = alias.strip();
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        if (before == null) {
            Entity e = s.entities().get(entityId)
                    .orElseThrow(() -> new IllegalArgumentException("The entity " + entityId + " no longer exists."));
            String key = NameForm.keyOf(alias);
            aliasesBefore = e.aliases();
            aliasesAfter = aliasesBefore.stream().filter(a -> !NameForm.keyOf(a).equals(key)).toList();
            if (aliasesAfter.size() == aliasesBefore.size()) {
                throw new IllegalArgumentException("«" + alias + "» is not an alias of «" + e.canonicalName() + "».");
            }
            before = s.entities().revision(entityId).orElseThrow();
            after = s.entities().forms().setAliases(entityId, aliasesAfter, before.number(), new Revision(0, by, clock.instant()));
        } else {
            s.entities().forms().setAliases(entityId, aliasesAfter, before.number(), after);
        }
        return Change.none().withEntities();
    }

    @Override
    public Change revert(Stores s) {
        s.entities().forms().setAliases(entityId, aliasesBefore, after.number(), before);
        return Change.none().withEntities();
    }

    @Override
    public String describe() {
        return "remove alias «" + Quotes.shorten(alias) + "»";
    }
}
