package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.ArabicNormalizer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EntityStore#findOrCreate} across two connections on one file (two programs), and the unique
 * folded key {@code entity.name_key} beside homonyms that are stored on purpose.
 */
class EntityNameKeyTest {

    private static final List<String> AUSTIN = List.of("أوستن", "اوستن", "أُوستن", "أوسـتن", " اوستن ");
    private static final List<String> ISRAEL = List.of("إسرائيل", "اسرائيل", "إسرائـيل", "إِسْرائيل");

    @TempDir
    Path dir;
    private Stores first;
    private Stores second;

    @BeforeEach
    void open() {
        Path file = dir.resolve("two.db");
        first = Stores.open(file, "first");
        second = Stores.open(file, "second");
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    @Test
    void interleavedFindOrCreateOnTwoConnectionsMakesOneEntityPerFoldedName() {
        List<EntityCreation> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Stores stores = i % 2 == 0 ? first : second;
            calls.add(stores.entities().findOrCreate(AUSTIN.get(i % AUSTIN.size()), EntityType.PERSON, "writer " + i));
            calls.add(stores.entities().findOrCreate(ISRAEL.get(i % ISRAEL.size()), EntityType.PLACE, "writer " + i));
        }

        assertEquals(2, first.entities().list().size());
        assertEquals(2, calls.stream().filter(EntityCreation::created).count(), "each name is created once");
        assertEquals(1, calls.stream().filter(c -> c.entity().canonicalName().equals("أوستن")).map(c -> c.entity().id()).distinct().count());
        assertEquals(1, calls.stream().filter(c -> c.entity().canonicalName().equals("إسرائيل")).map(c -> c.entity().id()).distinct().count());
        Entity austin = calls.get(0).entity();
        assertEquals(ArabicNormalizer.fold("أوستن"), nameKey(austin.id()));
        assertEquals(austin, second.entities().findOrCreate("اوستن", EntityType.ORG, "late").entity(),
                "a later call finds it whatever type it asks for");
    }

    @Test
    void twoConnectionsRacingOnThreadsGetOneEntityPerFoldedName() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (Stores stores : List.of(first, second)) {
                Random random = new Random(stores == first ? 31 : 32);
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        List<String> names = i % 2 == 0 ? AUSTIN : ISRAEL;
                        ids.add(stores.entities().findOrCreate(names.get(random.nextInt(names.size())), EntityType.PERSON, "race")
                                .entity().id());
                    }
                    return ids;
                }));
            }
            Set<Long> austinIds = new HashSet<>();
            Set<Long> israelIds = new HashSet<>();
            for (Future<List<Long>> result : results) {
                List<Long> ids = result.get(60, TimeUnit.SECONDS);
                for (int i = 0; i < ids.size(); i++) {
                    (i % 2 == 0 ? austinIds : israelIds).add(ids.get(i));
                }
            }
            assertEquals(1, austinIds.size(), "one أوستن: " + austinIds);
            assertEquals(1, israelIds.size(), "one إسرائيل: " + israelIds);
            assertEquals(2, first.entities().list().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInsertedHomonymKeepsItsOwnRowWithoutKeyAndFindOrCreateReturnsTheKeyedOne() {
        Entity keyed = first.entities().findOrCreate("أوستن", EntityType.PERSON, "first").entity();
        // An import of a separate person of the same name (a namesake): stored as asked, not refused.
        Entity namesake = second.entities().insert(new Entity(0, "اوستن", EntityType.PERSON, List.of("أوستن الابن")));

        assertNotEquals(keyed.id(), namesake.id());
        assertEquals(2, first.entities().list().size());
        assertEquals(ArabicNormalizer.fold("أوستن"), nameKey(keyed.id()));
        assertNull(nameKey(namesake.id()), "the homonym holds no key");
        assertEquals(namesake, first.entities().get(namesake.id()).orElseThrow());

        for (Stores stores : List.of(first, second)) {
            EntityCreation found = stores.entities().findOrCreate("أُوستن", EntityType.PERSON, "again");
            assertFalse(found.created());
            assertEquals(keyed.id(), found.entity().id(), "the keyed, older entity is found");
        }
        assertEquals(keyed.id(), second.entities().findByName("اوستن").orElseThrow().id());
        assertEquals(namesake.id(), second.entities().findByName("أوستن الابن").orElseThrow().id(), "its alias still finds it");
    }

    @Test
    void renamingAnEntityToANameAnotherKeysWorksAndLeavesItWithoutKey() {
        Entity austin = first.entities().findOrCreate("أوستن", EntityType.PERSON, "first").entity();
        Entity gantz = second.entities().findOrCreate("غانتس", EntityType.PERSON, "second").entity();
        assertEquals(ArabicNormalizer.fold("غانتس"), nameKey(gantz.id()));

        Entity renamed = second.entities().update(new Entity(gantz.id(), "اوستن", EntityType.PERSON, List.of("غانتس")));

        assertEquals("اوستن", renamed.canonicalName());
        assertNull(nameKey(gantz.id()), "the renamed entity gives up its key and takes none");
        assertEquals(ArabicNormalizer.fold("أوستن"), nameKey(austin.id()));
        EntityCreation found = first.entities().findOrCreate("اوستن", EntityType.PERSON, "again");
        assertFalse(found.created());
        assertEquals(austin.id(), found.entity().id());
        // Its old key is free again: the old name now finds the renamed entity through its alias, creating nothing.
        assertEquals(gantz.id(), first.entities().findOrCreate("غانتس", EntityType.PERSON, "again").entity().id());
        assertEquals(2, first.entities().list().size());

        // Renamed back, it takes its key again; an update to its own name keeps it.
        second.entities().update(new Entity(gantz.id(), "غانتس", EntityType.PERSON, List.of()));
        assertEquals(ArabicNormalizer.fold("غانتس"), nameKey(gantz.id()));
        first.entities().update(new Entity(austin.id(), "أُوستن", EntityType.PERSON, List.of()));
        assertEquals(ArabicNormalizer.fold("أوستن"), nameKey(austin.id()));
    }

    @Test
    void whenTheKeyedEntityIsRenamedAwayTheOldestHomonymIsFoundInsteadOfANewOne() {
        Entity keyed = first.entities().findOrCreate("إسرائيل", EntityType.PLACE, "first").entity();
        Entity homonym = second.entities().insert(new Entity(0, "اسرائيل", EntityType.PLACE, List.of()));
        first.entities().update(new Entity(keyed.id(), "فلسطين المحتلة", EntityType.PLACE, List.of()));

        EntityCreation found = second.entities().findOrCreate("إسرائيـل", EntityType.PLACE, "again");

        assertFalse(found.created());
        assertEquals(homonym.id(), found.entity().id());
        assertTrue(first.entities().list().stream().noneMatch(e -> e.id() > homonym.id()), "nothing was created");
    }

    private String nameKey(long id) {
        return RawSql.read(first.database(), c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT name_key FROM entity WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    assertTrue(rows.next(), "entity " + id + " exists");
                    return rows.getString(1);
                }
            }
        });
    }
}
