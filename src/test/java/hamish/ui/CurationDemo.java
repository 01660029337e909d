package hamish.ui;

import hamish.ui.curation.CurationViewModel;
import hamish.ui.curation.CurationWindow;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * For docs/screenshots/curation.png: the window on an existing database (two authors' annotations on its first
 * document, e.g. made with {@code hamish annotate --from}), then Tools → Curate; with {@code -Dhamish.demo.accept=true}
 * the agreements are accepted and the next item decided for B. With {@code -Dhamish.demo.reopen=true} the agreements
 * are accepted and the second item decided "neither", the window closed and opened again (showing the decisions as
 * read back) and its document chooser dropped down. Run with the test classpath; args: database file.
 */
public final class CurationDemo {

    public static void main(String[] args) {
        System.setProperty("hamish.demo.db", args[0]);
        Application.launch(Window.class, args);
    }

    /** A nested class: a main class that extends Application is refused when JavaFX is on the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Fonts.load();
            stage.setScene(new Scene(new VBox(), 1400, 860));
            stage.show();
            HamishApp.open(stage, Path.of(System.getProperty("hamish.demo.db")), new FxBackgroundExecutor(), Clock.systemDefaultZone(),
                    w -> whenOpen(w, () -> {
                        w.curate();
                        if (Boolean.getBoolean("hamish.demo.accept")) {
                            later(2, () -> curation().viewModel().acceptAgreements());
                        }
                        if (Boolean.getBoolean("hamish.demo.reopen")) {
                            later(2, () -> curation().viewModel().acceptAgreements());
                            later(3, () -> {
                                CurationWindow c = curation();
                                c.viewModel().items().stream().filter(i -> c.viewModel().state(i) == CurationViewModel.State.OPEN).findFirst()
                                        .ifPresent(i -> c.viewModel().decide(i, hamish.app.Curating.Side.NEITHER));
                            });
                            later(4, () -> curation().stage().close());
                            later(5, w::curate);
                            later(7, () -> curation().documentChooser().show());
                        }
                    }));
        }

        private static void whenOpen(MainWindow w, Runnable then) {
            if (w.viewModel().document().documentProperty().get() != null && !w.viewModel().document().loadingProperty().get()) {
                then.run();
            } else {
                later(0.2, () -> whenOpen(w, then));
            }
        }

        private static CurationWindow curation() {
            return javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                    .map(x -> x.getScene().getRoot().getProperties().get(CurationWindow.class)).filter(x -> x != null)
                    .map(CurationWindow.class::cast).findFirst().orElseThrow();
        }

        private static void later(double seconds, Runnable work) {
            PauseTransition p = new PauseTransition(Duration.seconds(seconds));
            p.setOnFinished(e -> work.run());
            p.play();
        }
    }
}
