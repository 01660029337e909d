package hamish.app;

import hamish.model.Tag;
import hamish.store.Stores;
import java.util.List;

/**
 * Editing the tag palette. Not on the edit history (ADR 9): a tag is configuration, and deleting one that
 * annotations use is refused by the store rather than undone.
 */
public final class TagPalette {

    private TagPalette() {
    }

    /** Stores a new tag (id 0) or changes an existing one; returns the palette as stored. */
    public static List<Tag> save(Stores stores, Tag tag) {
        return stores.inTransaction(() -> {
            if (tag.id() == 0) {
                stores.tags().insert(tag);
            } else {
                stores.tags().update(tag);
            }
            return stores.tags().list();
        });
    }

    public static List<Tag> delete(Stores stores, long tagId) {
        return stores.inTransaction(() -> {
            stores.tags().delete(tagId);
            return stores.tags().list();
        });
    }
}
