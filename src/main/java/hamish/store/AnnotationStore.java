package hamish.store;

import hamish.model.Annotation;
import hamish.model.AnnotationSpan;
import hamish.model.Revision;
import hamish.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Annotations of documents. Every write checks that the quote is exactly the document's text at the
 * span, so a stored annotation can never point at characters other than the ones the user tagged.
 */
public final class AnnotationStore {

    /** In this order: {@link #annotation(ResultSet)} reads them by position. */
    private static final String COLUMNS = "id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, "
            + "entity_id, speaker_entity_id, note, author, created, updated";

    private final Database database;
    private final String origin;
    private final DocumentTextCache textCache = new DocumentTextCache();

    public AnnotationStore(Database database) {
        this(database, "");
    }

    /** {@code origin} names who writes through this store when a call does not say ("command line"). */
    public AnnotationStore(Database database, String origin) {
        this.database = database;
        this.origin = origin;
    }

    /** Stores {@code a} under a new id (any id it carries is ignored). */
    public Annotation insert(Annotation a) {
        return database.inTransaction(c -> insert(c, a, false, new HashMap<>(), 0, origin));
    }

    /** Stores the whole batch in one transaction: all of it, or none of it when one annotation is refused. */
    public List<Annotation> insertAll(List<Annotation> batch) {
        return insertAll(batch, origin);
    }

    /** As {@link #insertAll(List)}, each row written by {@code by}. */
    public List<Annotation> insertAll(List<Annotation> batch, String by) {
        return database.inTransaction(c -> {
            Map<Long, String> texts = new HashMap<>();
            List<Annotation> stored = new ArrayList<>(batch.size());
            for (Annotation a : batch) {
                stored.add(insert(c, a, false, texts, 0, by));
            }
            return stored;
        });
    }

    /** Re-inserts a deleted annotation under its old id, for undo. Ids are never reused, so it is free. */
    public Annotation restore(Annotation a) {
        return restore(a, 0, origin);
    }

    /**
     * Re-inserts a deleted annotation under its old id at {@code revision}, the one it had when it was
     * deleted: it is that very content again, so steps that expect it there may apply (0: a fresh one).
     */
    public Annotation restore(Annotation a, long revision, String by) {
        if (a.id() <= 0) {
            throw new IllegalArgumentException("only a stored annotation can be restored, this one has id " + a.id());
        }
        return database.inTransaction(c -> {
            if (Rows.exists(c, "annotation", a.id())) {
                throw new StoreException("annotation " + a.id() + " already exists; it was not restored");
            }
            return insert(c, a, true, new HashMap<>(), revision, by);
        });
    }

    /**
     * Puts back a deleted orphan (an annotation a text correction could not place) under its id and
     * revision, still orphaned: its old quote no longer matches the text, so it is not checked against it.
     */
    public Annotation restoreOrphan(Annotation a, long revision, String by) {
        return database.inTransaction(c -> {
            if (Rows.exists(c, "annotation", a.id())) {
                throw new StoreException("annotation " + a.id() + " already exists; it was not restored");
            }
            if (!Rows.exists(c, "document", a.documentId())) {
                throw new StoreException("document " + a.documentId() + " does not exist; the annotation was not restored");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO annotation (document_id, start_offset, end_offset, "
                    + "quote, prefix, suffix, tag_id, entity_id, speaker_entity_id, note, author, created, updated, revision, "
                    + "changed_by, id, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                bind(insert, a);
                insert.setLong(14, revision);
                insert.setString(15, by);
                insert.setLong(16, a.id());
                insert.executeUpdate();
            }
            return a;
        });
    }

    /** Whether the annotation is an orphan of a text correction; false when it does not exist. */
    public boolean isOrphan(long id) {
        return database.read(c -> Rows.count(c, "SELECT count(*) FROM annotation WHERE id = ? AND orphaned = 1", id) > 0);
    }

    /**
     * Moves an annotation to another span (placing an orphan, or undoing that), only while it is at revision
     * {@code expected}: span, quote and context are written, and the orphan flag set as given; a placed
     * annotation is checked against the text like any other. The row is then at {@code next} (0: fresh).
     */
    public Annotation move(Annotation to, boolean orphaned, long expected, Revision next) {
        return database.inTransaction(c -> {
            if (!orphaned) {
                check(c, to, new HashMap<>());
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE annotation SET start_offset = ?, end_offset = ?, "
                    + "quote = ?, prefix = ?, suffix = ?, orphaned = ?, updated = ?, revision = ?, changed_by = ? "
                    + "WHERE id = ? AND revision = ?")) {
                update.setInt(1, to.start());
                update.setInt(2, to.end());
                update.setString(3, to.quote());
                update.setString(4, to.prefix());
                update.setString(5, to.suffix());
                update.setInt(6, orphaned ? 1 : 0);
                Rows.setInstant(update, 7, next.at());
                update.setLong(8, next.number() == 0 ? Revisions.next(c) : next.number());
                update.setString(9, next.changedBy());
                update.setLong(10, to.id());
                update.setLong(11, expected);
                if (update.executeUpdate() == 0) {
                    throw new StaleRowException("annotation", to.id(), revision(c, to.id()));
                }
            }
            return get(c, to.id()).orElseThrow();
        });
    }

