package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityStoreTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgEntityStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(target("entities.db"));
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

    @Test
    void mergeRepointsMentionsAndSpeakersAndUnitesTheAliases() {
        String text = "قال غانتس إن جانتس وصل.";
        Document doc = stores.documents().insert(new Document(0, "زيارة", "", null, "ar", text, "h1", Instant.EPOCH));
        long tag = stores.tags().insert(new Tag(0, "Person", TagKind.ENTITY, EntityType.PERSON,
                "#112233", null)).id();
        Entity ghain = stores.entities().insert(new Entity(0, "بيني غانتس", EntityType.PERSON, List.of("غانتس")));
        Entity jim = stores.entities().insert(new Entity(0, "جانتس", EntityType.PERSON, List.of("غانتس", "Gantz")));
        Annotation mention = stores.annotations().insert(Annotation.of(doc.id(), text, new Span(13, 18), tag, "", Instant.EPOCH)
                .withEntity(jim.id(), Instant.EPOCH));
        Annotation quote = stores.annotations().insert(Annotation.of(doc.id(), text, new Span(4, 9), tag, "", Instant.EPOCH)
                .withSpeaker(jim.id(), Instant.EPOCH));

        Entity merged = stores.entities().merge(ghain.id(), jim.id());

        assertEquals(List.of("غانتس", "جانتس", "Gantz"), merged.aliases(), "غانتس once, then the other's name and aliases");
        assertTrue(stores.entities().get(jim.id()).isEmpty());
        assertEquals(ghain.id(), stores.annotations().get(mention.id()).orElseThrow().entityId());
        assertEquals(ghain.id(), stores.annotations().get(quote.id()).orElseThrow().speakerEntityId());
        assertEquals(ghain.id(), stores.entities().findByName("Gantz").orElseThrow().id());
    }

    @Test
    void mergeRefusesAMissingEntityAndChangesNothing() {
        Entity cairo = stores.entities().insert(new Entity(0, "القاهرة", EntityType.PLACE, List.of("Cairo")));

        StoreException e = assertThrows(StoreException.class, () -> stores.entities().merge(cairo.id(), 999));

        assertTrue(e.getMessage().contains("999"), e.getMessage());
        assertEquals(List.of(cairo), stores.entities().list());
        assertThrows(StoreException.class, () -> stores.entities().merge(cairo.id(), cairo.id()));
    }
}
