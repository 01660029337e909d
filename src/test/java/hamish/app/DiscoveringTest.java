package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.history.EditHistory;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveringTest {

    @TempDir
    Path dir;
    private Stores stores;
    private Discovering discovering;
    private final Origin origin = Origin.of("compare");

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("discover.db"));
        discovering = new Discovering(stores, new EditHistory());
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private long doc(String text) {
        return stores.documents().insert(new Document(0, "تقرير", "وكالة " + text.length(), null, "ar", text,
                Integer.toHexString(text.hashCode()), java.time.Instant.now())).id();
    }

    @Test
    void groupsFormsAndAcceptsAsOneUndoableStep() {
        long a = doc("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة. وأضاف لافروف أن الوفد سيعود.");
        long b = doc("أكد وزير الخارجية الروسي سيرجي لافروف أن بلاده تدين الهجوم.");
        List<Discovering.Candidate> found = discovering.discover(List.of(a, b));
        Discovering.Candidate lavrov = found.stream().filter(c -> c.entity().type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(List.of(a, b), lavrov.documentIds());
        List<String> forms = lavrov.entity().forms().stream().map(f -> f.text()).toList();
        assertTrue(forms.containsAll(List.of("سيرغي لافروف", "سيرجي لافروف", "لافروف")), forms.toString());

        Entity accepted = discovering.acceptEntity(origin, lavrov.entity());
        assertEquals(EntityType.PERSON, accepted.type());
        Entity stored = stores.entities().findByName("لافروف").orElseThrow();
        assertEquals(accepted.id(), stored.id());
        assertTrue(stored.aliases().containsAll(lavrov.entity().aliases()));

        assertTrue(stores.entities().get(accepted.id()).isPresent());
        // One undo removes the entity and every alias; one redo brings it back under its id.
        discoveringHistory.undo(origin.scope(), stores).orElseThrow();
        assertFalse(stores.entities().get(accepted.id()).isPresent());
        assertTrue(stores.entities().findByName("سيرجي لافروف").isEmpty());
        discoveringHistory.redo(origin.scope(), stores).orElseThrow();
        assertEquals(stored, stores.entities().get(accepted.id()).orElseThrow());
        assertFalse(discoveringHistory.canRedo(origin.scope()));
        discoveringHistory.undo(origin.scope(), stores).orElseThrow();
        assertFalse(discoveringHistory.canUndo(origin.scope()));
    }

    private EditHistory discoveringHistory;

    @Test
    void acceptingAKnownEntityAddsItsFormsAndUndoPutsThemBack() {
        Entity known = stores.entities().insert(new Entity(0, "سيرغي لافروف", EntityType.PERSON, List.of()));
        long a = doc("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة.");
        long b = doc("أكد وزير الخارجية الروسي سيرجي لافروف أن بلاده تدين الهجوم. وقال لافروف إن");
        Discovering.Candidate lavrov = discovering.discover(List.of(a, b)).get(0);
        Entity accepted = discovering.acceptEntity(origin, lavrov.entity());
        assertEquals(known.id(), accepted.id());
        assertTrue(accepted.aliases().contains("سيرجي لافروف"));
        discoveringHistory.undo(origin.scope(), stores).orElseThrow();
        assertEquals(List.of(), stores.entities().get(known.id()).orElseThrow().aliases());
    }

    @BeforeEach
    void sharedHistory() {
        discoveringHistory = new EditHistory();
        discovering = new Discovering(stores, discoveringHistory);
    }
}
