package hamish.ui;

import hamish.ui.common.StoreSession;


import hamish.io.DefaultTags;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window headless on a temp database holding one seed article (or the bundled
 * samples when the seeds are absent), and closes it after each test.
 */
abstract class WindowTestBase {

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

    boolean saved() {
        return window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.SAVED;
    }

    /** Read on a second connection while the window keeps its own open. */
    List<Long> storedIds() {
        try (Stores s = Stores.open(db)) {
            return s.annotations().forDocument(documentId).stream().map(Annotation::id).toList();
        }
    }

    Tag tagWithKey(String key) {
        return window.viewModel().catalog().tags().stream().filter(t -> key.equals(t.shortcut())).findFirst().orElseThrow();
    }

    /** The second word of the first line: a name or a verb in every seed headline. */
    Span someWord() {
        int start = text.indexOf(' ') + 1;
        int end = text.indexOf(' ', start);
        return new Span(start, end);
    }

    final AtomicReference<MainWindow> ready = new AtomicReference<>();

    void start() throws Exception {
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

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
