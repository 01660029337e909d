package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.compare.CompareViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window and a compare window on one database share one edit history (view-model level, real
 * SQLite file, synchronous executor): an undo never writes over a change made since in another window or
 * by the command line, and says who made it.
 */
class SharedHistoryTest {

    @TempDir
    Path dir;
    Fixture f;
    MainViewModel vm;
    DocumentViewModel main;
    CompareViewModel compare;
    Annotation israel;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        vm = f.open();
        main = vm.document();
        main.open(f.documentId, () -> { });
        int at = Fixture.TEXT.indexOf("إسرائيل");
        main.tag(new Span(at, at + "إسرائيل".length()), f.tag("Place"));
        israel = main.annotations().get(0);
        compare = vm.compare(2);
        compare.open(List.of(f.documentId, f.secondId), () -> { });
    }

    String storedNote() {
        return f.stored(s -> s.annotations().get(israel.id()).orElseThrow().note());
    }

    @Test
    void anOlderUndoInTheMainWindowIsRefusedAfterACompareEditAndNamesThePane() {
        main.changeNote(israel.id(), "من النافذة الرئيسية");
        compare.panes().get(0).changeNote(israel.id(), "من نافذة المقارنة");

        main.undo();

        assertEquals("من نافذة المقارنة", storedNote(), "the pane's later note stays");
        assertEquals(1, f.errors.size(), f.errors.toString());
        assertTrue(f.errors.get(0).contains("compare pane 1"), f.errors.get(0));
        assertTrue(f.errors.get(0).contains("note of «إسرائيل»"), f.errors.get(0));
        assertEquals("من نافذة المقارنة", main.byId(israel.id()).orElseThrow().note(), "the main window shows the stored note");
    }

    @Test
    void anUndoAfterACommandLineWriteIsRefusedAndNamesTheCommandLine() {
        main.changeNote(israel.id(), "من النافذة");
        try (Stores cli = Stores.open(f.db, "command line")) {
            Annotation seen = cli.annotations().get(israel.id()).orElseThrow();
            cli.annotations().update(seen.withNote("من خط الأوامر", Fixture.CLOCK.instant()));
        }

        main.undo();

        assertEquals("من خط الأوامر", storedNote());
        assertTrue(f.errors.get(0).contains("command line"), f.errors.toString());
    }

    @Test
    void theCompareWindowUndoesItsOwnStepsAndTheMainWindowItsOwn() {
        compare.panes().get(0).changeNote(israel.id(), "من نافذة المقارنة");
        main.changeNote(israel.id(), "من النافذة الرئيسية");

        compare.undo();

        assertEquals("من النافذة الرئيسية", storedNote(), "the compare window's step is refused: the main window wrote since");
        assertTrue(f.errors.get(0).contains("main window"), f.errors.toString());
        main.undo();
        assertEquals("من نافذة المقارنة", storedNote(), "the main window's own step is undone, back to the compare window's note");
        assertTrue(f.errors.size() == 1, f.errors.toString());
    }

    @Test
    void linkingInTheCompareWindowIsUndoneAndRedoneThere() {
        int at = Fixture.SECOND.indexOf("غزة");
        compare.panes().get(1).tag(new Span(at, at + 3), f.tag("Place"));
        compare.panes().get(0).select(israel.id());
        compare.panes().get(1).select(compare.panes().get(1).annotations().get(0).id());

        compare.linkSelected(LinkType.CONTRADICTS);
        List<Link> linked = f.stored(s -> s.links().list());
        assertEquals(1, linked.size());
        assertEquals(1, compare.links().size());

        compare.undo();
        assertTrue(f.stored(s -> s.links().list()).isEmpty());
        assertTrue(compare.links().isEmpty());
        compare.redo();
        assertEquals(linked, f.stored(s -> s.links().list()), "redo restores the link under its id");
        assertFalse(main.canUndoProperty().get() && f.errors.size() > 0, f.errors.toString());
    }
}
