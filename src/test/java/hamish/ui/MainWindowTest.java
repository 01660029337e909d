package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DefaultTags;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.reader.Highlight;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: tag with a key, survive a restart, undo with Ctrl+Z. */
class MainWindowTest {

    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    Path db;
    long documentId;
    String text;
    Stage stage;
    MainWindow window;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void database() throws Exception {
        db = dir.resolve("window.db");
        try (Stores s = Stores.open(db)) {
            s.tags().ensureDefaults(DefaultTags.load());
            DocumentImporter importer = new DocumentImporter(s.documents());
            List<ImportOutcome> outcomes;
            Path seeds = Seeds.dir().orElse(null);
            if (seeds != null) {
                try (var files = Files.list(seeds)) {
                    outcomes = List.of(importer.importFile(files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow()));
                }
            } else {
                outcomes = importer.importSamples();
            }
            ImportOutcome first = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).findFirst().orElseThrow();
            documentId = first.documentId();
            text = s.documents().get(documentId).map(Document::text).orElseThrow();
        }
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (window != null) {
            robot.interact(window::close);
        }
        FxToolkit.cleanupStages();
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
        javafx.geometry.Bounds first = window.reader().characterBoundsOnScreen(span.start()).orElseThrow();
        javafx.geometry.Bounds last = window.reader().characterBoundsOnScreen(span.end() - 1).orElseThrow();
        javafx.geometry.Bounds reader = window.reader().localToScreen(window.reader().getBoundsInLocal());
        assertTrue(first.getMinX() > last.getMaxX(), "Arabic runs right to left: " + first + " " + last);
        javafx.geometry.Bounds lineStart = window.reader().characterBoundsOnScreen(0).orElseThrow();
        assertTrue(lineStart.getMinX() > reader.getMinX() + reader.getWidth() / 2, "the first line starts on the right: " + lineStart + " in " + reader);
        robot.moveTo(new javafx.geometry.Point2D(first.getCenterX(), first.getCenterY()))
                .drag(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(last.getCenterX(), last.getCenterY()))
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

        javafx.geometry.Bounds middle = window.reader().characterBoundsOnScreen(span.start() + span.length() / 2).orElseThrow();
        robot.clickOn(new javafx.geometry.Point2D(middle.getCenterX(), middle.getCenterY()));
        waitUntil(() -> window.viewModel().document().selectedProperty().get() != null);
        assertEquals(id, window.viewModel().document().selectedProperty().get().id());
        assertEquals(id, window.annotationPanel().table().getSelectionModel().getSelectedItem().id());
        assertEquals(hamish.ui.reader.HighlightStyle.FOCUS, window.reader().highlightAt(span.start()).orElseThrow().style());

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
    void theFormSetsSpeakerAndNoteOfAQuote() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        Annotation quote = window.viewModel().document().annotations().get(0);
        robot.interact(() -> window.annotationPanel().table().getSelectionModel().select(0));
        assertTrue(robot.lookup("#editorSpeaker").query().isVisible(), "quotes have a speaker");

