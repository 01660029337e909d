package hamish.app.history;

import hamish.model.CollectionMember;
import hamish.model.DocumentCollection;
import hamish.model.Revision;
import hamish.store.Stores;
import java.util.List;

/**
 * Deletes a collection (never its documents). Undo brings it back under its id, name, revision and members;
 * a document deleted meanwhile stays gone, and a name another collection took meanwhile refuses the undo.
 */
public final class DeleteCollection implements Step {

    private final long id;
    private DocumentCollection deleted;
    private List<CollectionMember> members;
    private Revision revision;

    public DeleteCollection(long collectionId) {
        this.id = collectionId;
    }

    @Override
    public Change apply(Stores s) {
        if (deleted == null) {
            deleted = s.collections().get(id).orElseThrow(() -> new IllegalArgumentException("Collection " + id + " does not exist."));
            members = s.collections().members(id);
            revision = s.collections().revision(id).orElseThrow();
        }
        s.collections().delete(id, revision.number());
        return Change.none();
    }

    @Override
    public Change revert(Stores s) {
        s.collections().restore(deleted, members, revision);
        return Change.none();
    }

    @Override
    public String describe() {
        return deleted == null ? "delete collection " + id : "delete collection «" + Quotes.shorten(deleted.name()) + "»";
    }
}
