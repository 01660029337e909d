package hamish.ui.compare;

import hamish.app.AnnotatedReports;
import hamish.model.Document;
import hamish.store.Stores;
import hamish.ui.MainViewModel;
import hamish.ui.Startup;
import hamish.ui.common.Notifier;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Manual check under a display: the Overview tab over four real reports of the Abha bombing, annotated before
 * the window opens ({@link AnnotatedReports}; read at run time, never copied) so the overview has something to draw. Arguments: "ar" for the Arabic interface, "dark" for the
 * dark theme, "samples" for the bundled water-summit samples and two later reports of their outlets instead (the
 * screenshot committed under docs/), "svg=FILE" / "png=FILE" to export once drawn.
 */
public final class OverviewDemo extends Application {

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(OverviewDemo.class, args);
        }
    }

    /** The two water-summit samples and a later report of each outlet, reprinting a paragraph of the other's. */
    private static List<Document> fourSampleReports(Stores s) {
        List<Document> samples = hamish.analysis.ComparePair.samples(s);
        List<Document> docs = new java.util.ArrayList<>(samples);
        for (int i = 0; i < 2; i++) {
            Document own = samples.get(i);
            String paragraph = samples.get(1 - i).text().lines().filter(l -> l.length() > 120).findFirst().orElseThrow();
            String text = "تقرير لاحق\n" + paragraph + "\n" + own.text();
            docs.add(s.documents().insert(new Document(0, "تقرير لاحق: " + own.title(), own.outlet(), own.published() == null ? null
                    : own.published().plusDays(1), "ar", text, Integer.toHexString(text.hashCode()), java.time.Instant.EPOCH)));
        }
        AnnotatedReports.annotate(s, docs);
        return docs;
    }

    @Override
    public void start(Stage primary) throws Exception {
        List<String> args = getParameters().getRaw();
        Path db = Files.createTempDirectory("hamish-overview").resolve("demo.db");
        List<Long> ids;
        try (Stores s = Stores.open(db, "demo")) {
            ids = (args.contains("samples") ? fourSampleReports(s) : AnnotatedReports.fourAbhaReports(s)).stream().map(Document::id).toList();
        }
        primary.setScene(new Scene(new VBox(), 10, 10));
        String theme = args.contains("dark") ? "dark" : "light";
        primary.getScene().getStylesheets().add(getClass().getResource("/css/app-" + theme + ".css").toExternalForm());
        primary.getScene().getRoot().getStyleClass().add(theme);
        StoreSession session = new StoreSession(new FxBackgroundExecutor(), new Notifier() {
            @Override
            public void info(String message) {
                System.err.println(message);
            }

            @Override
            public void error(String message) {
                System.err.println(message);
            }
        });
        session.open(db, Startup::load, startup -> {
            MainViewModel main = new MainViewModel(session, startup, Messages.forLanguage(args.contains("ar") ? Messages.ARABIC : Messages.ENGLISH),
                    Clock.systemUTC(), "demo");
            CompareViewModel vm = main.compare(ids.size());
            CompareWindow window = new CompareWindow(primary, vm, main.messages());
            window.stage().setX(0);
            window.stage().setY(0);
            window.show(ids, () -> {
                TabPane tabs = (TabPane) window.root().lookup("#compareTables");
                tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
                OverviewView overview = (OverviewView) window.root().lookup("#overview");
                args.stream().filter(a -> a.startsWith("svg=") || a.startsWith("png=")).forEach(a ->
                        overview.exportTo(Path.of(a.substring(4)), p -> System.err.println("wrote " + p)));
            });
        }, message -> System.err.println(message));
    }
}
