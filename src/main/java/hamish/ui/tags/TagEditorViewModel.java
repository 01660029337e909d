package hamish.ui.tags;

import hamish.app.TagPalette;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.ui.common.Catalog;
import hamish.ui.common.StoreSession;
import hamish.ui.common.UserMessages;

/**
 * Adds, changes and deletes tags. The store refuses to delete a tag that annotations use; its
 * message is shown as it is. Every change reloads the palette so chips and colours follow at once.
 */
public final class TagEditorViewModel {

    private final StoreSession session;
    private final Catalog catalog;

    public TagEditorViewModel(StoreSession session, Catalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    /** Saves a new tag ({@code id} 0) or changes an existing one; invalid input is shown, not thrown. */
    public boolean save(long id, String name, TagKind kind, EntityType entityType, String colour, String shortcut) {
        Tag tag;
        try {
            String key = shortcut == null || shortcut.isBlank() ? null : shortcut.strip();
            tag = new Tag(id, name, kind, kind == TagKind.ENTITY ? entityType : null, colour, key);
        } catch (IllegalArgumentException e) {
            session.notifier().error(UserMessages.describe(e));
            return false;
        }
        Tag toSave = tag;
        session.write(s -> TagPalette.save(s, toSave), catalog.tags()::setAll);
        return true;
    }

    public void delete(Tag tag) {
        session.write(s -> TagPalette.delete(s, tag.id()), catalog.tags()::setAll);
    }

    public Catalog catalog() {
        return catalog;
    }
}