        robot.clickOn("#editorSpeaker").write("Lloyd Austin").type(KeyCode.ENTER);
        // Clicking the note right after Enter: the suggestion list must not pop up over it.
        Thread.sleep(600);
        robot.clickOn("#editorNote");
        robot.write("first").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT).write("second").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> saved() && !window.viewModel().document().byId(quote.id()).orElseThrow().note().isEmpty()
                && window.viewModel().document().byId(quote.id()).orElseThrow().speakerEntityId() != null);

        try (Stores s = Stores.open(db)) {
            Annotation stored = s.annotations().get(quote.id()).orElseThrow();
            assertEquals("first\nsecond", stored.note());
            hamish.model.Entity speaker = s.entities().get(stored.speakerEntityId()).orElseThrow();
            assertEquals("Lloyd Austin", speaker.canonicalName());
            assertEquals(EntityType.PERSON, speaker.type());
            assertEquals(null, stored.entityId());
        }
    }

    @Test
    void theTagDialogAddsATagToThePaletteAndItsKeyTags() throws Exception {
        start();
        int before = window.viewModel().catalog().tags().size();
        robot.interact(() -> javafx.application.Platform.runLater(window::editTags));
        waitUntil(() -> robot.lookup("#tagName").tryQuery().isPresent());
        robot.clickOn("#tagName").write("Source");
        robot.interact(() -> robot.lookup("#tagKind").<javafx.scene.control.ComboBox<hamish.model.TagKind>>query()
                .setValue(hamish.model.TagKind.OTHER));
        robot.clickOn("#tagShortcut").write("7");
        robot.clickOn("#tagSave");
        waitUntil(() -> window.viewModel().catalog().tags().size() == before + 1 && saved());
        robot.interact(() -> robot.lookup("#tagName").query().getScene().getWindow().hide());

        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT7);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        try (Stores s = Stores.open(db)) {
            Tag source = s.tags().byName("Source").orElseThrow();
            assertEquals("7", source.shortcut());
            assertEquals(source.id(), s.annotations().forDocument(documentId).get(0).tagId());
        }
    }

    @Test
    void choosingArabicRebuildsTheWindowRightToLeftAndKeepsTheWork() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        MainWindow english = window;

        robot.interact(() -> english.language("ar"));
        waitUntil(() -> ready.get() != english && ready.get().viewModel().document().documentProperty().get() != null);
        window = ready.get();
        assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, window.root().getEffectiveNodeOrientation());
        assertEquals("ملف", ((javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window.root()).getTop()).getMenus().get(0).getText());
        assertEquals(documentId, window.viewModel().document().documentProperty().get().id());
        assertEquals(1, window.viewModel().document().annotations().size());
        try (Stores s = Stores.open(db)) {
            assertEquals(java.util.Optional.of("ar"), s.settings().get(UiSettings.LANGUAGE));
        }
    }

    @Test
    void ctrlFFindsEnterStepsEscCloses() throws Exception {
        start();
        // The article's most frequent longer word, so there is more than one match to step through.
        String word = java.util.Arrays.stream(text.split("[\\s\\p{Punct}“”«»،]+"))
                .filter(w -> w.length() >= 5)
                .collect(java.util.stream.Collectors.groupingBy(w -> w, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#findQuery").query().isFocused());
        robot.write(word);
        waitUntil(() -> window.viewModel().find().matches().size() > 1);
        int count = window.viewModel().find().matches().size();
        assertEquals("1 of " + count, robot.lookup("#findCount").queryLabeled().getText());
        robot.type(KeyCode.ENTER);
        assertEquals("2 of " + count, robot.lookup("#findCount").queryLabeled().getText());
        assertEquals(count, window.viewModel().document().proposals().size());

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !window.viewModel().find().openProperty().get());
        assertTrue(window.viewModel().document().proposals().isEmpty());
        assertTrue(!robot.lookup(".find-bar").query().isVisible());
    }

    private boolean saved() {
        return window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.SAVED;
    }

    /** Read on a second connection while the window keeps its own open. */
    private List<Long> storedIds() {
        try (Stores s = Stores.open(db)) {
            return s.annotations().forDocument(documentId).stream().map(Annotation::id).toList();
        }
    }

    private Tag tagWithKey(String key) {
        return window.viewModel().catalog().tags().stream().filter(t -> key.equals(t.shortcut())).findFirst().orElseThrow();
    }

    @Test
    void zoomThemeAndDividersComeBackAfterARestart() throws Exception {
        start();
        robot.interact(() -> {
            window.zoom(2);
            window.theme(MainMenu.DARK);
            ((javafx.scene.control.SplitPane) ((javafx.scene.layout.BorderPane) window.root()).getCenter()).setDividerPositions(0.3, 0.6);
        });
        double zoomed = window.reader().fontSizeProperty().get();
        assertEquals(MainWindow.DEFAULT_FONT_SIZE + 4, zoomed);
        robot.interact(window::close);
        window = null;
        FxToolkit.cleanupStages();

        start();
        assertEquals(zoomed, window.reader().fontSizeProperty().get());
        assertTrue(stage.getScene().getStylesheets().get(0).endsWith("app-dark.css"));
        double[] dividers = ((javafx.scene.control.SplitPane) ((javafx.scene.layout.BorderPane) window.root()).getCenter()).getDividerPositions();
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
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(garbage)), "the file is left untouched");
    }

    /** The second word of the first line: a name or a verb in every seed headline. */
    private Span someWord() {
        int start = text.indexOf(' ') + 1;
        int end = text.indexOf(' ', start);
        return new Span(start, end);
    }

    private final AtomicReference<MainWindow> ready = new AtomicReference<>();

    private void start() throws Exception {
        ready.set(null);
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(), 1200, 800));
            s.show();
        });
        robot.interact(() -> HamishApp.open(stage, db, new FxBackgroundExecutor(), Fixture.CLOCK, ready::set));
        waitUntil(() -> ready.get() != null);
        window = ready.get();
        waitUntil(() -> window.viewModel().document().documentProperty().get() != null
                && !window.viewModel().document().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
