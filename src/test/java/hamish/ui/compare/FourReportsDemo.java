package hamish.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.app.DocumentDetails;
import hamish.app.Importing;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.io.AnnotationImportReport;
import hamish.io.ImportOutcome;
import hamish.store.Stores;
import hamish.ui.MainViewModel;
import hamish.ui.Startup;
import hamish.ui.common.Notifier;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jsoup.parser.Parser;

/**
 * Manual check under a display: four real reports of the Abha bombing (../shared/corpora/news-events, read at
 * run time, never copied) imported as .txt files the way a user would, their outlet and date set through the
 * details use case, opened side by side; quotations and claims are suggested and accepted with their speakers,
 * and the people and bodies the reports name are discovered. Arguments: the 1-based lines of abha-bombing.jsonl
 * to open (default 1 2 3 4); "who" to show the discovered candidates rather than the claims; "ar" for the
 * Arabic interface; "forms" to accept the first person found, with its mentions proposed, and open its forms.
 */
public final class FourReportsDemo extends Application {

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FourReportsDemo.class, args);
        }
    }

    @Override
    public void start(Stage primary) throws Exception {
        List<Integer> lines = new ArrayList<>();
        getParameters().getRaw().stream().filter(a -> a.matches("\\d+")).map(Integer::parseInt).forEach(lines::add);
        if (lines.isEmpty()) {
            lines.addAll(List.of(1, 2, 3, 4));
        }
        Path source = Path.of("../shared/corpora/news-events/abha-bombing.jsonl");
        List<String> jsonl = Files.readAllLines(source, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("hamish-four-reports");
        Path db = dir.resolve("demo.db");
        List<Long> ids = new ArrayList<>();
        try (Stores s = Stores.open(db, "demo")) {
            Importing.prepareFirstRun(s);
            ObjectMapper json = new ObjectMapper();
            EditHistory history = new EditHistory();
            for (int line : lines) {
                JsonNode n = json.readTree(jsonl.get(line - 1));
                Path file = dir.resolve("report-" + line + ".txt");
                Files.writeString(file, Parser.unescapeEntities(n.path("title").asText(), false) + "\n\n" + n.path("content").asText());
                List<Long> imported = new ArrayList<>();
                Importing.run(s, List.of(file), new Importing.Listener() {
                    @Override
                    public void article(ImportOutcome outcome) {
                        imported.add(outcome.documentId());
                    }

                    @Override
                    public void annotations(AnnotationImportReport report) {
                    }

                    @Override
                    public void refused(Path f, String message) {
                    }
                });
                long id = imported.get(0);
                new DocumentDetails(s, history, Clock.systemUTC()).change(Origin.of("demo"), id,
                        DocumentDetails.Request.of(null, n.path("source").asText(), n.path("date_extracted").asText().substring(0, 10)));
                ids.add(id);
            }
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
        session.open(db, Startup::load, startup -> {
            MainViewModel main = new MainViewModel(session, startup, Messages.forLanguage(getParameters().getRaw().contains("ar")
                    ? Messages.ARABIC : Messages.ENGLISH), Clock.systemUTC(), "demo");
            CompareViewModel vm = main.compare(ids.size());
            CompareWindow window = new CompareWindow(primary, vm, main.messages());
            window.stage().setX(0);
            window.stage().setY(0);
            boolean who = getParameters().getRaw().contains("who");
            window.show(ids, () -> {
                // Quotations and claims with their speakers, accepted as the analyst would after a look; then
                // the people and bodies the reports name. "who" shows that tab, else the claims.
                vm.suggestClaims();
                vm.discoverEntities();
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
                later.setOnFinished(e -> vm.acceptSuggestions());
                later.play();
                ((TabPane) window.root().lookup("#compareTables")).getSelectionModel().select(who ? 4 : 1);
                if (getParameters().getRaw().contains("forms")) {
                    // The first person found, accepted with its mentions proposed, then its forms window opened.
                    javafx.animation.PauseTransition accept = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
                    accept.setOnFinished(e -> vm.candidates().stream().filter(c -> c.entity().type() == hamish.model.EntityType.PERSON)
                            .findFirst().ifPresent(vm::acceptCandidateAndFindMentions));
                    accept.play();
                    javafx.animation.PauseTransition forms = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(10));
                    forms.setOnFinished(e -> window.stage().getScene().getAccelerators().get(CompareWindow.FORMS_KEY).run());
                    forms.play();
                }
            });
        }, message -> System.err.println(message));
    }
}
