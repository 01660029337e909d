package hamish.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.Discovering;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import hamish.ui.Startup;
import hamish.ui.common.Catalog;
import hamish.ui.common.Notifier;
import hamish.ui.common.StoreSession;
import hamish.ui.task.DirectExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Who is here" in the compare view-model, run synchronously without a window. */
class WhoIsHereViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-18T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final List<String> errors = new ArrayList<>();
    private Catalog catalog;
    private CompareViewModel vm;

    @BeforeEach
    void open() {
        Path db = dir.resolve("who.db");
        List<Long> ids = new ArrayList<>();
        try (Stores s = Stores.open(db)) {
            s.tags().ensureDefaults(hamish.io.DefaultTags.load());
            ids.add(s.documents().insert(new Document(0, "أ", "صحيفة أ", null, "ar",
                    "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة. وأضاف لافروف أن الوفد سيعود.", "h1", Instant.now())).id());
            ids.add(s.documents().insert(new Document(0, "ب", "صحيفة ب", null, "ar",
                    "أكد وزير الخارجية الروسي سيرجي لافروف أن بلاده تدين الهجوم.", "h2", Instant.now())).id());
        }
        StoreSession session = new StoreSession(new DirectExecutor(), new Notifier() {
            @Override
            public void info(String message) {
            }

            @Override
            public void error(String message) {
                errors.add(message);
            }
        });
        catalog = new Catalog();
        session.open(db, Startup::load, startup -> {
            catalog.tags().setAll(startup.tags());
            catalog.entities().setAll(startup.entities());
        }, errors::add);
        vm = new CompareViewModel(session, catalog, CLOCK, "tester", 2);
        vm.open(ids, () -> { });
    }

    @Test
    void acceptedCandidateJoinsTheEntitiesAsOneUndoableStep() {
        vm.discoverEntities();
        Discovering.Candidate lavrov = vm.candidates().stream().filter(c -> c.entity().type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("سيرغي لافروف", lavrov.entity().name());
        assertEquals(2, lavrov.documentIds().size());

        vm.acceptCandidate(lavrov);

        Entity stored = catalog.entities().stream().filter(e -> e.canonicalName().equals("سيرغي لافروف")).findFirst().orElseThrow();
        assertTrue(stored.aliases().containsAll(List.of("سيرجي لافروف", "لافروف")), stored.aliases().toString());
        assertTrue(vm.candidates().stream().noneMatch(c -> c.entity().name().equals("سيرغي لافروف")));
        vm.undo();
        assertTrue(catalog.entities().stream().noneMatch(e -> e.id() == stored.id()));
        vm.redo();
        assertTrue(catalog.entities().stream().anyMatch(e -> e.equals(stored)));
        assertEquals(List.of(), errors);
    }

    @Test
    void acceptAndFindChoosesTheNewEntityAndProposesItsMentionsInEveryPane() {
        vm.discoverEntities();
        Discovering.Candidate lavrov = vm.candidates().stream().filter(c -> c.entity().type() == EntityType.PERSON).findFirst().orElseThrow();

        vm.acceptCandidateAndFindMentions(lavrov);

        Entity stored = catalog.entities().stream().filter(e -> e.canonicalName().equals("سيرغي لافروف")).findFirst().orElseThrow();
        assertEquals(stored, vm.focusedProperty().get(), "the accepted entity is chosen");
        // سيرغي لافروف and لافروف in the first report, سيرجي لافروف in the second: every mention proposed, none yet stored.
        assertEquals(3, vm.proposals().size(), vm.proposals().toString());
        assertEquals(2, vm.proposals().stream().map(p -> p.documentId()).distinct().count());
        vm.acceptAllButTypos();
        assertEquals(List.of(), errors);
        assertTrue(vm.proposals().isEmpty(), vm.proposals().toString());
        assertEquals(List.of(), errors);
    }
}
