package hamish.ui;

import hamish.ui.common.StoreSession;

import hamish.ui.i18n.Messages;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
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

    private static Path databasePath = Path.of("annotations.db");

    private MainWindow window;

    public static void launchWindow(Path db) {
        databasePath = db;
        Application.launch(HamishApp.class);
    }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        stage.setTitle(Messages.forLanguage(Messages.ENGLISH).get("app.title"));
        stage.setScene(new Scene(opening(databasePath), 1280, 800));
        stage.show();
        open(stage, databasePath, new FxBackgroundExecutor(), Clock.systemDefaultZone(), w -> window = w);
    }

    /**
     * Shows the window at once with an "Opening…" placeholder, opens the database in the background,
     * then fills the window. Tests call this with their own executor and database.
     */
    public static void open(Stage stage, Path db, FxBackgroundExecutor executor, Clock clock,
                            Consumer<MainWindow> onReady) {
        StoreSession session = new StoreSession(executor, new FxNotifier(stage, "Hamish"));
        session.open(db, Startup::load, startup -> {
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
