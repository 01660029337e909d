package hamish.store;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.ArabicNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** People, organisations and places, with the spellings users confirmed as the same one. */
public final class EntityStore {

    private final Database database;

    public EntityStore(Database database) {
        this.database = database;
    }

    /** Stores {@code e} under a new id. Aliases are stripped; blank and repeated ones are dropped. */
    public Entity insert(Entity e) {
        return database.inTransaction(c -> {
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entity (canonical_name, type) VALUES (?, ?)")) {
                insert.setString(1, e.canonicalName());
                insert.setString(2, e.type().name());
                id = Rows.insertReturningId(insert);
            }
            writeAliases(c, id, e.aliases());
            return get(c, id).orElseThrow();
        });
    }

    /** Replaces the name, type and the whole alias list of an existing entity. */
    public Entity update(Entity e) {
        return database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE entity SET canonical_name = ?, type = ? WHERE id = ?")) {
                update.setString(1, e.canonicalName());
                update.setString(2, e.type().name());
                update.setLong(3, e.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException("entity " + e.id() + " (\"" + e.canonicalName() + "\") does not exist");
                }
            }
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id = ?")) {
                clear.setLong(1, e.id());
                clear.executeUpdate();
            }
            writeAliases(c, e.id(), e.aliases());
            return get(c, e.id()).orElseThrow();
        });
    }

    public Optional<Entity> get(long id) {
        return database.read(c -> get(c, id));
    }

    /** All entities, by name. */
    public List<Entity> list() {
        return database.read(c -> {
            Map<Long, List<String>> aliases = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT entity_id, alias FROM entity_alias ORDER BY rowid");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    aliases.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<Entity> entities = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, canonical_name, type FROM entity ORDER BY canonical_name, id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    entities.add(new Entity(id, rows.getString("canonical_name"),
                            Rows.enumValue(EntityType.class, rows.getString("type")), aliases.getOrDefault(id, List.of())));
                }
            }
            return entities;
        });
    }

    /**
     * The entity whose name or one of whose aliases equals {@code nameOrAlias} once both are folded
     * (hamza forms, harakat, tatweel...), so أوستن finds an entity stored as اوستن. A canonical name
     * wins over an alias; among equals the oldest entity wins.
     */
    public Optional<Entity> findByName(String nameOrAlias) {
        String folded = ArabicNormalizer.fold(nameOrAlias.strip());
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return database.read(c -> {
            // Folding at query time (not a stored key) keeps matches right if the folding rules change.
            String byName = "SELECT id FROM entity WHERE " + Database.FOLD_FUNCTION + "(canonical_name) = ? ORDER BY id LIMIT 1";
            String byAlias = "SELECT entity_id FROM entity_alias WHERE " + Database.FOLD_FUNCTION + "(alias) = ? "
                    + "ORDER BY entity_id LIMIT 1";
            for (String sql : List.of(byName, byAlias)) {
                try (PreparedStatement query = c.prepareStatement(sql)) {
                    query.setString(1, folded);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            return get(c, rows.getLong(1));
                        }
                    }
                }
            }
            return Optional.<Entity>empty();
        });
    }

    /** Deletes the entity and its aliases; annotations that named it (or its quotes' speaker) keep their span, unset. */
    public void delete(long id) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM entity WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Makes {@code mergeId} part of {@code keepId}, in one transaction: annotations naming it (as entity or as
     * speaker) name the kept one, its name and aliases become aliases of the kept one (unless a folded name of
     * the kept one already covers them), and it is deleted. Returns the kept entity as stored.
     */
    public Entity merge(long keepId, long mergeId) {
        if (keepId == mergeId) {
            throw new StoreException("an entity cannot be merged into itself (entity " + keepId + ")");
        }
        return database.inTransaction(c -> {
            Entity keep = get(c, keepId).orElseThrow(() -> new StoreException("entity " + keepId + " does not exist; nothing was merged"));
            Entity other = get(c, mergeId).orElseThrow(() -> new StoreException("entity " + mergeId + " does not exist; nothing was merged"));
            for (String sql : List.of("UPDATE annotation SET entity_id = ? WHERE entity_id = ?",
                    "UPDATE annotation SET speaker_entity_id = ? WHERE speaker_entity_id = ?")) {
                try (PreparedStatement repoint = c.prepareStatement(sql)) {
                    repoint.setLong(1, keepId);
                    repoint.setLong(2, mergeId);
                    repoint.executeUpdate();
                }
            }
            Set<String> folded = new LinkedHashSet<>();
            folded.add(ArabicNormalizer.fold(keep.canonicalName()));
            List<String> aliases = new ArrayList<>();
            for (String name : concat(keep.aliases(), List.of(other.canonicalName()), other.aliases())) {
                if (folded.add(ArabicNormalizer.fold(name))) {
                    aliases.add(name);
                }
            }
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id IN (?, ?)")) {
                clear.setLong(1, keepId);
                clear.setLong(2, mergeId);
                clear.executeUpdate();
            }
            writeAliases(c, keepId, aliases);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM entity WHERE id = ?")) {
                delete.setLong(1, mergeId);
                delete.executeUpdate();
            }
            return get(c, keepId).orElseThrow();
        });
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static void writeAliases(Connection c, long entityId, List<String> aliases) throws SQLException {
        Set<String> distinct = new LinkedHashSet<>();
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank()) {
                distinct.add(alias.strip());
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)")) {
            for (String alias : distinct) {
                insert.setLong(1, entityId);
                insert.setString(2, alias);
                insert.executeUpdate();
            }
        }
    }

    private static Optional<Entity> get(Connection c, long id) throws SQLException {
        String name;
        EntityType type;
        try (PreparedStatement query = c.prepareStatement("SELECT canonical_name, type FROM entity WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                name = rows.getString(1);
                type = Rows.enumValue(EntityType.class, rows.getString(2));
            }
        }
        List<String> aliases = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY rowid")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    aliases.add(rows.getString(1));
                }
            }
        }
        return Optional.of(new Entity(id, name, type, aliases));
    }
}
