package hamish.ui.compare;

import hamish.app.Accept;
import hamish.app.MentionService;

import hamish.analysis.ComparePair;
import hamish.app.MentionService;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import hamish.ui.MainViewModel;
import hamish.ui.common.Notifier;
import hamish.ui.Startup;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Manual check and the source of docs/screenshots/compare.png: both seed articles (or the water-summit samples)
 * in the compare view, Gantz's mentions tagged, Austin focused with his other spellings proposed (dashed), and
 * the best sentence pair linked as one claim and brought into view with its connector. Run under a display.
 */
public final class CompareDemo extends Application {

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(CompareDemo.class, args);
        }
    }

    @Override
    public void start(Stage primary) throws Exception {
        Path db = Files.createTempDirectory("hamish-compare-demo").resolve("demo.db");
        List<Document> docs;
        Entity focus;
        try (Stores s = Stores.open(db)) {
            docs = ComparePair.seeds(s).orElseGet(() -> ComparePair.samples(s));
            boolean seeds = docs.get(0).text().contains("غانتس");
            Entity tagged = s.entities().insert(seeds ? new Entity(0, "بيني غانتس", EntityType.PERSON, List.of("غانتس"))
                    : new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
            focus = s.entities().insert(seeds ? new Entity(0, "لويد أوستن", EntityType.PERSON, List.of("أوستن"))
                    : new Entity(0, "إنغريد هولم", EntityType.PERSON, List.of("هولم")));
            MentionService service = new MentionService(s, "demo", Clock.systemUTC());
            Accept.mentions(s, service, service.propose(tagged, docs));
            Accept.mentions(s, service, service.propose(focus, docs.subList(1, 2)));
        }
        StoreSession session = new StoreSession(new FxBackgroundExecutor(), new Notifier() {
            @Override
            public void info(String message) {
            }

            @Override
            public void error(String message) {
                System.err.println(message);
            }
        });
        Entity focused = focus;
        session.open(db, Startup::load, startup -> {
            MainViewModel main = new MainViewModel(session, startup, Messages.forLanguage(getParameters().getRaw().contains("ar") ? Messages.ARABIC : Messages.ENGLISH), Clock.systemUTC(), "demo");
            CompareViewModel vm = main.compare(2);
            CompareWindow window = new CompareWindow(primary, vm, main.messages());
            window.stage().setX(0);
            window.stage().setY(0);
            window.show(docs.stream().map(Document::id).toList(), () -> {
                var pair = vm.pairs().get(0);
                vm.linkPair(pair);
                vm.focusedProperty().set(focused);
                vm.findMentions();
                ((TabPane) window.root().lookup("#compareTables")).getSelectionModel().select(1);
                // Then bring the linked pair into view in both panes, so its connector and its neighbours show.
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> {
                    window.reader(0).scrollTo(pair.a().start());
                    window.reader(1).scrollTo(pair.b().start());
                });
                later.play();
            });
        }, message -> Platform.exit());
    }
}
