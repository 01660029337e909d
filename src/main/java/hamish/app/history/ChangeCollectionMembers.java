package hamish.app.history;

import hamish.model.CollectionMember;
import hamish.model.Revision;
import hamish.store.Stores;
import java.time.Clock;
import java.util.List;

/**
 * Puts documents into a collection or takes them out. The collection's revision guards both directions, so an
 * undo never takes out a document someone else put in since, nor puts back one they took out. A removal
 * remembers when each document had been added, and its undo restores that.
 */
public final class ChangeCollectionMembers implements Step {

    private final long id;
    private final String name;
    private final boolean adding;
    private final List<Long> documentIds;
    private final String by;
    private final Clock clock;
    private List<CollectionMember> members;
    private Revision before;
    private Revision after;

    private ChangeCollectionMembers(long collectionId, String name, boolean adding, List<Long> documentIds, String by, Clock clock) {
        this.id = collectionId;
        this.name = name;
        this.adding = adding;
        this.documentIds = List.copyOf(documentIds);
        this.by = by;
        this.clock = clock;
    }

    /** Puts {@code documentIds} (none of them in it yet) into collection {@code collectionId}, named {@code name}. */
    public static ChangeCollectionMembers add(long collectionId, String name, List<Long> documentIds, String by, Clock clock) {
        return new ChangeCollectionMembers(collectionId, name, true, documentIds, by, clock);
    }

    /** Takes {@code documentIds} (all of them in it) out of collection {@code collectionId}. */
    public static ChangeCollectionMembers remove(long collectionId, String name, List<Long> documentIds, String by, Clock clock) {
        return new ChangeCollectionMembers(collectionId, name, false, documentIds, by, clock);
    }

    @Override
    public Change apply(Stores s) {
        if (before == null) {
            before = s.collections().revision(id).orElseThrow(() -> new IllegalArgumentException("Collection " + id + " does not exist."));
            members = adding ? documentIds.stream().map(d -> new CollectionMember(d, clock.instant())).toList()
                    : s.collections().members(id).stream().filter(m -> documentIds.contains(m.documentId())).toList();
            after = write(s, adding, before.number(), new Revision(0, by, clock.instant()));
        } else {
            // Redo: back to the very revision the first apply gave, so later steps on the collection still apply.
            write(s, adding, before.number(), after);
        }
        return Change.none();
    }

    @Override
    public Change revert(Stores s) {
        write(s, !adding, after.number(), before);
        return Change.none();
    }

    private Revision write(Stores s, boolean put, long expected, Revision next) {
        return put ? s.collections().addDocuments(id, members, expected, next)
                : s.collections().removeDocuments(id, members.stream().map(CollectionMember::documentId).toList(), expected, next);
    }

    @Override
    public String describe() {
        int n = documentIds.size();
        String what = n == 1 ? "1 document" : n + " documents";
        return (adding ? "add " + what + " to «" : "remove " + what + " from «") + Quotes.shorten(name) + "»";
    }
}
