package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ComparePair;
import hamish.analysis.EntityProposal;
import hamish.app.history.EditHistory;
import hamish.app.history.UndoRefusedException;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import hamish.text.NameForm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, removing and restoring an entity's forms, as undoable steps, and what Find mentions then proposes. */
class EntityFormsTest {

    private static final Origin WINDOW = new Origin("compare window 1", "compare pane 1");

    @TempDir
    Path dir;
    private Stores stores;
    private List<Document> docs;
    private EditHistory history;
    private EntityForms forms;
    private Entity falk;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("forms.db"));
        docs = ComparePair.samples(stores);
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        history = new EditHistory();
        forms = new EntityForms(stores, history, clock);
        falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of("فالك الوسيط")));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private List<String> proposed() {
        Entity now = stores.entities().get(falk.id()).orElseThrow();
        return new MentionService(stores, "", Clock.systemUTC()).propose(now, docs).stream()
                .map(p -> p.proposal().surface() + " " + p.proposal().confidence().name().toLowerCase()).toList();
    }

    private EntityForms.Form form(String text) {
        return forms.list(falk.id()).stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void listsNameAliasAndGeneratedFormsWithWhatRemovingDoes() {
        assertEquals(EntityForms.Status.FIXED, form("غوردون فالك").status());
        assertEquals(EntityForms.Status.ALIAS, form("فالك الوسيط").status());
        assertEquals(NameForm.Kind.SURNAME, form("فالك").kind());
        assertEquals(EntityForms.Status.GENERATED, form("فالك").status());
        assertEquals(EntityForms.Status.GENERATED, form("غوردون بن … فالك").status());
    }

    @Test
    void removingTheSurnameDropsExactlyItsProposalsAndUndoRedoFollow() {
        List<String> all = proposed();
        assertTrue(all.contains("فالك form"), all.toString());

        forms.remove(WINDOW, falk.id(), "فالك");

        List<String> without = all.stream().filter(p -> !p.equals("فالك form")).toList();
        assertEquals(without, proposed());
        assertEquals(EntityForms.Status.REMOVED, form("فالك").status());

        history.undo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(all, proposed());
        assertEquals(EntityForms.Status.GENERATED, form("فالك").status());

        history.redo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(without, proposed());

        forms.restore(WINDOW, falk.id(), "فالك");
        assertEquals(all, proposed());
        history.undo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(without, proposed(), "undoing the restore removes the form again");
    }

    @Test
    void undoPutsEveryRowBackAsItWasRevisionsIncludedAndRedoRepeatsIt() {
        List<String> before = Tables.dump(stores);
        forms.remove(WINDOW, falk.id(), "فالك");
        List<String> surnameRemoved = Tables.dump(stores);
        forms.remove(WINDOW, falk.id(), "فالك الوسيط");
        assertTrue(!surnameRemoved.equals(before));

        history.undo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(surnameRemoved, Tables.dump(stores));
        history.undo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(before, Tables.dump(stores));
        history.redo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(surnameRemoved, Tables.dump(stores));
    }

    @Test
    void anySpellingThatFoldsAlikeNamesTheSameForm() {
        forms.remove(WINDOW, falk.id(), "فالِك");
        assertEquals(EntityForms.Status.REMOVED, form("فالك").status());
        assertThrows(IllegalArgumentException.class, () -> forms.remove(WINDOW, falk.id(), "فالك"), "already removed");
    }

    @Test
    void removingAnAliasDeletesItAndUndoGivesItBack() {
        forms.remove(WINDOW, falk.id(), "فالك الوسيط");
        assertEquals(List.of(), stores.entities().get(falk.id()).orElseThrow().aliases());
        assertTrue(stores.entities().forms().excluded(falk.id()).isEmpty(), "an alias is deleted, not remembered as removed");

        history.undo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(List.of("فالك الوسيط"), stores.entities().get(falk.id()).orElseThrow().aliases());
    }

    @Test
    void theNameItselfAndWhatIsNotAFormCannotBeRemoved() {
        assertThrows(IllegalArgumentException.class, () -> forms.remove(WINDOW, falk.id(), "غوردون فالك"));
        assertThrows(IllegalArgumentException.class, () -> forms.remove(WINDOW, falk.id(), "غوردون"));
        assertThrows(IllegalArgumentException.class, () -> forms.restore(WINDOW, falk.id(), "فالك"));
    }

    @Test
    void undoIsRefusedWhenTheEntityWasChangedSinceAndNothingIsWritten() {
        forms.remove(WINDOW, falk.id(), "فالك");
        new EntityRegister(stores, Clock.systemUTC()).alias(Origin.COMMAND_LINE, falk, List.of("السيد فالك"));

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> history.undo(WINDOW.scope(), stores));
        assertTrue(refused.getMessage().contains("command line"), refused.getMessage());
        assertEquals(EntityForms.Status.REMOVED, form("فالك").status());
        assertTrue(history.undo(WINDOW.scope(), stores).isEmpty(), "the refused step left the history");
    }

    @Test
    void aMergedEntitysRemovedFormsStayRemovedOnTheKeptOneAndUndoOfTheMergeTakesThemBack() {
        Entity gordon = stores.entities().insert(new Entity(0, "جوردون فالك", EntityType.PERSON, List.of()));
        forms.remove(WINDOW, gordon.id(), "فالك");
        Linking linking = new Linking(stores, history, Clock.systemUTC());

        linking.merge(WINDOW, falk.id(), gordon.id());
        assertEquals(EntityForms.Status.REMOVED, form("فالك").status());
        List<String> merged = proposed();
        assertTrue(merged.stream().noneMatch(p -> p.equals("فالك form")), merged.toString());

        history.undo(WINDOW.scope(), stores).orElseThrow();
        assertEquals(EntityForms.Status.GENERATED, form("فالك").status());
    }
}
