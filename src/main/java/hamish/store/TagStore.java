package hamish.store;

import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.model.TagSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The tag palette. Names are unique ignoring case; the palette keeps the order tags were added in. */
public final class TagStore {

    private static final String COLUMNS = "id, name, kind, entity_type, colour, shortcut";

    private final Database database;

    public TagStore(Database database) {
        this.database = database;
    }

    /** All tags in palette order. */
    public List<Tag> list() {
        return database.read(c -> {
            List<Tag> tags = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM tag ORDER BY position, id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tags.add(tag(rows));
                }
            }
            return tags;
        });
    }

    /** Adds {@code t} at the end of the palette under a new id. */
    public Tag insert(Tag t) {
        return database.inTransaction(c -> insert(c, t));
    }

    public Tag update(Tag t) {
        return database.inTransaction(c -> {
            refuseDuplicateName(c, t.name(), t.id());
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE tag SET name = ?, kind = ?, entity_type = ?, colour = ?, shortcut = ? WHERE id = ?")) {
                bind(update, t);
                update.setLong(6, t.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException("tag " + t.id() + " (\"" + t.name() + "\") does not exist");
                }
            }
            return t;
        });
    }

    /** Deletes an unused tag; refuses while annotations carry it, so no annotation loses its tag. */
    public void delete(long id) {
        database.inTransaction(c -> {
            int uses = Rows.count(c, "SELECT count(*) FROM annotation WHERE tag_id = ?", id);
            if (uses > 0) {
                String name = byId(c, id).map(Tag::name).orElse(String.valueOf(id));
                throw new StoreException("tag \"" + name + "\" is used by " + uses
                        + (uses == 1 ? " annotation" : " annotations") + "; give them another tag before deleting it");
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The tag with this name, ignoring case and surrounding spaces. */
    public Optional<Tag> byName(String name) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM tag WHERE " + Dialect.of(c).sameIgnoringCase("name"))) {
                query.setString(1, name.strip());
                return one(query);
            }
        });
    }

    /** Fills an empty palette with {@code defaults}, in their order; a palette the user has is left alone. */
    public void ensureDefaults(TagSet defaults) {
        ensureDefaults(() -> defaults);
    }

    /**
     * As {@link #ensureDefaults(TagSet)}, reading the defaults only when there are no tags: every command calls
     * this, and parsing the bundled tag file (Jackson's first use) was a fifth of {@code hamish list}'s start-up.
     */
    public void ensureDefaults(Supplier<TagSet> defaults) {
        // Looked at first without the write lock: every command calls this, and a database that already
        // has tags (a full disk, another program writing) must still answer reads.
        if (database.read(c -> Rows.count(c, "SELECT count(*) FROM tag")) > 0) {
            return;
        }
        database.inTransaction(c -> {
            if (Rows.count(c, "SELECT count(*) FROM tag") == 0) {
                for (Tag tag : defaults.get().tags()) {
                    insert(c, tag);
                }
            }
            return null;
        });
    }

    private static Tag insert(Connection c, Tag t) throws SQLException {
        refuseDuplicateName(c, t.name(), 0);
        int position = Rows.count(c, "SELECT coalesce(max(position) + 1, 0) FROM tag");
        try (PreparedStatement insert = Rows.prepareInsert(c, 
                "INSERT INTO tag (name, kind, entity_type, colour, shortcut, position) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(insert, t);
            insert.setInt(6, position);
            return t.withId(Rows.insertReturningId(insert));
        }
    }

    private static void refuseDuplicateName(Connection c, String name, long ownId) throws SQLException {
        // Ignoring case, like the unique index (SQLite: the column's NOCASE collation; PostgreSQL: lower(name)).
        if (Rows.count(c, "SELECT count(*) FROM tag WHERE " + Dialect.of(c).sameIgnoringCase("name") + " AND id <> ?", name, ownId) > 0) {
            throw new StoreException("a tag named \"" + name + "\" already exists");
        }
    }

    private static void bind(PreparedStatement statement, Tag t) throws SQLException {
        statement.setString(1, t.name());
        statement.setString(2, t.kind().name());
        statement.setString(3, t.entityType() == null ? null : t.entityType().name());
        statement.setString(4, t.colour());
        statement.setString(5, t.shortcut());
    }

    private static Optional<Tag> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM tag WHERE id = ?")) {
            query.setLong(1, id);
            return one(query);
        }
    }

    private static Optional<Tag> one(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(tag(rows)) : Optional.empty();
        }
    }

    private static Tag tag(ResultSet rows) throws SQLException {
        return new Tag(rows.getLong("id"), rows.getString("name"), Rows.enumValue(TagKind.class, rows.getString("kind")),
                Rows.enumValue(EntityType.class, rows.getString("entity_type")), rows.getString("colour"),
                rows.getString("shortcut"));
    }
}
