package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.CollectionMember;
import hamish.model.DocumentCollection;
import hamish.model.Revision;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections in SQLite: names unique as folded, revision-checked membership, cascades from both sides. */
class CollectionStoreTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgCollectionStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    Stores stores;
    CollectionStore collections;
    long a;
    long b;

    @BeforeEach
    void open() {
        stores = Stores.open(target("c.db"));
        collections = stores.collections();
        a = stores.documents().insert(Fixtures.document("أ", "نص أول.")).id();
        b = stores.documents().insert(Fixtures.document("ب", "نص ثان.")).id();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private static Revision fresh() {
        return new Revision(0, "test", Fixtures.NOW);
    }

    private long revision(long id) {
        return collections.revision(id).orElseThrow().number();
    }

    @Test
    void namesThatFoldAlikeAreOneName() {
        collections.insert("تفجير أبها", Fixtures.NOW, fresh());
        StoreException taken = assertThrows(StoreException.class, () -> collections.insert("تفجير ابها", Fixtures.NOW, fresh()));
        assertTrue(taken.getMessage().contains("already a collection named \"تفجير أبها\""), taken.getMessage());
        assertEquals("تفجير أبها", collections.findByName("تَفجير ابها").orElseThrow().name());
    }

    @Test
    void membershipIsRevisionCheckedAndCountedInTheList() {
        DocumentCollection c = collections.insert("حدث", Fixtures.NOW, fresh());
        long r0 = revision(c.id());
        Revision r1 = collections.addDocuments(c.id(), List.of(new CollectionMember(a, Fixtures.NOW), new CollectionMember(b, Fixtures.NOW)), r0, fresh());
        assertTrue(r1.number() > r0);
        assertEquals(2, collections.list().get(0).size());
        assertEquals(List.of(a, b), collections.documentIds(c.id()));

        StaleRowException stale = assertThrows(StaleRowException.class, () -> collections.removeDocuments(c.id(), List.of(a), r0, fresh()));
        assertEquals("collection", stale.table());
        assertEquals(List.of(a, b), collections.documentIds(c.id()), "a refused write writes nothing");
        assertThrows(StoreException.class, () -> collections.addDocuments(c.id(), List.of(new CollectionMember(a, Fixtures.NOW)), r1.number(), fresh()),
                "a document already in");
        assertEquals(r1.number(), revision(c.id()), "the refused add left the revision as it was");
    }

    @Test
    void deletingADocumentOrTheCollectionCascades() {
        DocumentCollection c = collections.insert("حدث", Fixtures.NOW, fresh());
        collections.addDocuments(c.id(), List.of(new CollectionMember(a, Fixtures.NOW), new CollectionMember(b, Fixtures.NOW)), revision(c.id()), fresh());
        stores.documents().delete(a);
        assertEquals(List.of(b), collections.documentIds(c.id()));

        List<CollectionMember> members = collections.members(c.id());
        Revision at = collections.revision(c.id()).orElseThrow();
        collections.delete(c.id(), at.number());
        assertTrue(collections.list().isEmpty());
        assertEquals(1, stores.documents().count(), "the document not deleted before stays");

        DocumentCollection back = collections.restore(c, members, at);
        assertEquals(c.id(), back.id(), "restored under its id");
        assertEquals(List.of(b), collections.documentIds(c.id()));
        assertEquals(at.number(), revision(c.id()));
    }
}