    /** Saves every field of an existing annotation (span and quote are checked again); an orphan saved so is placed again. */
    public Annotation update(Annotation a) {
        return database.inTransaction(c -> {
            check(c, a, new HashMap<>());
            try (PreparedStatement update = c.prepareStatement("UPDATE annotation SET document_id = ?, start_offset = ?, "
                    + "end_offset = ?, quote = ?, prefix = ?, suffix = ?, tag_id = ?, entity_id = ?, speaker_entity_id = ?, "
                    + "note = ?, author = ?, created = ?, updated = ?, orphaned = 0, revision = ?, changed_by = ? "
                    + "WHERE id = ?")) {
                bind(update, a);
                update.setLong(14, Revisions.next(c));
                update.setString(15, origin);
                update.setLong(16, a.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException("annotation " + a.id() + " does not exist; it was not saved");
                }
            }
            return a;
        });
    }

    /**
     * Writes the fields in which {@code after} differs from {@code before} (tag, entity, speaker, note, author)
     * and nothing else, only while the row is at revision {@code expected}; the row is then at
     * {@code next} (its number, writer and time: an undo or redo gives back a revision the row had), or
     * at a fresh revision by {@code next}'s writer and time when {@code next.number()} is 0. Throws
     * {@link StaleRowException}, writing nothing, when the row is gone or at another revision. Returns
     * the annotation as stored.
     */
    public Annotation updateFields(Annotation before, Annotation after, long expected, Revision next) {
        if (before.id() != after.id()) {
            throw new IllegalArgumentException("before and after are different annotations");
        }
        return database.inTransaction(c -> {
            // One fixed statement: each field is written only when it is one the step changed (the odd
            // parameters), so a change made meanwhile to another field could never be overwritten by it.
            try (PreparedStatement update = c.prepareStatement("UPDATE annotation SET "
                    + "tag_id = CASE WHEN ? THEN ? ELSE tag_id END, "
                    + "entity_id = CASE WHEN ? THEN ? ELSE entity_id END, "
                    + "speaker_entity_id = CASE WHEN ? THEN ? ELSE speaker_entity_id END, "
                    + "note = CASE WHEN ? THEN ? ELSE note END, "
                    + "author = CASE WHEN ? THEN ? ELSE author END, "
                    + "updated = ?, revision = ?, changed_by = ? WHERE id = ? AND revision = ?")) {
                update.setBoolean(1, before.tagId() != after.tagId());
                update.setLong(2, after.tagId());
                update.setBoolean(3, !java.util.Objects.equals(before.entityId(), after.entityId()));
                Rows.setNullableLong(update, 4, after.entityId());
                update.setBoolean(5, !java.util.Objects.equals(before.speakerEntityId(), after.speakerEntityId()));
                Rows.setNullableLong(update, 6, after.speakerEntityId());
                update.setBoolean(7, !before.note().equals(after.note()));
                update.setString(8, after.note());
                update.setBoolean(9, !before.author().equals(after.author()));
                update.setString(10, after.author());
                Rows.setInstant(update, 11, next.at());
                update.setLong(12, next.number() == 0 ? Revisions.next(c) : next.number());
                update.setString(13, next.changedBy());
                update.setLong(14, after.id());
                update.setLong(15, expected);
                if (update.executeUpdate() == 0) {
                    throw new StaleRowException("annotation", after.id(), revision(c, after.id()));
                }
            }
            if (after.entityId() != null || after.speakerEntityId() != null) {
                for (Long entity : new Long[] {after.entityId(), after.speakerEntityId()}) {
                    if (entity != null && !Rows.exists(c, "entity", entity)) {
                        throw new StoreException("entity " + entity + " does not exist; the annotation was not saved");
                    }
                }
            }
            return get(c, after.id()).orElseThrow();
        });
    }

