package hamish.ui;

import hamish.ui.common.StoreSession;

import hamish.ui.i18n.Messages;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application: the main window on one database. */
public final class HamishApp extends Application {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static Path databasePath = Path.of("annotations.db");
    private static FxBackgroundExecutor executor;
    // Set on the FX thread in start(), before the executor hands any result to that thread.
    private static Stage primary;
    private static MainWindow window;

    public static void launchWindow(Path db) {
        databasePath = db;
        // The database opens and the window's data loads while the toolkit starts: the two overlap on two cores.
        executor = FxBackgroundExecutor.beforeToolkit();
        open(new StoreSession(executor, new FxNotifier(() -> primary, "Hamish")), db, () -> primary, CLOCK, HamishApp::ready);
        Application.launch(HamishApp.class);
    }

    @Override
    public void start(Stage stage) {
        primary = stage;
        Fonts.load();
        stage.setTitle(Messages.forLanguage(Messages.ENGLISH).get("app.title"));
        stage.setScene(new Scene(opening(databasePath), 1280, 800));
        stage.show();
        if (StartupProbe.enabled()) {
            StartupProbe.afterNextPulse(stage.getScene(), StartupProbe.SHOWN, () -> { });
        }
        // The placeholder is laid out first, so the window shows at once even when the data is already there.
        StartupProbe.afterNextPulse(stage.getScene(), null, executor::toolkitStarted);
    }

    private static void ready(MainWindow w) {
        window = w;
        if (StartupProbe.enabled()) {
            StartupProbe.whenInteractive(w);
        }
    }

    /**
     * Shows the window at once with an "Opening…" placeholder, opens the database in the background,
     * then fills the window. Tests call this with their own executor and database.
     */
    public static void open(Stage stage, Path db, FxBackgroundExecutor executor, Clock clock,
                            Consumer<MainWindow> onReady) {
        open(new StoreSession(executor, new FxNotifier(stage, "Hamish")), db, () -> stage, clock, onReady);
    }

    /** {@code stageOnceUp}: the stage, asked for only on the FX thread once the database has opened or failed to. */
    private static void open(StoreSession session, Path db, Supplier<Stage> stageOnceUp, Clock clock,
                             Consumer<MainWindow> onReady) {
        session.open(db, Startup::load, startup -> {
            Stage stage = stageOnceUp.get();
            Messages messages = Messages.forLanguage(startup.settings().get(UiSettings.LANGUAGE).orElse(Messages.ENGLISH));
            MainWindow w = new MainWindow(stage, new MainViewModel(session, startup, messages, clock, System.getProperty("user.name", "")));
            // A new language rebuilds everything as at a start, on a fresh scene, after all is saved.
            w.setOnReopen(() -> {
                w.close();
                stage.setScene(new Scene(opening(db), stage.getScene().getWidth(), stage.getScene().getHeight()));
                open(stage, db, new FxBackgroundExecutor(), clock, onReady);
            });
            w.show();
            onReady.accept(w);
        }, message -> {
            Stage stage = stageOnceUp.get();
            Label failed = new Label(message);
            failed.setWrapText(true);
            failed.setId("openFailed");
            // No stylesheet may be there yet (the database did not open), so the weight is set on the font itself.
            failed.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
            Label hint = new Label(Messages.forLanguage(Messages.ENGLISH).get("app.openFailedHint"));
            hint.setWrapText(true);
            VBox box = new VBox(12, failed, hint);
            box.setPadding(new Insets(24));
            stage.getScene().setRoot(box);
        });
    }

    private static VBox opening(Path db) {
        Label label = new Label(Messages.forLanguage(Messages.ENGLISH).format("app.opening", db.toAbsolutePath()));
        VBox box = new VBox(12, new ProgressIndicator(), label);
        box.setPadding(new Insets(24));
        return box;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
