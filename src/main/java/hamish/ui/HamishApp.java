package hamish.ui;

import hamish.ui.common.StoreSession;
import hamish.ui.common.UserName;

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
    private static String databaseTarget = "annotations.db";
    private static FxBackgroundExecutor executor;
    // Set on the FX thread in start(), before the executor hands any result to that thread.
    private static Stage primary;
    private static MainWindow window;

    public static void launchWindow(Path db) {
        launchWindow(db.toString());
    }

    /** Opens the window on {@code db}: a database file's path or a team database's {@code postgresql://} URL. */
    public static void launchWindow(String db) {
        databaseTarget = db;
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
        stage.setScene(new Scene(opening(databaseTarget), 1280, 800));
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
        open(stage, db.toString(), executor, clock, onReady);
    }

    /** As {@link #open(Stage, Path, FxBackgroundExecutor, Clock, Consumer)} on a file path or a postgresql:// URL. */
    public static void open(Stage stage, String db, FxBackgroundExecutor executor, Clock clock,
                            Consumer<MainWindow> onReady) {
        open(new StoreSession(executor, new FxNotifier(stage, "Hamish")), db, () -> stage, clock, onReady,
                message -> showFailure(stage, message));
    }

    private static void open(StoreSession session, String db, Supplier<Stage> stageOnceUp, Clock clock,
                             Consumer<MainWindow> onReady) {
        open(session, db, stageOnceUp, clock, onReady, message -> showFailure(stageOnceUp.get(), message));
    }

    /**
     * {@code stageOnceUp}: the stage, asked for only on the FX thread once the database has opened or failed to.
     * {@code onFailed} shows why it did not open.
     */
    private static void open(StoreSession session, String db, Supplier<Stage> stageOnceUp, Clock clock,
                             Consumer<MainWindow> onReady, Consumer<String> onFailed) {
        session.open(db, Startup::load, startup -> {
            Stage stage = stageOnceUp.get();
            MainWindow w = build(stage, session, startup, db, clock, onReady);
            w.show();
            onReady.accept(w);
        }, onFailed);
    }

    private static MainWindow build(Stage stage, StoreSession session, Startup startup, String db, Clock clock,
                                    Consumer<MainWindow> onReady) {
        Messages messages = Messages.forLanguage(startup.settings().get(UiSettings.LANGUAGE).orElse(Messages.ENGLISH));
        MainWindow w = new MainWindow(stage, new MainViewModel(session, startup, messages, clock, UserName.forCurrentUser()));
        // A new language rebuilds everything as at a start, on a fresh scene, after all is saved.
        w.setOnReopen(() -> {
            w.close();
            stage.setScene(new Scene(opening(db), stage.getScene().getWidth(), stage.getScene().getHeight()));
            open(stage, db, new FxBackgroundExecutor(), clock, onReady);
        });
        // Another database (File → Open database…): opened beside this one first, so that a wrong address or an
        // unreachable server leaves the window as it was, with the reason in a message.
        w.setOnOpenDatabase(target -> {
            StoreSession next = new StoreSession(new FxBackgroundExecutor(), new FxNotifier(stage, "Hamish"));
            next.open(target, Startup::load, startup2 -> {
                w.close();
                MainWindow opened = build(stage, next, startup2, target, clock, onReady);
                opened.show();
                onReady.accept(opened);
            }, message -> next.executor().shutdown());
        });
        return w;
    }

    private static void showFailure(Stage stage, String message) {
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
    }

    private static VBox opening(String db) {
        Label label = new Label(Messages.forLanguage(Messages.ENGLISH).format("app.opening", StoreSession.displayName(db)));
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
