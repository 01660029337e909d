package hamish.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.Annotating;
import hamish.app.Linking;
import hamish.app.Origin;
import hamish.app.Tables;
import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared edit history on a real SQLite file: two windows of the app (two scopes on one history and
 * one connection) and the command line (its own connection, as another process has).
 */
class EditHistoryTest {

    static final String TEXT = "قال بيني غانتس إن المحادثات مع لويد أوستن في البنتاغون كانت مثمرة.\n"
            + "وأكد جانتس أن وزير الدفاع لوستن وعد بدعم إضافي.\n";
    static final String OTHER = "التقى غانتس نظيره الأمريكي أوستن في واشنطن، وقال غانتس إن اللقاء كان مثمرا.\n";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    static final Origin MAIN = Origin.of("main window");
    static final Origin PANE = new Origin("compare window 1", "compare pane 1");

    @TempDir
    Path dir;
    Stores window;
    Stores cli;
    EditHistory history;
    Annotating annotating;
    Linking linking;
    Document doc;
    Document other;
    long person;
    long claim;

    @BeforeEach
    void open() {
        Path db = dir.resolve("history.db");
        window = Stores.open(db, "window");
        window.tags().ensureDefaults(DefaultTags.load());
        doc = window.documents().insert(new Document(0, "غانتس وأوستن", "أ", LocalDate.of(2021, 6, 3), "ar", TEXT, "h1", CLOCK.instant()));
        other = window.documents().insert(new Document(0, "لقاء", "ب", LocalDate.of(2021, 6, 3), "ar", OTHER, "h2", CLOCK.instant()));
        person = window.tags().byName("Person").orElseThrow().id();
        claim = window.tags().byName("Claim").orElseThrow().id();
        cli = Stores.open(db, "command line");
        history = new EditHistory();
        annotating = new Annotating(window, history, CLOCK);
        linking = new Linking(window, history, CLOCK);
    }

    @AfterEach
    void close() {
        cli.close();
        window.close();
    }

