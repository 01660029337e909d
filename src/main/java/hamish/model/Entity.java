package hamish.model;

import java.util.List;
import java.util.Objects;

/** A person, organisation or place mentioned across articles, with the other spellings users confirmed. */
public record Entity(long id, String canonicalName, EntityType type, List<String> aliases) {

    public Entity {
        Objects.requireNonNull(type, "type");
        if (canonicalName == null || canonicalName.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        canonicalName = canonicalName.strip();
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Entity withId(long newId) {
        return new Entity(newId, canonicalName, type, aliases);
    }

    public Entity withAliases(List<String> newAliases) {
        return new Entity(id, canonicalName, type, newAliases);
    }
}
