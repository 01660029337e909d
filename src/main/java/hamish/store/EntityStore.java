package hamish.store;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.ExcludedForm;
import hamish.model.Revision;
import hamish.text.ArabicNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People, organisations and places, with the spellings users confirmed as the same one.
 *
 * <p>Each entity found or created by name holds its folded name as a unique key ({@code name_key}), so
 * two writers asking for the same name at once get one entity. An entity stored under a name another
 * entity already keys (a homonym imported as a separate entity, or one renamed to it) keeps no key:
 * lookups by name find the keyed one.
 */
public final class EntityStore {

    private final Database database;
    private final String origin;
    private final EntityFormStore forms;

    public EntityStore(Database database) {
        this(database, "");
    }

    /** {@code origin} names who writes through this store when a call does not say. */
    public EntityStore(Database database, String origin) {
        this.database = database;
        this.origin = origin;
        this.forms = new EntityFormStore(database);
    }

    /** The forms the user removed from entities and their aliases, edited as steps of the edit history. */
    public EntityFormStore forms() {
        return forms;
    }

    /** Stores {@code e} under a new id. Aliases are stripped; blank and repeated ones are dropped. */
    public Entity insert(Entity e) {
        return database.inTransaction(c -> insert(c, e, 0, new Revision(0, origin, Instant.now())));
    }

    /**
     * The entity named {@code name} (its folded name or an alias, as {@link #findByName}), or a new one
     * of {@code typeIfNew} under that name, in one write transaction: two programs asking at once get the
     * same entity.
     */
    public EntityCreation findOrCreate(String name, EntityType typeIfNew, String by) {
        String wanted = name.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        String folded = ArabicNormalizer.fold(wanted);
        if (folded.isBlank()) {
            // Only tatweel, harakat or marks: nothing to tell one such entity from another by.
            throw new IllegalArgumentException("\"" + wanted + "\" has no letters to name an entity by");
        }
        return database.inTransaction(c -> {
            Optional<Entity> found = find(c, folded);
            if (found.isPresent()) {
                return new EntityCreation(found.get(), false);
            }
            Entity created = insert(c, new Entity(0, wanted, typeIfNew, List.of()), 0,
                    new Revision(0, by, Instant.now()));
            return new EntityCreation(created, true);
        });
    }

    /** Puts back a deleted entity under its old id, name, type, aliases and revision (undo). */
    public Entity restore(Entity e, Revision revision) {
        if (e.id() <= 0) {
            throw new IllegalArgumentException("only a stored entity can be restored, this one has id " + e.id());
        }
        return database.inTransaction(c -> {
            if (Rows.exists(c, "entity", e.id())) {
                throw new StoreException("entity " + e.id() + " (\"" + e.canonicalName() + "\") already exists; it was not restored");
            }
            return insert(c, e, e.id(), revision);
        });
    }