    Annotation unsaved(Document d, String word, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = d.text().indexOf(word, at + 1);
        }
        return Annotation.of(d.id(), d.text(), new Span(at, at + word.length()), person, "tester", CLOCK.instant());
    }

    Annotation tag(Origin o, Document d, String word) {
        return annotating.tag(o, List.of(unsaved(d, word, 0))).get(0);
    }

    String note(long id) {
        return window.annotations().get(id).orElseThrow().note();
    }

    @Test
    void nothingToUndoOnAFreshHistory() {
        assertEquals(Optional.empty(), annotating.undo(MAIN));
        assertEquals(Optional.empty(), annotating.redo(MAIN));
        assertFalse(history.canUndo(MAIN.scope()));
    }

    @Test
    void eachScopeUndoesItsOwnLatestStep() {
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(PANE, other, "أوستن");

        annotating.undo(MAIN);

        assertTrue(window.annotations().get(a.id()).isEmpty());
        assertTrue(window.annotations().get(b.id()).isPresent(), "the pane's later step is not the main window's to undo");
        assertTrue(history.canUndo(PANE.scope()));
        assertFalse(history.canUndo(MAIN.scope()));
    }

    @Test
    void anOlderUndoInTheMainWindowIsRefusedAfterAPaneEditedTheSameAnnotation() {
        Annotation a = tag(MAIN, doc, "غانتس");
        annotating.changeNote(MAIN, a.id(), "من الرئيسية");
        annotating.changeNote(PANE, a.id(), "من النافذة");
        List<String> before = Tables.dump(window);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> annotating.undo(MAIN));

        assertTrue(refused.getMessage().contains("compare pane 1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("note of «غانتس»"), refused.getMessage());
        assertEquals(before, Tables.dump(window), "nothing written");
        assertEquals("من النافذة", note(a.id()));
    }

    @Test
    void aCommandLineWriteInBetweenRefusesTheUndoAndNamesIt() {
        Annotation a = tag(MAIN, doc, "غانتس");
        annotating.changeNote(MAIN, a.id(), "أولى");
        Annotation seen = cli.annotations().get(a.id()).orElseThrow();
        cli.annotations().update(seen.withNote("من خط الأوامر", CLOCK.instant()));
        List<String> before = Tables.dump(window);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> annotating.undo(MAIN));

        assertTrue(refused.getMessage().contains("command line"), refused.getMessage());
        assertEquals(before, Tables.dump(window));
        assertEquals("من خط الأوامر", note(a.id()));
    }

    @Test
    void aRefusedUndoIsDroppedAndOlderStepsStayReachable() {
        Annotation kept = tag(MAIN, doc, "أوستن");
        Annotation a = tag(MAIN, doc, "غانتس");
        annotating.changeNote(MAIN, a.id(), "أولى");
        Annotation seen = cli.annotations().get(a.id()).orElseThrow();
        cli.annotations().update(seen.withNote("لاحقة", CLOCK.instant()));

        assertThrows(UndoRefusedException.class, () -> annotating.undo(MAIN));
        // The creation of «غانتس» is next; it is refused too (the row changed since), and dropped.
        assertThrows(UndoRefusedException.class, () -> annotating.undo(MAIN));
        assertTrue(annotating.undo(MAIN).isPresent(), "the oldest step is reached");

        assertTrue(window.annotations().get(kept.id()).isEmpty());
        assertEquals("لاحقة", note(a.id()));
        assertFalse(history.canUndo(MAIN.scope()));
    }

    @Test
    void undoingALaterStepFirstLetsTheOlderOneApply() {
        Annotation a = tag(MAIN, doc, "غانتس");
        annotating.changeNote(MAIN, a.id(), "أولى");
        annotating.changeNote(PANE, a.id(), "ثانية");

        annotating.undo(PANE);
        annotating.undo(MAIN);

        assertEquals("", note(a.id()));
        annotating.redo(MAIN);
        annotating.redo(PANE);
        assertEquals("ثانية", note(a.id()));
    }

    @Test
    void anEditWritesOnlyTheFieldItChanges() {
        Annotation a = tag(MAIN, doc, "غانتس");
        long revisionBefore = window.annotations().revision(a.id()).orElseThrow().number();
        annotating.changeNote(MAIN, a.id(), "ملاحظة");
        Annotation stored = window.annotations().get(a.id()).orElseThrow();

        assertEquals(a.tagId(), stored.tagId());
        assertEquals(a.entityId(), stored.entityId());
        assertEquals("ملاحظة", stored.note());
        assertTrue(window.annotations().revision(a.id()).orElseThrow().number() > revisionBefore, "a fresh revision");
        assertEquals("main window", window.annotations().revision(a.id()).orElseThrow().changedBy());
    }

    @Test
    void linkAndUnlinkUndoAndRedoExactly() {
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(MAIN, other, "غانتس");
        List<String> unlinked = Tables.dump(window);

        linking.link(MAIN, "tester", a.id(), b.id(), LinkType.PARAPHRASE);
        List<String> linked = Tables.dump(window);
        Link link = window.links().list().get(0);

        assertUndoRedo(unlinked, linked);
        annotating.redo(MAIN);

        linking.unlink(MAIN, link);
        assertEquals(unlinked, Tables.dump(window));
        annotating.undo(MAIN);
        assertEquals(linked, Tables.dump(window));
        annotating.redo(MAIN);
        assertEquals(unlinked, Tables.dump(window));
    }

    @Test
    void undoOfATagThatWasLinkedSinceIsRefusedRatherThanDroppingTheLink() {
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(PANE, other, "غانتس");
        linking.link(PANE, "tester", a.id(), b.id(), LinkType.PARAPHRASE);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> annotating.undo(MAIN));

        assertTrue(refused.getMessage().contains("linked"), refused.getMessage());
        assertEquals(1, window.links().list().size());
    }

    @Test
    void mergeUndoPutsTheMergedEntityAndEveryMentionBackExactly() {
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(MAIN, doc, "جانتس");
        Annotation c = annotating.tag(MAIN, List.of(unsaved(doc, "أوستن", 0))).get(0);
        annotating.name(MAIN, a.id(), "بيني غانتس", false);
        annotating.name(MAIN, b.id(), "جانتس", false);
        annotating.name(MAIN, c.id(), "جانتس", true);
        Entity keep = window.entities().findByName("بيني غانتس").orElseThrow();
        Entity gone = window.entities().findByName("جانتس").orElseThrow();
        List<String> before = Tables.dump(window);

        linking.merge(MAIN, keep.id(), gone.id());
        List<String> merged = Tables.dump(window);
        assertEquals(List.of("جانتس"), window.entities().get(keep.id()).orElseThrow().aliases());
        assertEquals(keep.id(), window.annotations().get(c.id()).orElseThrow().speakerEntityId());

        assertUndoRedo(before, merged);
    }

    @Test
    void mergeUndoIsRefusedWhenAMentionChangedSinceAndOlderStepsStillWork() {
        Entity keep = window.entities().insert(new Entity(0, "بيني غانتس", EntityType.PERSON, List.of()));
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(MAIN, doc, "جانتس");
        annotating.name(MAIN, b.id(), "جانتس", false);
        annotating.name(MAIN, a.id(), "بيني غانتس", false);
        Entity gone = window.entities().findByName("جانتس").orElseThrow();
        linking.merge(MAIN, keep.id(), gone.id());
        annotating.changeNote(PANE, b.id(), "ملاحظة بعد الدمج");
        List<String> before = Tables.dump(window);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, () -> annotating.undo(MAIN));

        assertTrue(refused.getMessage().contains("compare pane 1"), refused.getMessage());
        assertEquals(before, Tables.dump(window));
        assertTrue(annotating.undo(MAIN).isPresent(), "the step before the merge is reachable");
        assertEquals(null, window.annotations().get(a.id()).orElseThrow().entityId());
    }

    @Test
    void splitUndoAndRedoExactly() {
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(MAIN, doc, "جانتس");
        annotating.name(MAIN, a.id(), "غانتس", false);
        annotating.name(MAIN, b.id(), "غانتس", false);
        List<String> before = Tables.dump(window);

        Annotating.Named split = annotating.split(MAIN, b.id());
        List<String> after = Tables.dump(window);
        assertEquals("جانتس", split.entity().canonicalName());

        assertUndoRedo(before, after);
    }

    @Test
    void linkingASentencePairIsOneStepThatUndoesWhole() {
        List<String> before = Tables.dump(window);
        int end = TEXT.indexOf('\n');
        linking.linkAsSameClaim(PANE, doc, new Span(0, end), other, new Span(0, OTHER.indexOf('\n')), "tester");
        List<String> after = Tables.dump(window);
        assertEquals(1, window.links().list().size());
        assertEquals("tester", window.links().list().get(0).author(), "the link is the user's, as its claims are");
        assertEquals(2, window.annotations().count());

        assertUndoRedoIn(PANE, before, after);
    }

    @Test
    void namingAnUnknownEntityCreatesItAndUndoRemovesIt() {
        Annotation a = tag(MAIN, doc, "غانتس");
        List<String> before = Tables.dump(window);

        Annotating.Named named = annotating.name(MAIN, a.id(), "بيني غانتس", false);
        assertTrue(named.created());
        List<String> after = Tables.dump(window);

        assertUndoRedo(before, after);
    }

    @Test
    void deleteUndoRestoresTheAnnotationWithItsLinks() {
        Annotation a = linkedToAnother();
        List<String> before = Tables.dump(window);

        annotating.delete(MAIN, a.id());
        List<String> after = Tables.dump(window);
        assertTrue(window.links().list().isEmpty());

        assertUndoRedo(before, after);
    }

    @Test
    void aTakeoverAndTheDeleteItWasForAreOneStepThatUndoesWhole() {
        Annotation a = linkedToAnother();
        List<String> before = Tables.dump(window);

        Change change = annotating.takingOver(MAIN, a.id(), "omar").delete(MAIN, a.id());
        List<String> after = Tables.dump(window);

        assertEquals(List.of(a.id()), change.removed());
        assertTrue(change.saved().isEmpty(), "the taken-over row is not also reported as saved: " + change.saved());
        assertEquals(Optional.of("takeover and delete «غانتس»"), history.nextUndo(MAIN.scope()));
        assertUndoRedo(before, after);
        assertEquals("tester", window.annotations().get(a.id()).orElseThrow().author());
    }

    @Test
    void aTakeoverAndANoteOrANameAreOneStepEach() {
        Annotation a = tag(MAIN, doc, "غانتس");
        List<String> before = Tables.dump(window);
        Change noted = annotating.takingOver(MAIN, a.id(), "omar").changeNote(MAIN, a.id(), "ملاحظة");
        assertEquals(1, noted.saved().size());
        assertEquals("omar", noted.saved().get(0).author());
        assertEquals("ملاحظة", noted.saved().get(0).note());
        assertUndoRedo(before, Tables.dump(window));

        Annotation c = tag(MAIN, other, "غانتس");
        List<String> beforeNaming = Tables.dump(window);
        annotating.takingOver(MAIN, c.id(), "omar").name(MAIN, c.id(), "بيني غانتس", false);
        assertEquals("omar", window.annotations().get(c.id()).orElseThrow().author());
        assertUndoRedo(beforeNaming, Tables.dump(window));
    }

    @Test
    void theOldestStepsFallOffPastTheLimit() {
        Annotation a = tag(MAIN, doc, "غانتس");
        for (int i = 0; i < EditHistory.LIMIT; i++) {
            annotating.changeNote(MAIN, a.id(), "n" + i);
        }
        int undone = 0;
        while (annotating.undo(MAIN).isPresent()) {
            undone++;
        }
        assertEquals(EditHistory.LIMIT, undone);
        assertTrue(window.annotations().get(a.id()).isPresent(), "the creation fell off the history, so the annotation stays");
        assertEquals("", note(a.id()));
    }

    /** غانتس in doc, linked as a paraphrase to غانتس in other. */
    private Annotation linkedToAnother() {
        Annotation a = tag(MAIN, doc, "غانتس");
        Annotation b = tag(MAIN, other, "غانتس");
        linking.link(MAIN, "tester", a.id(), b.id(), LinkType.PARAPHRASE);
        return a;
    }

    private void assertUndoRedo(List<String> before, List<String> after) {
        assertUndoRedoIn(MAIN, before, after);
    }

    private void assertUndoRedoIn(Origin o, List<String> before, List<String> after) {
        annotating.undo(o);
        assertEquals(before, Tables.dump(window), "undo restores every row field by field");
        annotating.redo(o);
        assertEquals(after, Tables.dump(window), "redo restores every row field by field");
        annotating.undo(o);
        assertEquals(before, Tables.dump(window));
    }
}
