package hamish.store;

import hamish.model.Link;
import hamish.model.LinkType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Typed relations between annotations; a link goes when either of its annotations is deleted. */
public final class LinkStore {

    private static final String COLUMNS = "id, from_annotation, to_annotation, type, note, created, author";

    private final Database database;

    public LinkStore(Database database) {
        this.database = database;
    }

    /** Stores {@code l} under a new id (any id it carries is ignored). */
    public Link insert(Link l) {
        return database.inTransaction(c -> insert(c, l, false));
    }

    /** Re-inserts a deleted link under its old id, for undo (after its annotations were restored). */
    public Link restore(Link l) {
        if (l.id() <= 0) {
            throw new IllegalArgumentException("only a stored link can be restored, this one has id " + l.id());
        }
        return database.inTransaction(c -> {
            if (Rows.exists(c, "link", l.id())) {
                throw new StoreException("link " + l.id() + " already exists; it was not restored");
            }
            return insert(c, l, true);
        });
    }

    /** Deletes the link; an absent id is ignored. */
    public void delete(long id) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM link WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the link, refused with {@link StaleRowException} when it is already gone (undo of a link made since removed). */
    public void deleteExisting(long id) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM link WHERE id = ?")) {
                delete.setLong(1, id);
                if (delete.executeUpdate() == 0) {
                    throw new StaleRowException("link", id, java.util.Optional.empty());
                }
            }
            return null;
        });
    }

    public java.util.Optional<Link> get(long id) {
        return database.read(c -> query(c, "SELECT " + COLUMNS + " FROM link WHERE id = ?", id).stream().findFirst());
    }

    /** Links from or to the annotation, oldest first. */
    public List<Link> forAnnotation(long annotationId) {
        return database.read(c -> query(c, "SELECT " + COLUMNS + " FROM link "
                + "WHERE from_annotation = ? OR to_annotation = ? ORDER BY id", annotationId, annotationId));
    }

    public List<Link> list() {
        return database.read(c -> query(c, "SELECT " + COLUMNS + " FROM link ORDER BY id"));
    }

    private static Link insert(Connection c, Link l, boolean keepId) throws SQLException {
        if (l.fromAnnotationId() == l.toAnnotationId()) {
            throw new StoreException("an annotation cannot be linked to itself");
        }
        for (long annotation : new long[] {l.fromAnnotationId(), l.toAnnotationId()}) {
            if (!Rows.exists(c, "annotation", annotation)) {
                throw new StoreException("annotation " + annotation + " does not exist; the link was not saved");
            }
        }
        String sql = "INSERT INTO link (from_annotation, to_annotation, type, note, created, author" + (keepId ? ", id" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?" + (keepId ? ", ?" : "") + ")";
        try (PreparedStatement insert = Rows.prepareInsert(c, sql)) {
            insert.setLong(1, l.fromAnnotationId());
            insert.setLong(2, l.toAnnotationId());
            insert.setString(3, l.type().name());
            insert.setString(4, l.note());
            Rows.setInstant(insert, 5, l.created());
            insert.setString(6, l.author());
            if (keepId) {
                insert.setLong(7, l.id());
            }
            return l.withId(Rows.insertReturningId(insert));
        }
    }

    private static List<Link> query(Connection c, String sql, Object... parameters) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    links.add(new Link(rows.getLong("id"), rows.getLong("from_annotation"), rows.getLong("to_annotation"),
                            Rows.enumValue(LinkType.class, rows.getString("type")), rows.getString("note"),
                            Rows.instant(rows, "created"), rows.getString("author")));
                }
            }
        }
        return links;
    }
}
