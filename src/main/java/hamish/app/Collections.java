package hamish.app;

import hamish.app.history.Change;
import hamish.app.history.ChangeCollectionMembers;
import hamish.app.history.CreateCollection;
import hamish.app.history.DeleteCollection;
import hamish.app.history.EditHistory;
import hamish.app.history.RenameCollection;
import hamish.model.DocumentCollection;
import hamish.model.DocumentSummary;
import hamish.store.CollectionStore;
import hamish.store.Stores;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collections of documents, as the library and {@code hamish collection} use them: create, rename, delete, put
 * documents in and take them out, each one undoable step of the {@link Origin}'s scope; and what a collection
 * holds, with its reports counted per outlet. Names are checked and cleaned here for both (one line, NFC, not
 * blank); two names that fold alike (hamza, harakat, case) are one name.
 */
public final class Collections {

    /** Longer names are refused: a collection's name is a label in a chooser, not a description. */
    public static final int MAX_NAME_LENGTH = 200;

    /** A collection's documents (in the library's default order) and how many of them each outlet has. */
    public record Contents(DocumentCollection collection, List<DocumentSummary> documents, List<DocumentListing.OutletCount> outlets) {
    }

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;

    public Collections(Stores stores, EditHistory history, Clock clock) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
    }

    public List<DocumentCollection> list() {
        return stores.collections().list();
    }

    /** The collection with this id (digits only) or name (folded). */
    public Optional<DocumentCollection> find(String idOrName) {
        String v = idOrName.strip();
        if (v.matches("\\d{1,18}")) {
            Optional<DocumentCollection> byId = stores.collections().get(Long.parseLong(v));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return stores.collections().findByName(v);
    }

    public DocumentCollection create(Origin origin, String name) {
        String clean = checkName(name);
        refuseTaken(clean, 0);
        CreateCollection step = new CreateCollection(clean, origin.writer(), clock);
        history.run(step, origin.scope(), stores);
        return step.created();
    }

    /** Renames the collection; the same name (as typed) makes no step. */
    public Change rename(Origin origin, long collectionId, String newName) {
        DocumentCollection c = existing(collectionId);
        String clean = checkName(newName);
        if (clean.equals(c.name())) {
            return Change.none();
        }
        refuseTaken(clean, collectionId);
        return history.run(new RenameCollection(collectionId, clean, origin.writer(), clock), origin.scope(), stores);
    }

    public Change delete(Origin origin, long collectionId) {
        existing(collectionId);
        return history.run(new DeleteCollection(collectionId), origin.scope(), stores);
    }

    /**
     * Puts the documents into the collection; those already in it are skipped, and when all are, no step is made.
     * Returns how many were added. Throws IllegalArgumentException naming a document that does not exist.
     */
    public int add(Origin origin, long collectionId, List<Long> documentIds) {
        DocumentCollection c = existing(collectionId);
        Set<Long> in = new HashSet<>(stores.collections().documentIds(collectionId));
        Set<Long> known = new HashSet<>(stores.documents().list().stream().map(DocumentSummary::id).toList());
        Set<Long> wanted = new LinkedHashSet<>();
        for (long id : documentIds) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("Document " + id + " does not exist.");
            }
            if (!in.contains(id)) {
                wanted.add(id);
            }
        }
        if (!wanted.isEmpty()) {
            history.run(ChangeCollectionMembers.add(collectionId, c.name(), List.copyOf(wanted), origin.writer(), clock), origin.scope(), stores);
        }
        return wanted.size();
    }

    /** Takes the documents out of the collection; those not in it are skipped. Returns how many were taken out. */
    public int remove(Origin origin, long collectionId, List<Long> documentIds) {
        DocumentCollection c = existing(collectionId);
        Set<Long> in = new HashSet<>(stores.collections().documentIds(collectionId));
        List<Long> out = new LinkedHashSet<>(documentIds).stream().filter(in::contains).toList();
        if (!out.isEmpty()) {
            history.run(ChangeCollectionMembers.remove(collectionId, c.name(), out, origin.writer(), clock), origin.scope(), stores);
        }
        return out.size();
    }

    /** What the collection holds, read on one snapshot so the counts match the list. */
    public Contents contents(long collectionId) {
        return stores.readConsistently(() -> {
            DocumentCollection c = existing(collectionId);
            List<DocumentSummary> documents = DocumentListing.inCollection(stores.documents().list(),
                    new HashSet<>(stores.collections().documentIds(collectionId)));
            return new Contents(c, documents, DocumentListing.outletCounts(documents));
        });
    }

    /** A name cleaned (one line, NFC, stripped) and checked; IllegalArgumentException says what is wrong with it. */
    public static String checkName(String name) {
        String clean = DocumentDetails.oneLine(name == null ? "" : name);
        if (CollectionStore.key(clean).isEmpty()) {
            throw new IllegalArgumentException("A collection needs a name (given: “" + (name == null ? "" : name) + "”).");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The collection name “" + clean.substring(0, clean.offsetByCodePoints(0, 40)) + "…” is "
                    + clean.length() + " characters long; at most " + MAX_NAME_LENGTH + " fit.");
        }
        return clean;
    }

    private void refuseTaken(String name, long exceptId) {
        stores.collections().findByName(name).filter(other -> other.id() != exceptId).ifPresent(other -> {
            throw new IllegalArgumentException("There is already a collection named “" + other.name() + "” (" + other.id() + ").");
        });
    }

    private DocumentCollection existing(long collectionId) {
        return stores.collections().get(collectionId)
                .orElseThrow(() -> new IllegalArgumentException("Collection " + collectionId + " does not exist."));
    }
}
