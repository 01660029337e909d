package hamish.store;

import hamish.model.ExcludedForm;
import hamish.model.Revision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forms an entity's mentions are looked for in, as far as the user edits them: the generated forms they
 * removed (table {@code entity_form_exclusion}, migration 5) and the aliases they keep. Each write is an entity
 * change for the edit history: it is made only while the entity is at the revision the caller expects and
 * leaves it at the revision the caller names (a fresh one when its number is 0), so undo and redo return the
 * entity to the revisions it had (ADR 9). Reached through {@link EntityStore#forms()}.
 */
public final class EntityFormStore {

    private final Database database;

    EntityFormStore(Database database) {
        this.database = database;
    }

    /** The forms removed from entity {@code entityId}, in the order they were removed. */
    public List<ExcludedForm> excluded(long entityId) {
        return database.read(c -> excluded(c, entityId));
    }

    /**
     * Removes {@code form} from the entity's generated forms. Throws {@link StaleRowException} when the entity is
     * gone or not at revision {@code expected}, and {@link StoreException} when a form with that key is already
     * removed; either way nothing is written. Returns the entity's revision now.
     */
    public Revision exclude(long entityId, ExcludedForm form, long expected, Revision next) {
        return database.inTransaction(c -> {
            Revision now = stamp(c, entityId, expected, next);
            if (Rows.count(c, "SELECT count(*) FROM entity_form_exclusion WHERE entity_id = ? AND form_key = ?", entityId, form.key()) > 0) {
                throw new StoreException("the form \"" + form.form() + "\" of entity " + entityId + " is already removed");
            }
            insert(c, entityId, List.of(form));
            return now;
        });
    }

    /** Gives the entity back the removed form of key {@code key}; refused as {@link #exclude} is, or when it is not removed. */
    public Revision allow(long entityId, String key, long expected, Revision next) {
        return database.inTransaction(c -> {
            Revision now = stamp(c, entityId, expected, next);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM entity_form_exclusion WHERE entity_id = ? AND form_key = ?")) {
                delete.setLong(1, entityId);
                delete.setString(2, key);
                if (delete.executeUpdate() == 0) {
                    throw new StoreException("entity " + entityId + " has no removed form with key \"" + key + "\"");
                }
            }
            return now;
        });
    }

    /** Replaces the entity's aliases by {@code aliases} (in that order), refused as {@link #exclude} is. */
    public Revision setAliases(long entityId, List<String> aliases, long expected, Revision next) {
        return database.inTransaction(c -> {
            Revision now = stamp(c, entityId, expected, next);
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id = ?")) {
                clear.setLong(1, entityId);
                clear.executeUpdate();
            }
            EntityStore.writeAliases(c, entityId, aliases);
            return now;
        });
    }

    static List<ExcludedForm> excluded(Connection c, long entityId) throws SQLException {
        List<ExcludedForm> forms = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT form_key, form FROM entity_form_exclusion WHERE entity_id = ? ORDER BY " + Dialect.of(c).insertionOrder())) {
            query.setLong(1, entityId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    forms.add(new ExcludedForm(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return forms;
    }

    static void insert(Connection c, long entityId, List<ExcludedForm> forms) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO entity_form_exclusion (entity_id, form_key, form) VALUES (?, ?, ?)")) {
            for (ExcludedForm f : forms) {
                insert.setLong(1, entityId);
                insert.setString(2, f.key());
                insert.setString(3, f.form());
                insert.executeUpdate();
            }
        }
    }

    static void delete(Connection c, long entityId, List<ExcludedForm> forms) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM entity_form_exclusion WHERE entity_id = ? AND form_key = ?")) {
            for (ExcludedForm f : forms) {
                delete.setLong(1, entityId);
                delete.setString(2, f.key());
                delete.executeUpdate();
            }
        }
    }

    /**
     * Gives entity {@code toId} the removed forms of {@code fromId} it does not have yet (a merge: what the user
     * removed from the merged entity's forms stays removed), and returns those it gained, for an undo to take away.
     */
    static List<ExcludedForm> carryOver(Connection c, long fromId, long toId) throws SQLException {
        List<String> kept = excluded(c, toId).stream().map(ExcludedForm::key).toList();
        List<ExcludedForm> gained = excluded(c, fromId).stream().filter(f -> !kept.contains(f.key())).toList();
        insert(c, toId, gained);
        return gained;
    }

    /** Checks the entity is at {@code expected} and puts it at {@code next} (a fresh revision when its number is 0). */
    private static Revision stamp(Connection c, long entityId, long expected, Revision next) throws SQLException {
        long number = next.number() == 0 ? Revisions.next(c) : next.number();
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE entity SET revision = ?, changed_by = ?, updated = ? WHERE id = ? AND revision = ?")) {
            update.setLong(1, number);
            update.setString(2, next.changedBy());
            Rows.setInstant(update, 3, next.at());
            update.setLong(4, entityId);
            update.setLong(5, expected);
            if (update.executeUpdate() == 0) {
                Optional<Revision> current = EntityStore.revision(c, entityId);
                throw new StaleRowException("entity", entityId, current);
            }
        }
        return new Revision(number, next.changedBy(), next.at());
    }
}
