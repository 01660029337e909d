package hamish.store;

import hamish.model.CollectionMember;
import hamish.model.DocumentCollection;
import hamish.model.Revision;
import hamish.text.ArabicNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collections of documents (tables {@code collection} and {@code collection_document}, migration 6). A
 * collection's revision versions its name and its membership together: every write is made only while the
 * collection is at the revision the caller expects and leaves it at the revision the caller names (a fresh one
 * when its number is 0), so the edit history's undo and redo return it to revisions it had (ADR 9).
 */
public final class CollectionStore {

    private static final String COLUMNS = "c.id, c.name, c.created, "
            + "(SELECT count(*) FROM collection_document m WHERE m.collection_id = c.id) AS size";

    private final Database database;

    CollectionStore(Database database) {
        this.database = database;
    }

    /** The key two names must not share: folded as search folds (hamza, harakat, tatweel, case), stripped. */
    public static String key(String name) {
        return ArabicNormalizer.fold(name.strip());
    }

    /** Every collection, by name as folded (so hamza forms do not scatter them), with its size. */
    public List<DocumentCollection> list() {
        return database.read(c -> {
            List<DocumentCollection> all = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM collection c");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.add(collection(rows));
                }
            }
            all.sort(Comparator.comparing((DocumentCollection d) -> key(d.name())).thenComparingLong(DocumentCollection::id));
            return all;
        });
    }

    public Optional<DocumentCollection> get(long id) {
        return database.read(c -> get(c, id));
    }

    /** The collection whose name folds to the same key as {@code name}. */
    public Optional<DocumentCollection> findByName(String name) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM collection c WHERE c.name_key = ?")) {
                query.setString(1, key(name));
                return one(query);
            }
        });
    }

    /** The documents of a collection, in the order they were added. */
    public List<CollectionMember> members(long id) {
        return database.read(c -> members(c, id));
    }

    /** The ids of the documents of a collection, in the order they were added. */
    public List<Long> documentIds(long id) {
        return members(id).stream().map(CollectionMember::documentId).toList();
    }

    /** The collection's revision and last writer; empty when it does not exist. */
    public Optional<Revision> revision(long id) {
        return database.read(c -> revision(c, id));
    }

    /**
     * A new, empty collection named {@code name}, at revision {@code next} (a fresh one when its number is 0).
     * Throws {@link StoreException} when a collection with that name (folded) exists.
     */
    public DocumentCollection insert(String name, Instant created, Revision next) {
        return database.inTransaction(c -> {
            refuseTakenName(c, name, 0);
            long id;
            try (PreparedStatement insert = Rows.prepareInsert(c, 
                    "INSERT INTO collection (name, name_key, created, revision, changed_by, updated) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, key(name));
                Rows.setInstant(insert, 3, created);
                insert.setLong(4, next.number() == 0 ? Revisions.next(c) : next.number());
                insert.setString(5, next.changedBy());
                Rows.setInstant(insert, 6, next.at());
                id = Rows.insertReturningId(insert);
            }
            return get(c, id).orElseThrow();
        });
    }

    /**
     * Puts a deleted collection back under its id, at {@code revision}, with those of {@code members} whose
     * documents still exist (a document deleted meanwhile cannot come back with it). Throws {@link StoreException}
     * when its name was taken since.
     */
    public DocumentCollection restore(DocumentCollection collection, List<CollectionMember> members, Revision revision) {
        return database.inTransaction(c -> {
            refuseTakenName(c, collection.name(), 0);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO collection (id, name, name_key, created, revision, changed_by, updated) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, collection.id());
                insert.setString(2, collection.name());
                insert.setString(3, key(collection.name()));
                Rows.setInstant(insert, 4, collection.created());
                insert.setLong(5, revision.number());
                insert.setString(6, revision.changedBy());
                Rows.setInstant(insert, 7, revision.at());
                insert.executeUpdate();
            }
            insertMembers(c, collection.id(), members);
            return get(c, collection.id()).orElseThrow();
        });
    }

    /** Renames a collection; refused as {@link #addDocuments} is, or when another collection has the name. */
    public Revision rename(long id, String name, long expected, Revision next) {
        return database.inTransaction(c -> {
            refuseTakenName(c, name, id);
            Revision now = stamp(c, id, expected, next);
            try (PreparedStatement update = c.prepareStatement("UPDATE collection SET name = ?, name_key = ? WHERE id = ?")) {
                update.setString(1, name);
                update.setString(2, key(name));
                update.setLong(3, id);
                update.executeUpdate();
            }
            return now;
        });
    }

    /** Deletes a collection and its memberships (not its documents), only while it is at revision {@code expected}. */
    public void delete(long id, long expected) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM collection WHERE id = ? AND revision = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, expected);
                if (delete.executeUpdate() == 0) {
                    throw new StaleRowException("collection", id, revision(c, id));
                }
            }
            return null;
        });
    }

    /**
     * Puts documents into a collection. Throws {@link StaleRowException} when the collection is gone or not at
     * revision {@code expected}, and {@link StoreException} when one of the documents does not exist or is in it
     * already; either way nothing is written. Returns the collection's revision now.
     */
    public Revision addDocuments(long id, List<CollectionMember> members, long expected, Revision next) {
        return database.inTransaction(c -> {
            Revision now = stamp(c, id, expected, next);
            for (CollectionMember m : members) {
                if (!Rows.exists(c, "document", m.documentId())) {
                    throw new StoreException("document " + m.documentId() + " does not exist");
                }
                if (Rows.count(c, "SELECT count(*) FROM collection_document WHERE collection_id = ? AND document_id = ?",
                        id, m.documentId()) > 0) {
                    throw new StoreException("document " + m.documentId() + " is already in collection " + id);
                }
            }
            insertMembers(c, id, members);
            return now;
        });
    }

    /** Takes documents out of a collection, refused as {@link #addDocuments} is, or when one is not in it. */
    public Revision removeDocuments(long id, List<Long> documentIds, long expected, Revision next) {
        return database.inTransaction(c -> {
            Revision now = stamp(c, id, expected, next);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM collection_document WHERE collection_id = ? AND document_id = ?")) {
                for (long documentId : documentIds) {
                    delete.setLong(1, id);
                    delete.setLong(2, documentId);
                    if (delete.executeUpdate() == 0) {
                        throw new StoreException("document " + documentId + " is not in collection " + id);
                    }
                }
            }
            return now;
        });
    }

    private static void insertMembers(Connection c, long id, List<CollectionMember> members) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO collection_document (collection_id, document_id, added) "
                + "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM document WHERE id = ?)")) {
            for (CollectionMember m : members) {
                insert.setLong(1, id);
                insert.setLong(2, m.documentId());
                Rows.setInstant(insert, 3, m.added());
                insert.setLong(4, m.documentId());
                insert.executeUpdate();
            }
        }
    }

    private static void refuseTakenName(Connection c, String name, long exceptId) throws SQLException {
        if (key(name).isEmpty()) {
            throw new StoreException("a collection needs a name");
        }
        try (PreparedStatement query = c.prepareStatement("SELECT id, name FROM collection WHERE name_key = ? AND id <> ?")) {
            query.setString(1, key(name));
            query.setLong(2, exceptId);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new StoreException("there is already a collection named \"" + rows.getString(2) + "\" (" + rows.getLong(1) + ")");
                }
            }
        }
    }

    /** Checks the collection is at {@code expected} and puts it at {@code next} (a fresh revision when its number is 0). */
    private static Revision stamp(Connection c, long id, long expected, Revision next) throws SQLException {
        long number = next.number() == 0 ? Revisions.next(c) : next.number();
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE collection SET revision = ?, changed_by = ?, updated = ? WHERE id = ? AND revision = ?")) {
            update.setLong(1, number);
            update.setString(2, next.changedBy());
            Rows.setInstant(update, 3, next.at());
            update.setLong(4, id);
            update.setLong(5, expected);
            if (update.executeUpdate() == 0) {
                throw new StaleRowException("collection", id, revision(c, id));
            }
        }
        return new Revision(number, next.changedBy(), next.at());
    }

    private static Optional<DocumentCollection> get(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM collection c WHERE c.id = ?")) {
            query.setLong(1, id);
            return one(query);
        }
    }

    private static List<CollectionMember> members(Connection c, long id) throws SQLException {
        List<CollectionMember> members = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT document_id, added FROM collection_document WHERE collection_id = ? ORDER BY added, document_id")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.add(new CollectionMember(rows.getLong(1), Rows.instant(rows, "added")));
                }
            }
        }
        return members;
    }

    private static Optional<Revision> revision(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT revision, changed_by, updated FROM collection WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Revision(rows.getLong(1), rows.getString(2), Rows.instant(rows, "updated")))
                        : Optional.empty();
            }
        }
    }

    private static Optional<DocumentCollection> one(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(collection(rows)) : Optional.empty();
        }
    }

    private static DocumentCollection collection(ResultSet rows) throws SQLException {
        return new DocumentCollection(rows.getLong("id"), rows.getString("name"), Rows.instant(rows, "created"), rows.getInt("size"));
    }
}