    /** Deletes the entity only while it is at revision {@code expected} and no annotation names it; else refuses. */
    public void deleteUnused(long id, long expected) {
        database.inTransaction(c -> {
            if (Rows.count(c, "SELECT count(*) FROM annotation WHERE entity_id = ? OR speaker_entity_id = ?", id, id) > 0) {
                throw new StoreException("entity " + id + " is named by annotations made since; it was kept");
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM entity WHERE id = ? AND revision = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, expected);
                if (delete.executeUpdate() == 0) {
                    throw new StaleRowException("entity", id, revision(c, id));
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
        try (PreparedStatement query = c.prepareStatement("SELECT revision, changed_by, updated FROM entity WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Revision(rows.getLong(1), rows.getString(2), Rows.instant(rows, "updated")))
                        : Optional.empty();
            }
        }
    }

    private static Entity insert(Connection c, Entity e, long id, Revision revision) throws SQLException {
        String key = ArabicNormalizer.fold(e.canonicalName());
        boolean keyFree = !key.isBlank() && Rows.count(c, "SELECT count(*) FROM entity WHERE name_key = ?", key) == 0;
        String sql = "INSERT INTO entity (canonical_name, type, name_key, revision, changed_by, updated" + (id > 0 ? ", id" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?" + (id > 0 ? ", ?" : "") + ")";
        long stored;
        try (PreparedStatement insert = Rows.prepareInsert(c, sql)) {
            insert.setString(1, e.canonicalName());
            insert.setString(2, e.type().name());
            insert.setString(3, keyFree ? key : null);
            insert.setLong(4, revision.number() == 0 ? Revisions.next(c) : revision.number());
            insert.setString(5, revision.changedBy());
            Rows.setInstant(insert, 6, revision.at());
            if (id > 0) {
                insert.setLong(7, id);
            }
            stored = Rows.insertReturningId(insert);
        }
        writeAliases(c, stored, e.aliases());
        return get(c, stored).orElseThrow();
    }

    /** Replaces the name, type and the whole alias list of an existing entity. */
    public Entity update(Entity e) {
        return database.inTransaction(c -> {
            String key = ArabicNormalizer.fold(e.canonicalName());
            boolean keyFree = !key.isBlank() && Rows.count(c, "SELECT count(*) FROM entity WHERE name_key = ? AND id <> ?", key, e.id()) == 0;
            try (PreparedStatement update = c.prepareStatement("UPDATE entity SET canonical_name = ?, type = ?, name_key = ?, "
                    + "revision = ?, changed_by = ?, updated = ? WHERE id = ?")) {
                update.setString(1, e.canonicalName());
                update.setString(2, e.type().name());
                update.setString(3, keyFree ? key : null);
                update.setLong(4, Revisions.next(c));
                update.setString(5, origin);
                Rows.setInstant(update, 6, Instant.now());
                update.setLong(7, e.id());
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

    /**
     * Adds {@code forms} to the aliases of entity {@code id}, in one transaction, stamped as written by
     * {@code by} at {@code now}. A form that folds to the entity's name or to an alias it has is skipped (أوستن
     * adds nothing to an entity named اوستن), as is a blank one; with nothing to add nothing is written.
     * Returns the entity as stored; throws {@link StoreException} when it does not exist.
     */
    public Entity addAliases(long id, List<String> forms, String by, Instant now) {
        return database.inTransaction(c -> {
            Entity e = get(c, id).orElseThrow(() -> new StoreException("entity " + id + " does not exist"));
            Set<String> known = new LinkedHashSet<>();
            known.add(ArabicNormalizer.fold(e.canonicalName()));
            e.aliases().forEach(a -> known.add(ArabicNormalizer.fold(a)));
            List<String> added = new ArrayList<>();
            for (String form : forms) {
                String folded = form == null ? "" : ArabicNormalizer.fold(form.strip());
                if (!folded.isBlank() && known.add(folded)) {
                    added.add(form.strip());
                }
            }
            if (added.isEmpty()) {
                return e;
            }
            writeAliases(c, id, added);
            try (PreparedStatement update = c.prepareStatement("UPDATE entity SET revision = ?, changed_by = ?, updated = ? WHERE id = ?")) {
                update.setLong(1, Revisions.next(c));
                update.setString(2, by);
                Rows.setInstant(update, 3, now);
                update.setLong(4, id);
                update.executeUpdate();
            }
            return get(c, id).orElseThrow();
        });
    }

    /** How many annotations name each entity as their entity (its mentions); entities named by none are absent. */
    public Map<Long, Integer> mentionCounts() {
        return database.read(c -> {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT entity_id, count(*) FROM annotation WHERE entity_id IS NOT NULL GROUP BY entity_id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    /** All entities, by name. */
    public List<Entity> list() {
        return database.read(c -> {
            Map<Long, List<String>> aliases = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT entity_id, alias FROM entity_alias ORDER BY " + Dialect.of(c).insertionOrder());
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
        return database.read(c -> find(c, folded));
    }

    private static Optional<Entity> find(Connection c, String folded) throws SQLException {
        // The key answers at once for names found or created by name; folding at query time covers
        // aliases, homonyms without a key, and names stored before a change of the folding rules.
        String byKey = "SELECT id FROM entity WHERE name_key = ? LIMIT 1";
        String byName = "SELECT id FROM entity WHERE " + Database.FOLD_FUNCTION + "(canonical_name) = ? ORDER BY id LIMIT 1";
        String byAlias = "SELECT entity_id FROM entity_alias WHERE " + Database.FOLD_FUNCTION + "(alias) = ? "
                + "ORDER BY entity_id LIMIT 1";
        List<String> lookups = List.of(byKey, byName, byAlias);
        if (Dialect.of(c) == Dialect.POSTGRES) {
            lookups = List.of(byKey);
        }
        for (String sql : lookups) {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setString(1, folded);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return get(c, rows.getLong(1));
                    }
                }
            }
        }
        if (Dialect.of(c) == Dialect.POSTGRES) {
            Optional<Long> named = JavaFolding.entitiesNamed(c, folded).stream().findFirst();
            return named.isPresent() ? get(c, named.get()) : Optional.empty();
        }
        return Optional.empty();
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
     * the kept one already covers them), the forms the user removed from it stay removed on the kept one, and it
     * is deleted. Returns the kept entity as stored.
     */
    public Entity merge(long keepId, long mergeId) {
        return merge(keepId, mergeId, null, origin, Instant.now()).keptAfter();
    }

    /**
     * As {@link #merge(long, long)}; every row it changes is stamped as written by {@code by} at {@code now}.
     * Returns what {@link #unmerge} needs to put it back. A redo passes the merge it repeats: it is then
     * refused with {@link StaleRowException} unless both entities are at the revisions that merge found,
     * and the rows go back to the revisions that merge left them at.
     */
    public EntityMerge merge(long keepId, long mergeId, EntityMerge redoing, String by, Instant now) {
        Long keepExpected = redoing == null ? null : redoing.keptBeforeRevision().number();
        Long mergeExpected = redoing == null ? null : redoing.mergedRevision().number();
        if (keepId == mergeId) {
            throw new StoreException("an entity cannot be merged into itself (entity " + keepId + ")");
        }
        return database.inTransaction(c -> {
            Entity keep = get(c, keepId).orElseThrow(() -> new StoreException("entity " + keepId + " does not exist; nothing was merged"));
            Entity other = get(c, mergeId).orElseThrow(() -> new StoreException("entity " + mergeId + " does not exist; nothing was merged"));
            Revision keepRevision = revision(c, keepId).orElseThrow();
            Revision otherRevision = revision(c, mergeId).orElseThrow();
            if (keepExpected != null && keepRevision.number() != keepExpected) {
                throw new StaleRowException("entity", keepId, Optional.of(keepRevision));
            }
            if (mergeExpected != null && otherRevision.number() != mergeExpected) {
                throw new StaleRowException("entity", mergeId, Optional.of(otherRevision));
            }
            List<EntityMerge.Repointed> repointed = repoint(c, mergeId, keepId, by, now, redoing);
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
            // Read before the delete cascades them away: undo puts them back on the merged entity.
            List<ExcludedForm> mergedExclusions = EntityFormStore.excluded(c, mergeId);
            List<ExcludedForm> carried = EntityFormStore.carryOver(c, mergeId, keepId);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM entity WHERE id = ?")) {
                delete.setLong(1, mergeId);
                delete.executeUpdate();
            }
            Revision keptAfter = redoing != null ? redoing.keptAfterRevision() : new Revision(Revisions.next(c), by, now);
            stamp(c, keepId, keptAfter);
            return new EntityMerge(keep, keepRevision, get(c, keepId).orElseThrow(), keptAfter, other, otherRevision, repointed,
                    mergedExclusions, carried);
        });
    }

    /**
     * Puts a merge back, in one transaction: the merged entity returns under its id with its name, aliases
     * and revision, the kept one gets its aliases back, and each repointed annotation names the merged one
     * again. Refused with {@link StaleRowException}, changing nothing, when the kept entity or one of those
     * annotations was changed since the merge.
     */
    public void unmerge(EntityMerge m) {
        database.inTransaction(c -> {
            long keepId = m.keptBefore().id();
            Optional<Revision> kept = revision(c, keepId);
            if (kept.isEmpty() || kept.get().number() != m.keptAfterRevision().number()) {
                throw new StaleRowException("entity", keepId, kept);
            }
            for (EntityMerge.Repointed r : m.repointed()) {
                Optional<Revision> now = AnnotationStore.revision(c, r.annotationId());
                if (now.isEmpty() || now.get().number() != r.after().number()) {
                    throw new StaleRowException("annotation", r.annotationId(), now);
                }
            }
            if (Rows.exists(c, "entity", m.merged().id())) {
                throw new StoreException("entity " + m.merged().id() + " already exists; the merge was not undone");
            }
            insert(c, m.merged(), m.merged().id(), m.mergedRevision());
            EntityFormStore.insert(c, m.merged().id(), m.mergedExclusions());
            EntityFormStore.delete(c, keepId, m.carriedExclusions());
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id = ?")) {
                clear.setLong(1, keepId);
                clear.executeUpdate();
            }
            writeAliases(c, keepId, m.keptBefore().aliases());
            stamp(c, keepId, m.keptBeforeRevision());
            for (EntityMerge.Repointed r : m.repointed()) {
                try (PreparedStatement back = c.prepareStatement("UPDATE annotation SET "
                        + "entity_id = CASE WHEN ? THEN ? ELSE entity_id END, "
                        + "speaker_entity_id = CASE WHEN ? THEN ? ELSE speaker_entity_id END, "
                        + "revision = ?, changed_by = ?, updated = ? WHERE id = ?")) {
                    back.setBoolean(1, r.entity());
                    back.setLong(2, m.merged().id());
                    back.setBoolean(3, r.speaker());
                    back.setLong(4, m.merged().id());
                    back.setLong(5, r.before().number());
                    back.setString(6, r.before().changedBy());
                    Rows.setInstant(back, 7, r.before().at());
                    back.setLong(8, r.annotationId());
                    back.executeUpdate();
                }
            }
            return null;
        });
    }

    private static List<EntityMerge.Repointed> repoint(Connection c, long fromId, long toId, String by, Instant now,
                                                       EntityMerge redoing) throws SQLException {
        Map<Long, Revision> earlier = new java.util.HashMap<>();
        if (redoing != null) {
            redoing.repointed().forEach(r -> earlier.put(r.annotationId(), r.after()));
        }
        List<EntityMerge.Repointed> repointed = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, entity_id IS NOT NULL AND entity_id = ?, speaker_entity_id IS NOT NULL "
                + "AND speaker_entity_id = ?, revision, changed_by, updated FROM annotation "
                + "WHERE entity_id = ? OR speaker_entity_id = ? ORDER BY id")) {
            for (int i = 1; i <= 4; i++) {
                query.setLong(i, fromId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Revision before = new Revision(rows.getLong(4), rows.getString(5), Rows.instant(rows, "updated"));
                    repointed.add(new EntityMerge.Repointed(rows.getLong(1), rows.getBoolean(2), rows.getBoolean(3), before, null));
                }
            }
        }
        for (String sql : List.of("UPDATE annotation SET entity_id = ? WHERE entity_id = ?",
                "UPDATE annotation SET speaker_entity_id = ? WHERE speaker_entity_id = ?")) {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setLong(1, toId);
                update.setLong(2, fromId);
                update.executeUpdate();
            }
        }
        List<EntityMerge.Repointed> stamped = new ArrayList<>();
        try (PreparedStatement stamp = c.prepareStatement("UPDATE annotation SET revision = ?, changed_by = ?, updated = ? "
                + "WHERE id = ?")) {
            for (EntityMerge.Repointed r : repointed) {
                Revision after = earlier.containsKey(r.annotationId()) ? earlier.get(r.annotationId())
                        : new Revision(Revisions.next(c), by, now);
                stamp.setLong(1, after.number());
                stamp.setString(2, after.changedBy());
                Rows.setInstant(stamp, 3, after.at());
                stamp.setLong(4, r.annotationId());
                stamp.executeUpdate();
                stamped.add(new EntityMerge.Repointed(r.annotationId(), r.entity(), r.speaker(), r.before(), after));
            }
        }
        return stamped;
    }

    private static void stamp(Connection c, long entityId, Revision revision) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE entity SET revision = ?, changed_by = ?, updated = ? WHERE id = ?")) {
            update.setLong(1, revision.number());
            update.setString(2, revision.changedBy());
            Rows.setInstant(update, 3, revision.at());
            update.setLong(4, entityId);
            update.executeUpdate();
        }
    }


    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    static void writeAliases(Connection c, long entityId, List<String> aliases) throws SQLException {
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
        try (PreparedStatement query = c.prepareStatement("SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY " + Dialect.of(c).insertionOrder())) {
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
