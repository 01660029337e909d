package hamish.store;

import hamish.model.Entity;

/** The entity {@link EntityStore#findOrCreate} returned, and whether that call created it. */
public record EntityCreation(Entity entity, boolean created) {
}
