package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.ExcludedForm;
import hamish.model.Revision;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms removed from entities (migration 5): stored, guarded by the entity's revision, carried by a merge. */
class EntityFormStoreTest {

    private static final ExcludedForm KERRY = new ExcludedForm("كيري", "كيري");
    private static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgEntityFormStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }

    private long revisionOf(Stores s, long id) {
        return s.entities().revision(id).orElseThrow().number();
    }

    @Test
    void aRemovedFormIsStoredAcrossReopeningAndBumpsTheEntitysRevision() {
        String db = target("forms.db");
        long id;
        long before;
        try (Stores s = Stores.open(db)) {
            id = s.entities().insert(new Entity(0, "جون كيري", EntityType.PERSON, List.of())).id();
            before = revisionOf(s, id);
            Revision after = s.entities().forms().exclude(id, KERRY, before, new Revision(0, "main window", AT));
            assertNotEquals(before, after.number());
            assertEquals(new Revision(after.number(), "main window", AT), s.entities().revision(id).orElseThrow());
        }
        try (Stores s = Stores.open(db)) {
            assertEquals(List.of(KERRY), s.entities().forms().excluded(id));
            long now = revisionOf(s, id);
            s.entities().forms().allow(id, KERRY.key(), now, new Revision(before, "", null));
            assertTrue(s.entities().forms().excluded(id).isEmpty());
            assertEquals(before, revisionOf(s, id), "a write can put the entity back at the revision an undo names");
        }
    }

    @Test
    void aWriteAtAnotherRevisionOrTwiceIsRefusedAndWritesNothing() {
        try (Stores s = Stores.open(target("stale.db"))) {
            long id = s.entities().insert(new Entity(0, "جون كيري", EntityType.PERSON, List.of())).id();
            long before = revisionOf(s, id);
            s.entities().addAliases(id, List.of("كيري الأمريكي"), "command line", AT);

            StaleRowException stale = assertThrows(StaleRowException.class,
                    () -> s.entities().forms().exclude(id, KERRY, before, new Revision(0, "main window", AT)));
            assertEquals("command line", stale.current().orElseThrow().changedBy());
            assertTrue(s.entities().forms().excluded(id).isEmpty());

            long now = revisionOf(s, id);
            s.entities().forms().exclude(id, KERRY, now, new Revision(0, "main window", AT));
            long afterFirst = revisionOf(s, id);
            assertThrows(StoreException.class, () -> s.entities().forms().exclude(id, KERRY, afterFirst, new Revision(0, "x", AT)));
            assertEquals(afterFirst, revisionOf(s, id), "the refused write left the revision as it was");
            assertThrows(StoreException.class, () -> s.entities().forms().allow(id, "لا شيء", afterFirst, new Revision(0, "x", AT)));
        }
    }

    @Test
    void deletingTheEntityDeletesItsRemovedForms() {
        try (Stores s = Stores.open(target("cascade.db"))) {
            long id = s.entities().insert(new Entity(0, "جون كيري", EntityType.PERSON, List.of())).id();
            s.entities().forms().exclude(id, KERRY, revisionOf(s, id), new Revision(0, "x", AT));
            s.entities().delete(id);
            long left = s.database().read(c -> Rows.count(c, "SELECT count(*) FROM entity_form_exclusion"));
            assertEquals(0, left);
        }
    }

    @Test
    void aMergeCarriesTheMergedEntitysRemovedFormsAndUnmergePutsThemBack() {
        try (Stores s = Stores.open(target("merge.db"))) {
            long keep = s.entities().insert(new Entity(0, "جون كيري", EntityType.PERSON, List.of())).id();
            long other = s.entities().insert(new Entity(0, "جون فوربس كيري", EntityType.PERSON, List.of())).id();
            ExcludedForm both = new ExcludedForm("جون", "جون");
            ExcludedForm forbes = new ExcludedForm("فوربس كيري", "فوربس كيري");
            s.entities().forms().exclude(keep, both, revisionOf(s, keep), new Revision(0, "x", AT));
            s.entities().forms().exclude(other, both, revisionOf(s, other), new Revision(0, "x", AT));
            s.entities().forms().exclude(other, forbes, revisionOf(s, other), new Revision(0, "x", AT));

            EntityMerge merge = s.entities().merge(keep, other, null, "compare pane 1", AT);

            assertEquals(List.of(both, forbes), s.entities().forms().excluded(keep));
            assertEquals(List.of(both, forbes), merge.mergedExclusions());
            assertEquals(List.of(forbes), merge.carriedExclusions(), "only what the kept entity did not have");

            s.entities().unmerge(merge);
            assertEquals(List.of(both), s.entities().forms().excluded(keep));
            assertEquals(List.of(both, forbes), s.entities().forms().excluded(other));
        }
    }
}
