package hamish.ui.bench;

import hamish.ui.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of {@code hamish bench start}: an empty JavaFX window of the main window's size, which records
 * when its first pulse has laid it out (through the real window's probe, {@code -Dhamish.startupProbe=FILE}) and quits. The main class is not
 * the Application itself, which the java launcher would refuse when JavaFX is on the class path (as in Hamish).
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1280, 800);
            stage.setTitle("Empty");
            stage.setScene(scene);
            stage.show();
            StartupProbe.afterNextPulse(scene, StartupProbe.SHOWN, () -> Platform.runLater(Platform::exit));
        }
    }
}