    /** Deletes the annotation and its links; an absent id is ignored. */
    public void delete(long id) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the annotation (and its links) only while it is at revision {@code expected}; else {@link StaleRowException}. */
    public void delete(long id, long expected) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE id = ? AND revision = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, expected);
                if (delete.executeUpdate() == 0) {
                    throw new StaleRowException("annotation", id, revision(c, id));
                }
            }
            return null;
        });
    }

    /** The row's revision and last writer; empty when it does not exist. */
    public Optional<Revision> revision(long id) {
        return database.read(c -> revision(c, id));
    }

    static Optional<Revision> revision(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT revision, changed_by, updated FROM annotation WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Revision(rows.getLong(1), rows.getString(2), Rows.instant(rows, "updated")))
                        : Optional.empty();
            }
        }
    }

    public Optional<Annotation> get(long id) {
        return database.read(c -> get(c, id));
    }

    private static Optional<Annotation> get(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(annotation(rows)) : Optional.empty();
            }
        }
    }

    /** The document's annotations in reading order (by start, then end), without its orphans. */
    public List<Annotation> forDocument(long documentId) {
        return forDocument(documentId, false);
    }

    /**
     * The annotations a correction of the document's text could not place ({@link TextCorrection}): kept
     * with their old quote and offsets (which no longer point at that quote) until the user places them
     * with {@link #update} or deletes them.
     */
    public List<Annotation> orphans(long documentId) {
        return forDocument(documentId, true);
    }

    private List<Annotation> forDocument(long documentId, boolean orphaned) {
        return database.read(c -> {
            List<Annotation> annotations = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE document_id = ? "
                    + "AND orphaned = ? ORDER BY start_offset, end_offset, id")) {
                query.setLong(1, documentId);
                query.setInt(2, orphaned ? 1 : 0);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        annotations.add(annotation(rows));
                    }
                }
            }
            return annotations;
        });
    }

    /**
     * The ids, spans and tags of {@link #forDocument}'s annotations, in the same order: four numbers a row instead of
     * fourteen columns with their texts and times, for a reader that draws the highlights before the rest is read.
     */
    public List<AnnotationSpan> spansForDocument(long documentId) {
        return database.read(c -> {
            List<AnnotationSpan> spans = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, start_offset, end_offset, tag_id FROM annotation "
                    + "WHERE document_id = ? AND orphaned = 0 ORDER BY start_offset, end_offset, id")) {
                query.setLong(1, documentId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        spans.add(new AnnotationSpan(rows.getLong(1), new Span(rows.getInt(2), rows.getInt(3)), rows.getLong(4)));
                    }
                }
            }
            return spans;
        });
    }

    public int count() {
        return database.read(c -> Rows.count(c, "SELECT count(*) FROM annotation"));
    }

    private Annotation insert(Connection c, Annotation a, boolean keepId, Map<Long, String> texts, long revision, String by)
            throws SQLException {
        check(c, a, texts);
        String sql = "INSERT INTO annotation (document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, entity_id, "
                + "speaker_entity_id, note, author, created, updated, revision, changed_by" + (keepId ? ", id" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (keepId ? ", ?" : "") + ")";
        try (PreparedStatement insert = Rows.prepareInsert(c, sql)) {
            bind(insert, a);
            insert.setLong(14, revision == 0 ? Revisions.next(c) : revision);
            insert.setString(15, by);
            if (keepId) {
                insert.setLong(16, a.id());
            }
            long id = Rows.insertReturningId(insert);
            return a.withId(id);
        }
    }

    /** Refuses an annotation whose document, tag or entities are missing, or whose quote is not the text at its span. */
    private void check(Connection c, Annotation a, Map<Long, String> texts) throws SQLException {
        String text = texts.containsKey(a.documentId()) ? texts.get(a.documentId()) : textCache.text(c, a.documentId());
        if (text == null) {
            throw new StoreException("document " + a.documentId() + " does not exist; the annotation was not saved");
        }
        texts.put(a.documentId(), text);
        Span span = a.span();
        if (span.end() > text.length()) {
            throw new StoreException("annotation " + span + " is past the end of document " + a.documentId()
                    + "'s text (" + text.length() + " chars)");
        }
        WholeCodePoints.require(text, a);
        if (!text.substring(span.start(), span.end()).equals(a.quote())) {
            throw new StoreException("annotation " + span + " does not match document " + a.documentId() + "'s text");
        }
        if (!Rows.exists(c, "tag", a.tagId())) {
            throw new StoreException("tag " + a.tagId() + " does not exist; the annotation was not saved");
        }
        for (Long entity : new Long[] {a.entityId(), a.speakerEntityId()}) {
            if (entity != null && !Rows.exists(c, "entity", entity)) {
                throw new StoreException("entity " + entity + " does not exist; the annotation was not saved");
            }
        }
    }

    private static void bind(PreparedStatement statement, Annotation a) throws SQLException {
        statement.setLong(1, a.documentId());
        statement.setInt(2, a.start());
        statement.setInt(3, a.end());
        statement.setString(4, a.quote());
        statement.setString(5, a.prefix());
        statement.setString(6, a.suffix());
        statement.setLong(7, a.tagId());
        Rows.setNullableLong(statement, 8, a.entityId());
        Rows.setNullableLong(statement, 9, a.speakerEntityId());
        statement.setString(10, a.note());
        statement.setString(11, a.author());
        Rows.setInstant(statement, 12, a.created());
        Rows.setInstant(statement, 13, a.updated());
    }

    /**
     * One row of {@link #COLUMNS}, read by position: looking 14 labels up per row was a tenth of reading a
     * document's 5,000 annotations, and more before the JIT had compiled sqlite-jdbc's lookup.
     */
    private static Annotation annotation(ResultSet rows) throws SQLException {
        return new Annotation(rows.getLong(1), rows.getLong(2), new Span(rows.getInt(3), rows.getInt(4)), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getLong(8), Rows.nullableLong(rows, 9),
                Rows.nullableLong(rows, 10), rows.getString(11), rows.getString(12),
                Rows.instant(rows.getString(13)), Rows.instant(rows.getString(14)));
    }
}
