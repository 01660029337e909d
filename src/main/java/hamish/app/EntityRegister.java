package hamish.app;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.EntityCreation;
import hamish.store.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeping the list of entities by hand, for {@code hamish entity list|add|alias}: list them with their
 * mention counts, find or create one by name, give one more names. Merging two is {@link Linking#merge}.
 * Names are checked here, so every caller refuses the same ones.
 */
public final class EntityRegister {

    /** An entity and how many annotations name it. */
    public record Listed(Entity entity, int mentions) {
    }

    private final Stores stores;
    private final Clock clock;

    public EntityRegister(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Every entity, by name, with its mention count. */
    public List<Listed> list() {
        Map<Long, Integer> counts = stores.entities().mentionCounts();
        List<Listed> listed = new ArrayList<>();
        for (Entity e : stores.entities().list()) {
            listed.add(new Listed(e, counts.getOrDefault(e.id(), 0)));
        }
        return listed;
    }

    /**
     * The entity of that name (by its name or an alias, folded), or a new one of {@code type}; either way
     * {@code aliases} are added to it. An existing entity keeps its type: the caller sees it in the answer.
     *
     * @throws IllegalArgumentException for a name or alias without a letter
     */
    public EntityCreation add(Origin origin, String name, EntityType type, List<String> aliases) {
        requireLetter(name, "name");
        aliases.forEach(a -> requireLetter(a, "alias"));
        EntityCreation found = stores.entities().findOrCreate(name.strip(), type, origin.writer());
        Entity e = aliases.isEmpty() ? found.entity() : alias(origin, found.entity(), aliases);
        return new EntityCreation(e, found.created());
    }

    /**
     * Adds {@code forms} to the entity's aliases; forms it already has (folded) are skipped.
     *
     * @throws IllegalArgumentException for a form without a letter
     */
    public Entity alias(Origin origin, Entity entity, List<String> forms) {
        requireLetters(forms);
        return stores.entities().addAliases(entity.id(), forms, origin.writer(), clock.instant());
    }

    /**
     * Checks forms before they are given to {@link #alias}, so a batch can refuse one line rather than fail whole.
     *
     * @throws IllegalArgumentException for a form without a letter
     */
    public static void requireLetters(List<String> forms) {
        forms.forEach(f -> requireLetter(f, "alias"));
    }

    /** A name of digits, punctuation or marks alone (١٢٣, «»، ـــ) cannot tell one entity from another. */
    private static void requireLetter(String value, String what) {
        // Tatweel (ـ) counts as a letter to Java, but it only stretches the letters beside it.
        if (value == null || value.codePoints().noneMatch(cp -> cp != 'ـ' && Character.isLetter(cp))) {
            throw new IllegalArgumentException("\"" + (value == null ? "" : value.strip()) + "\" has no letters to "
                    + (what.equals("name") ? "name an entity by" : "be an alias"));
        }
    }
}
