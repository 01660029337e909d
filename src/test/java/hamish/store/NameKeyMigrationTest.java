package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.ArabicNormalizer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 4 gives {@code entity.name_key} to a database written before it, where nothing stopped two
 * entities sharing a folded name (the duplicates the find-or-create race left behind).
 */
class NameKeyMigrationTest {

    private static final String TEXT = "التقى أوستن مع اوستن آخر ثم زار إسرائيل.";

    @TempDir
    Path dir;

    @Test
    void entitiesSharingAFoldedNameAtSchemaThreeAreKeptWithTheOldestKeyed() throws SQLException {
        Path file = dir.resolve("v3.db");
        try (Database old = Database.open(file, Migrations.upTo(3))) {
            old.inTransaction(c -> {
                insertVersionThreeRows(c);
                return null;
            });
        }

        try (Stores stores = Stores.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, DatabaseTest.pragma(stores.database(), "user_version"));
            assertEquals(List.of(
                    new Entity(1, "أوستن", EntityType.PERSON, List.of("Austin")),
                    new Entity(2, "اوستن", EntityType.PERSON, List.of()),
                    new Entity(3, "أُوسـتن", EntityType.PERSON, List.of()),
                    new Entity(4, "إسرائيل", EntityType.PLACE, List.of())),
                    List.of(1L, 2L, 3L, 4L).stream().map(id -> stores.entities().get(id).orElseThrow()).toList(),
                    "every row is kept as it was");
            assertEquals(ArabicNormalizer.fold("أوستن"), nameKey(stores, 1));
            assertNull(nameKey(stores, 2), "a newer entity of the same folded name takes no key");
            assertNull(nameKey(stores, 3), "a newer entity of the same folded name takes no key");
            assertEquals(ArabicNormalizer.fold("إسرائيل"), nameKey(stores, 4));
            assertEquals(List.of(1L, 2L, 3L, 4L), stores.annotations().forDocument(1).stream().map(a -> a.entityId()).toList(),
                    "annotations still name the entity they named");

            EntityCreation found = stores.entities().findOrCreate("اُوستن", EntityType.PERSON, "after");
            assertFalse(found.created());
            assertEquals(1, found.entity().id(), "the oldest, keyed entity is found");
            assertEquals(4, stores.entities().findOrCreate("اسرائيل", EntityType.PLACE, "after").entity().id());
            assertEquals(4, stores.entities().list().size(), "nothing was created");
        }
    }

    private static void insertVersionThreeRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO document (id, title, outlet, published, language, text, content_hash, imported_at) "
                    + "VALUES (1, 'لقاء', 'وكالة', '2024-05-02', 'ar', '" + TEXT + "', 'hash-1', '" + Fixtures.NOW + "')");
            s.execute("INSERT INTO tag (id, name, kind, entity_type, colour, shortcut, position) "
                    + "VALUES (1, 'Person', 'ENTITY', 'PERSON', '#aa3300', '1', 0), (2, 'Place', 'ENTITY', 'PLACE', '#00aa33', '3', 1)");
            // Ids in the order they were created: 1 is the oldest of the three that fold to اوستن.
            s.execute("INSERT INTO entity (id, canonical_name, type) VALUES (1, 'أوستن', 'PERSON'), (2, 'اوستن', 'PERSON'), "
                    + "(3, 'أُوسـتن', 'PERSON'), (4, 'إسرائيل', 'PLACE')");
            s.execute("INSERT INTO entity_alias (entity_id, alias) VALUES (1, 'Austin')");
        }
        String[] quotes = {"أوستن", "اوستن", "اوستن", "إسرائيل"};
        int[] starts = {TEXT.indexOf("أوستن"), TEXT.indexOf("اوستن"), TEXT.indexOf("اوستن"), TEXT.indexOf("إسرائيل")};
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO annotation (id, document_id, start_offset, end_offset, "
                + "quote, tag_id, entity_id, created, updated) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quotes.length; i++) {
                insert.setLong(1, i + 1);
                insert.setInt(2, starts[i]);
                insert.setInt(3, starts[i] + quotes[i].length());
                insert.setString(4, quotes[i]);
                insert.setLong(5, i == 3 ? 2 : 1);
                insert.setLong(6, i + 1);
                insert.setString(7, Fixtures.NOW.toString());
                insert.setString(8, Fixtures.NOW.toString());
                insert.executeUpdate();
            }
        }
    }

    private static String nameKey(Stores stores, long id) {
        return RawSql.read(stores.database(), c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT name_key FROM entity WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }
}
