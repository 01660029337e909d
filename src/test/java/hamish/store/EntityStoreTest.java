package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityStoreTest {

    @TempDir
    Path dir;
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("entities.db"));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void roundTripsAnEntityWithArabicAliases() {
        Entity austin = stores.entities().insert(new Entity(0, "لويد أوستن", EntityType.PERSON,
                List.of("لويد اوستن", "أوستن", "Lloyd Austin")));

        assertEquals(austin, stores.entities().get(austin.id()).orElseThrow());
        assertEquals(List.of("لويد اوستن", "أوستن", "Lloyd Austin"), austin.aliases());
        assertEquals(List.of(austin), stores.entities().list());
    }

    @Test
    void findsByNameOrAliasAfterFolding() {
        Entity austin = stores.entities().insert(new Entity(0, "اوستن", EntityType.PERSON, List.of()));
        Entity un = stores.entities().insert(new Entity(0, "الأمم المتحدة", EntityType.ORG, List.of("UN", "الأُمَم المتّحدة")));

        assertEquals(austin, stores.entities().findByName("أوستن").orElseThrow());
        assertEquals(austin, stores.entities().findByName("  أُوسْتِن ").orElseThrow());
        assertEquals(un, stores.entities().findByName("الامم المتحده").orElseThrow());
        assertEquals(un, stores.entities().findByName("un").orElseThrow());
        assertTrue(stores.entities().findByName("أوست").isEmpty(), "only whole names match");
        assertTrue(stores.entities().findByName("ـــ").isEmpty(), "a name that folds to nothing matches nothing");
    }

    @Test
    void updateReplacesNameTypeAndAliases() {
        Entity gaza = stores.entities().insert(new Entity(0, "غزه", EntityType.MISC, List.of("قطاع غزة", "Gaza")));

        Entity updated = stores.entities().update(new Entity(gaza.id(), "غزة", EntityType.PLACE,
                List.of("Gaza", " غزه ", "Gaza", "")));

        assertEquals(new Entity(gaza.id(), "غزة", EntityType.PLACE, List.of("Gaza", "غزه")), updated);
        assertEquals(updated, stores.entities().get(gaza.id()).orElseThrow());
        assertTrue(stores.entities().findByName("قطاع غزة").isEmpty(), "the dropped alias no longer matches");
    }

    @Test
    void deleteRemovesTheEntityAndItsAliases() {
        Entity cairo = stores.entities().insert(new Entity(0, "القاهرة", EntityType.PLACE, List.of("Cairo")));

        stores.entities().delete(cairo.id());

        assertTrue(stores.entities().get(cairo.id()).isEmpty());
        assertTrue(stores.entities().findByName("Cairo").isEmpty());
        int aliases = stores.database().inTransaction(c -> Rows.count(c, "SELECT count(*) FROM entity_alias"));
        assertEquals(0, aliases);
    }
}
