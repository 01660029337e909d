package hamish.ui;

import hamish.ui.common.StoreSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: tag with a key, survive a restart, undo, delete, keep state. */
class MainWindowTest extends WindowTestBase {

    @Test
    void theFirstDocumentIsInTheReaderWhenTheWindowIsReadyAndAnotherOpensAsBefore() throws Exception {
        // The start reads the first document with the library (Startup.firstDocument): the window hands it to the
        // reader while it is built, so its first layout holds it, with its annotations in the table.
        AtomicReference<String> textWhenReady = new AtomicReference<>();
        AtomicReference<Integer> rowsWhenReady = new AtomicReference<>();
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(), 1200, 800));
            s.show();
        });
        robot.interact(() -> HamishApp.open(stage, db, new FxBackgroundExecutor(), Fixture.CLOCK, w -> {
            textWhenReady.set(w.reader().getText());
            rowsWhenReady.set(w.annotationPanel().table().getItems().size());
            ready.set(w);
        }));
        waitUntil(() -> ready.get() != null);
        window = ready.get();
        assertEquals(text, textWhenReady.get(), "the reader has the text before the window's first pulse");
        assertEquals(0, rowsWhenReady.get());
        assertTrue(!window.viewModel().document().loadingProperty().get());

        // Any later open reads in the background as before.
        robot.interact(() -> window.viewModel().document().tag(someWord(), tagWithKey("1")));
        waitUntil(this::saved);
        long other;
        try (Stores s = Stores.open(db)) {
            other = s.documents().list().stream().mapToLong(d -> d.id()).filter(id -> id != documentId).findFirst().orElse(documentId);
        }
        robot.interact(() -> window.openDocument(other));
        waitUntil(() -> window.viewModel().document().documentProperty().get().id() == other
                && !window.viewModel().document().loadingProperty().get());
        robot.interact(() -> window.openDocument(documentId));
        waitUntil(() -> window.viewModel().document().documentProperty().get().id() == documentId
                && !window.viewModel().document().loadingProperty().get());
        assertEquals(text, window.reader().getText());
        assertEquals(1, window.viewModel().document().annotations().size(), "reopened from the store, with the new annotation");
    }

    @Test
    void keyTagsTheSelectionAndItSurvivesARestart() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> !window.viewModel().document().annotations().isEmpty()
                && window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.SAVED);
        robot.interact(window::close);
        window = null;

        Annotation stored;
        try (Stores s = Stores.open(db)) {
            List<Annotation> all = s.annotations().forDocument(documentId);
            assertEquals(1, all.size());
            stored = all.get(0);
            Tag tag = s.tags().list().stream().filter(t -> t.id() == all.get(0).tagId()).findFirst().orElseThrow();
            assertEquals("1", tag.shortcut());
            assertEquals(EntityType.PERSON, tag.entityType());
        }
        assertEquals(span, stored.span());
        assertEquals(span.of(text), stored.quote());

        start();
        assertEquals(documentId, window.viewModel().document().documentProperty().get().id(), "the last document reopens");
        List<Highlight> highlights = window.viewModel().document().highlightsProperty().get();
        assertTrue(highlights.stream().anyMatch(h -> h.annotationId() == stored.id() && h.span().equals(span)), highlights.toString());
        assertEquals(span, window.reader().highlightAt(span.start()).orElseThrow().span(), "the reader draws it");
        assertTrue(window.annotationPanel().table().getItems().stream().anyMatch(a -> a.id() == stored.id()));
    }

    @Test
    void ctrlZUndoesTheTagging() throws Exception {
        start();
        Span span = someWord();
        // A real drag across the word, from its first char to its last (right to left on screen).
        Bounds first = window.reader().characterBoundsOnScreen(span.start()).orElseThrow();
        Bounds last = window.reader().characterBoundsOnScreen(span.end() - 1).orElseThrow();
        Bounds reader = window.reader().localToScreen(window.reader().getBoundsInLocal());
        assertTrue(first.getMinX() > last.getMaxX(), "Arabic runs right to left: " + first + " " + last);
        Bounds lineStart = window.reader().characterBoundsOnScreen(0).orElseThrow();
        assertTrue(lineStart.getMinX() > reader.getMinX() + reader.getWidth() / 2, "the first line starts on the right: " + lineStart + " in " + reader);
        robot.moveTo(new Point2D(first.getCenterX(), first.getCenterY()))
                .drag(MouseButton.PRIMARY)
                .moveTo(new Point2D(last.getCenterX(), last.getCenterY()))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, window.reader().selectionProperty().get());
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().document().annotations().isEmpty()
                && window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.SAVED);
        assertTrue(window.viewModel().document().highlightsProperty().get().isEmpty());
        assertTrue(window.reader().highlightAt(span.start()).isEmpty());
        assertTrue(window.annotationPanel().table().getItems().isEmpty());
        robot.interact(window::close);
        window = null;
        try (Stores s = Stores.open(db)) {
            assertTrue(s.annotations().forDocument(documentId).isEmpty());
        }
    }

    @Test
    void editingTheSelectedRowKeepsItSelectedAndChangesOnlyIt() throws Exception {
        start();
        int second = text.indexOf(' ', text.indexOf(' ') + 1) + 1;
        Span first = someWord();
        Span other = new Span(second, text.indexOf(' ', second));
        robot.interact(() -> {
            window.viewModel().document().tag(first, tagWithKey("1"));
            window.viewModel().document().tag(other, tagWithKey("3"));
        });
        waitUntil(() -> window.annotationPanel().table().getItems().size() == 2);
        Annotation chosen = window.annotationPanel().table().getItems().get(1);
        robot.interact(() -> window.annotationPanel().table().getSelectionModel().select(chosen));
        assertEquals(chosen.id(), window.viewModel().document().selectedProperty().get().id());

        robot.clickOn("#editorEntity").write("Gantz").type(KeyCode.ENTER);
        waitUntil(() -> window.viewModel().document().byId(chosen.id()).orElseThrow().entityId() != null
                && window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.SAVED);
        assertEquals(chosen.id(), window.viewModel().document().selectedProperty().get().id(), "the same row stays selected");
        assertEquals(chosen.id(), window.annotationPanel().table().getSelectionModel().getSelectedItem().id());
        assertEquals(1, window.viewModel().document().annotations().stream().filter(a -> a.entityId() != null).count());
    }

    @Test
    void clickingAHighlightSelectsItDelDeletesCtrlZRestoresCtrlYDeletesAgain() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1);
        long id = window.viewModel().document().annotations().get(0).id();

        Bounds middle = window.reader().characterBoundsOnScreen(span.start() + span.length() / 2).orElseThrow();
        robot.clickOn(new Point2D(middle.getCenterX(), middle.getCenterY()));
        waitUntil(() -> window.viewModel().document().selectedProperty().get() != null);
        assertEquals(id, window.viewModel().document().selectedProperty().get().id());
        assertEquals(id, window.annotationPanel().table().getSelectionModel().getSelectedItem().id());
        assertEquals(HighlightStyle.FOCUS, window.reader().highlightAt(span.start()).orElseThrow().style());

        robot.type(KeyCode.DELETE);
        waitUntil(() -> window.viewModel().document().annotations().isEmpty() && saved());
        assertTrue(storedIds().isEmpty());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        assertEquals(List.of(id), storedIds(), "undo brings back the same annotation");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().document().annotations().isEmpty() && saved());
        assertTrue(storedIds().isEmpty());
    }

    @Test
    void taggingDoesNotReopenTheDocument() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> {
            window.viewModel().find().openProperty().set(true);
            window.viewModel().find().queryProperty().set(span.of(text));
        });
        int proposals = window.viewModel().document().proposals().size();
        assertTrue(proposals > 0);
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved()
                && window.viewModel().library().allDocuments().get(0).annotationCount() == 1);
        assertEquals(proposals, window.viewModel().document().proposals().size(), "the find proposals stay");
        assertEquals(documentId, window.viewModel().document().documentProperty().get().id());
    }

    @Test
    void zoomThemeAndDividersComeBackAfterARestart() throws Exception {
        start();
        robot.interact(() -> {
            window.zoom(2);
            window.theme(MainMenu.DARK);
            ((SplitPane) ((BorderPane) window.root()).getCenter()).setDividerPositions(0.3, 0.6);
        });
        double zoomed = window.reader().fontSizeProperty().get();
        assertEquals(MainWindow.DEFAULT_FONT_SIZE + 4, zoomed);
        robot.interact(window::close);
        window = null;
        FxToolkit.cleanupStages();

        start();
        assertEquals(zoomed, window.reader().fontSizeProperty().get());
        assertTrue(stage.getScene().getStylesheets().get(0).endsWith("app-dark.css"));
        double[] dividers = ((SplitPane) ((BorderPane) window.root()).getCenter()).getDividerPositions();
        assertEquals(0.3, dividers[0], 0.02);
        assertEquals(0.6, dividers[1], 0.02);
    }

    @Test
    void theReadingPositionComesBackAfterARestart() throws Exception {
        start();
        int nearEnd = text.length() - 3;
        robot.interact(() -> window.reader().scrollTo(nearEnd));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.reader().characterBoundsOnScreen(0).isEmpty(), "the article is longer than the window");
        robot.interact(window::close);
        window = null;
        FxToolkit.cleanupStages();

        start();
        waitUntil(() -> window.reader().characterBoundsOnScreen(nearEnd).isPresent());
        assertTrue(window.reader().characterBoundsOnScreen(0).isEmpty());
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedWithAMessage() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.db"), "these are not the droids you are looking for ".repeat(200));
        byte[] before = Files.readAllBytes(garbage);
        AtomicReference<MainWindow> ready = new AtomicReference<>();
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(), 800, 600));
            s.show();
        });
        robot.interact(() -> HamishApp.open(stage, garbage, new FxBackgroundExecutor(), Fixture.CLOCK, ready::set));
        waitUntil(() -> robot.lookup("#openFailed").tryQuery().isPresent());
        String shown = robot.lookup("#openFailed").queryLabeled().getText();
        assertTrue(shown.contains("notes.db"), shown);
        assertTrue(!shown.contains("\tat ") && !shown.contains("Exception"), shown);
        assertEquals(null, ready.get());
        assertTrue(Arrays.equals(before, Files.readAllBytes(garbage)), "the file is left untouched");
    }
}
