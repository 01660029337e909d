package hamish.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: the main window on one database. */
public final class HamishApp extends Application {

    private static Path databasePath = Path.of("annotations.db");

    public static void launchWindow(Path db) {
        databasePath = db;
        Application.launch(HamishApp.class);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Hamish — " + databasePath));
        stage.setTitle("Hamish — هامش");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }
}
