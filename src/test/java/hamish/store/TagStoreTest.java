package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.model.TagSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagStoreTest {

    private static final TagSet DEFAULTS = new TagSet("افتراضي", List.of(
            new Tag(0, "شخص", TagKind.ENTITY, EntityType.PERSON, "#1f77b4", "1"),
            new Tag(0, "منظمة", TagKind.ENTITY, EntityType.ORG, "#ff7f0e", "2"),
            new Tag(0, "اقتباس", TagKind.QUOTE, null, "#2ca02c", "q"),
            new Tag(0, "ادعاء", TagKind.CLAIM, null, "#d62728", "c"),
            new Tag(0, "Other", TagKind.OTHER, null, "#7f7f7f", null)));

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgTagStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(target("tags.db"));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void roundTripsATagOfEveryKindInPaletteOrder() {
        List<Tag> stored = DEFAULTS.tags().stream().map(stores.tags()::insert).toList();

        assertEquals(stored, stores.tags().list());
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(DEFAULTS.tags().get(i).withId(stored.get(i).id()), stored.get(i));
        }
    }

    @Test
    void ensureDefaultsFillsOnlyAnEmptyPalette() {
        stores.tags().ensureDefaults(DEFAULTS);
        List<String> names = stores.tags().list().stream().map(Tag::name).toList();
        assertEquals(List.of("شخص", "منظمة", "اقتباس", "ادعاء", "Other"), names);

        stores.tags().delete(stores.tags().byName("Other").orElseThrow().id());
        stores.tags().ensureDefaults(DEFAULTS);

        assertEquals(4, stores.tags().list().size(), "a palette the user changed is left alone");
    }

    @Test
    void refusesToDeleteATagInUse() {
        Tag claim = stores.tags().insert(DEFAULTS.tags().get(3));
        Document d = stores.documents().insert(Fixtures.document("خبر", "زعم المسؤول أن الحصار انتهى"));
        stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(0, 3), claim.id(), "", Fixtures.NOW));
        stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(4, 11), claim.id(), "", Fixtures.NOW));

        StoreException refused = assertThrows(StoreException.class, () -> stores.tags().delete(claim.id()));

        assertEquals("tag \"ادعاء\" is used by 2 annotations; give them another tag before deleting it", refused.getMessage());
        assertEquals(List.of(claim), stores.tags().list());
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        Tag other = stores.tags().insert(DEFAULTS.tags().get(4));

        StoreException refused = assertThrows(StoreException.class,
                () -> stores.tags().insert(new Tag(0, "OTHER", TagKind.OTHER, null, "#000000", null)));

        assertEquals("a tag named \"OTHER\" already exists", refused.getMessage());
        assertEquals(other, stores.tags().byName(" other ").orElseThrow());
        assertTrue(stores.tags().byName("غير موجود").isEmpty());
    }

    @Test
    void updateKeepsThePalettePosition() {
        Tag first = stores.tags().insert(DEFAULTS.tags().get(0));
        Tag second = stores.tags().insert(DEFAULTS.tags().get(1));

        Tag renamed = stores.tags().update(new Tag(first.id(), "فرد", TagKind.ENTITY, EntityType.PERSON, "#000000", "p"));

        assertEquals(List.of(renamed, second), stores.tags().list());
        assertThrows(StoreException.class, () -> stores.tags().update(second.withId(0).withId(4242)));
        assertThrows(StoreException.class,
                () -> stores.tags().update(new Tag(second.id(), "فرد", TagKind.OTHER, null, "#000000", null)));
    }
}
