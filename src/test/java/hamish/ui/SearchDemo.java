package hamish.ui;

import hamish.io.DefaultTags;
import hamish.io.DocumentImporter;
import hamish.store.Stores;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * For docs/screenshots/search.png: the window on a fresh database holding the seed articles and the
 * bundled samples, with "اسرائيل" searched. Run with the test classpath; args: database file.
 */
public final class SearchDemo {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Files.deleteIfExists(db);
        try (Stores s = Stores.open(db)) {
            s.tags().ensureDefaults(DefaultTags.load());
            DocumentImporter importer = new DocumentImporter(s.documents());
            importer.importSamples();
            List<Path> seeds = new ArrayList<>();
            Seeds.dir().ifPresent(dir -> seeds.add(dir));
            importer.importAll(seeds, o -> { });
            s.settings().put(UiSettings.LANGUAGE, System.getProperty("hamish.demo.language", "en"));
        }
        System.setProperty("hamish.demo.db", db.toString());
        Application.launch(Window.class, args);
    }

    /** A nested class: a main class that extends Application is refused when JavaFX is on the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Fonts.load();
            stage.setScene(new Scene(new VBox(), 1400, 860));
            stage.show();
            HamishApp.open(stage, Path.of(System.getProperty("hamish.demo.db")), new FxBackgroundExecutor(), Clock.systemDefaultZone(), w -> {
                w.searchAll();
                w.viewModel().search().queryProperty().set(getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "اسرائيل");
                w.viewModel().search().search();
                if (Boolean.getBoolean("hamish.demo.export")) {
                    javafx.application.Platform.runLater(w::exportAnnotations);
                }
            });
        }
    }
}
