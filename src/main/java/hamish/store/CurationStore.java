package hamish.store;

import hamish.model.CuratableDocument;
import hamish.model.CurationDecision;
import hamish.model.CurationDecision.Choice;
import hamish.model.CurationDecision.TaggedExtent;
import hamish.model.Revision;
import hamish.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What curation keeps besides the curated layer (migration 10): the curators' decisions on items, and which
 * documents have something to curate. Decisions are written through the edit history (hamish.app.history.CurateSpans),
 * each checked at its revision like an annotation.
 */
public final class CurationStore {

    private static final String COLUMNS = "id, document_id, user_a, user_b, a_start, a_end, a_tag_id, b_start, b_end, b_tag_id, "
            + "decision, curator, decided, revision";

    private final Database database;

    public CurationStore(Database database) {
        this.database = database;
    }

    /** The decisions on {@code documentId} between {@code userA} and {@code userB}, in this order of the two, oldest first. */
    public List<CurationDecision> decisions(long documentId, String userA, String userB) {
        return database.read(c -> {
            List<CurationDecision> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM curation_decision "
                    + "WHERE document_id = ? AND user_a = ? AND user_b = ? ORDER BY id")) {
                query.setLong(1, documentId);
                query.setString(2, userA);
                query.setString(3, userB);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(decision(rows));
                    }
                }
            }
            return found;
        });
    }

    /** How many decisions the database holds. */
    public int count() {
        return database.read(c -> Rows.count(c, "SELECT count(*) FROM curation_decision"));
    }

    /** Stores {@code d} under a new id and a fresh revision (any it carries are ignored). */
    public CurationDecision insert(CurationDecision d) {
        return database.inTransaction(c -> insert(c, d, false, Revisions.next(c)));
    }

    /** Puts a deleted decision back under its id and revision, for undo and redo. */
    public CurationDecision restore(CurationDecision d) {
        if (d.id() <= 0) {
            throw new IllegalArgumentException("only a stored decision can be restored, this one has id " + d.id());
        }
        return database.inTransaction(c -> {
            if (Rows.exists(c, "curation_decision", d.id())) {
                throw new StoreException("curation decision " + d.id() + " already exists; it was not restored");
            }
            return insert(c, d, true, d.revision());
        });
    }

    /** Deletes the decision only while it is at revision {@code expected}, else {@link StaleRowException}. */
    public void delete(long id, long expected) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM curation_decision WHERE id = ? AND revision = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, expected);
                if (delete.executeUpdate() == 0) {
                    throw new StaleRowException("curation decision", id, revision(c, id));
                }
            }
            return null;
        });
    }

    /**
     * The documents annotated by two or more authors other than {@code except} (the curated layer), in import
     * order, with how many: the ones a curator can choose.
     */
    public List<CuratableDocument> curatableDocuments(String except) {
        return database.read(c -> {
            List<CuratableDocument> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, d.title, n.authors FROM document d JOIN "
                    + "(SELECT document_id, count(DISTINCT author) AS authors FROM annotation WHERE author <> ? "
                    + "GROUP BY document_id HAVING count(DISTINCT author) >= 2) n ON n.document_id = d.id ORDER BY d.id")) {
                query.setString(1, except);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new CuratableDocument(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            return found;
        });
    }

    private static CurationDecision insert(Connection c, CurationDecision d, boolean keepId, long revision) throws SQLException {
        String sql = "INSERT INTO curation_decision (document_id, user_a, user_b, a_start, a_end, a_tag_id, b_start, b_end, "
                + "b_tag_id, decision, curator, decided, revision" + (keepId ? ", id" : "") + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (keepId ? ", ?" : "") + ")";
        try (PreparedStatement insert = Rows.prepareInsert(c, sql)) {
            insert.setLong(1, d.documentId());
            insert.setString(2, d.userA());
            insert.setString(3, d.userB());
            bindSide(insert, 4, d.a());
            bindSide(insert, 7, d.b());
            insert.setString(10, d.choice().name());
            insert.setString(11, d.curator());
            Rows.setInstant(insert, 12, d.decided());
            insert.setLong(13, revision);
            if (keepId) {
                insert.setLong(14, d.id());
            }
            return d.stored(Rows.insertReturningId(insert), revision);
        }
    }

    private static void bindSide(PreparedStatement insert, int at, TaggedExtent side) throws SQLException {
        if (side == null) {
            insert.setNull(at, Types.INTEGER);
            insert.setNull(at + 1, Types.INTEGER);
            insert.setNull(at + 2, Types.BIGINT);
        } else {
            insert.setInt(at, side.span().start());
            insert.setInt(at + 1, side.span().end());
            insert.setLong(at + 2, side.tagId());
        }
    }

    private static Optional<Revision> revision(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT revision, curator, decided FROM curation_decision WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Revision(rows.getLong(1), rows.getString(2), Rows.instant(rows, "decided")))
                        : Optional.empty();
            }
        }
    }

    private static CurationDecision decision(ResultSet rows) throws SQLException {
        return new CurationDecision(rows.getLong("id"), rows.getLong("document_id"), rows.getString("user_a"), rows.getString("user_b"),
                side(rows, "a"), side(rows, "b"), Rows.enumValue(Choice.class, rows.getString("decision")), rows.getString("curator"),
                Rows.instant(rows, "decided"), rows.getLong("revision"));
    }

    private static TaggedExtent side(ResultSet rows, String prefix) throws SQLException {
        long tag = rows.getLong(prefix + "_tag_id");
        if (rows.wasNull()) {
            return null;
        }
        return new TaggedExtent(new Span(rows.getInt(prefix + "_start"), rows.getInt(prefix + "_end")), tag);
    }
}
