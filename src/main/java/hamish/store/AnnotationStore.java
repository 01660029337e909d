package hamish.store;

import hamish.model.Annotation;
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

    private static final String COLUMNS = "id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, "
            + "entity_id, speaker_entity_id, note, author, created, updated";

    private final Database database;
    private final DocumentTextCache textCache = new DocumentTextCache();

    public AnnotationStore(Database database) {
        this.database = database;
    }

    /** Stores {@code a} under a new id (any id it carries is ignored). */
    public Annotation insert(Annotation a) {
        return database.inTransaction(c -> insert(c, a, false, new HashMap<>()));
    }

    /** Stores the whole batch in one transaction: all of it, or none of it when one annotation is refused. */
    public List<Annotation> insertAll(List<Annotation> batch) {
        return database.inTransaction(c -> {
            Map<Long, String> texts = new HashMap<>();
            List<Annotation> stored = new ArrayList<>(batch.size());
            for (Annotation a : batch) {
                stored.add(insert(c, a, false, texts));
            }
            return stored;
        });
    }

    /** Re-inserts a deleted annotation under its old id, for undo. Ids are never reused, so it is free. */
    public Annotation restore(Annotation a) {
        if (a.id() <= 0) {
            throw new IllegalArgumentException("only a stored annotation can be restored, this one has id " + a.id());
        }
        return database.inTransaction(c -> {
            if (Rows.exists(c, "annotation", a.id())) {
                throw new StoreException("annotation " + a.id() + " already exists; it was not restored");
            }
            return insert(c, a, true, new HashMap<>());
        });
    }

    /** Saves every field of an existing annotation (span and quote are checked again); an orphan saved so is placed again. */
    public Annotation update(Annotation a) {
        return database.inTransaction(c -> {
            check(c, a, new HashMap<>());
            try (PreparedStatement update = c.prepareStatement("UPDATE annotation SET document_id = ?, start_offset = ?, "
                    + "end_offset = ?, quote = ?, prefix = ?, suffix = ?, tag_id = ?, entity_id = ?, speaker_entity_id = ?, "
                    + "note = ?, author = ?, created = ?, updated = ?, orphaned = 0 WHERE id = ?")) {
                bind(update, a);
                update.setLong(14, a.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException("annotation " + a.id() + " does not exist; it was not saved");
                }
            }
            return a;
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

    public Optional<Annotation> get(long id) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(annotation(rows)) : Optional.<Annotation>empty();
                }
            }
        });
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

    public int count() {
        return database.read(c -> Rows.count(c, "SELECT count(*) FROM annotation"));
    }

    private Annotation insert(Connection c, Annotation a, boolean keepId, Map<Long, String> texts) throws SQLException {
        check(c, a, texts);
        String sql = "INSERT INTO annotation (document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, entity_id, "
                + "speaker_entity_id, note, author, created, updated" + (keepId ? ", id" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (keepId ? ", ?" : "") + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            bind(insert, a);
            if (keepId) {
                insert.setLong(14, a.id());
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

    private static Annotation annotation(ResultSet rows) throws SQLException {
        return new Annotation(rows.getLong("id"), rows.getLong("document_id"),
                new Span(rows.getInt("start_offset"), rows.getInt("end_offset")), rows.getString("quote"),
                rows.getString("prefix"), rows.getString("suffix"), rows.getLong("tag_id"),
                Rows.nullableLong(rows, "entity_id"), Rows.nullableLong(rows, "speaker_entity_id"), rows.getString("note"),
                rows.getString("author"), Rows.instant(rows, "created"), Rows.instant(rows, "updated"));
    }
}
