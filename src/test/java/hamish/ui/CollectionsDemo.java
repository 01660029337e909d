package hamish.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.app.Collections;
import hamish.app.DocumentListing;
import hamish.app.Importing;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Document;
import hamish.model.DocumentCollection;
import hamish.store.Stores;
import hamish.ui.library.CollectionChoice;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Manual check under a display: the main window's library showing two collections. By default, real reports of
 * two events (../shared/corpora/news-events, read at run time, never copied) with their outlet and date; with
 * "samples", the bundled sample articles and hand-written titles with separators (for a screenshot that may be
 * committed). "outlets" opens the outlet chooser; "ar" the Arabic interface (set before as the saved language); "dark" the dark theme.
 */
public final class CollectionsDemo extends Application {

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(CollectionsDemo.class, args);
        }
    }

    private static final Origin DEMO = Origin.of("demo");

    @Override
    public void start(Stage primary) throws Exception {
        List<String> args = getParameters().getRaw();
        Path db = Files.createTempDirectory("hamish-collections").resolve("demo.db");
        try (Stores s = Stores.open(db, "demo")) {
            Importing.prepareFirstRun(s);
            if (args.contains("ar")) {
                s.settings().put(UiSettings.LANGUAGE, "ar");
            }
            if (args.contains("dark")) {
                s.settings().put(UiSettings.THEME, "dark");
            }
            Collections collections = new Collections(s, new EditHistory(), Clock.systemUTC());
            if (args.contains("samples")) {
                fillWithSamples(s, collections);
            } else {
                fillFromCorpus(s, collections, "abha-bombing.jsonl", "تفجير أبها", 12);
                fillFromCorpus(s, collections, "suruc-bombing.jsonl", "تفجير سروج", 6);
            }
        }
        primary.setScene(new Scene(new VBox(), 1600, 1000));
        primary.show();
        HamishApp.open(primary, db, new FxBackgroundExecutor(), Clock.systemUTC(), window -> {
            primary.setX(0);
            primary.setY(0);
            primary.setWidth(1600);
            primary.setHeight(1000);
            PauseTransition later = new PauseTransition(Duration.seconds(2));
            later.setOnFinished(e -> {
                var library = window.viewModel().library();
                // The larger collection: the one with several outlets to sort and count.
                library.collectionProperty().set(library.collections().stream().skip(1)
                        .max(java.util.Comparator.comparingInt(CollectionChoice::size)).orElseThrow());
                library.sortProperty().set(DocumentListing.Sort.OUTLET);
                if (args.contains("outlets")) {
                    PauseTransition open = new PauseTransition(Duration.seconds(1));
                    open.setOnFinished(x -> ((ComboBox<?>) window.root().lookup("#libraryOutlet")).show());
                    open.play();
                }
            });
            later.play();
        });
    }

    private static void fillFromCorpus(Stores s, Collections collections, String file, String name, int count) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../shared/corpora/news-events", file), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        List<Long> ids = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(count, lines.size()))) {
            JsonNode n = json.readTree(line);
            String title = n.path("title").asText().strip();
            String text = title + "\n\n" + n.path("content").asText().strip() + "\n";
            LocalDate date = LocalDate.parse(n.path("date_extracted").asText().substring(0, 10));
            ids.add(s.documents().insert(new Document(0, title, n.path("source").asText(), date, "ar", text,
                    "demo-" + text.hashCode(), Instant.now())).id());
        }
        DocumentCollection c = collections.create(DEMO, name);
        collections.add(DEMO, c.id(), ids);
    }

    /** The bundled samples (loaded by prepareFirstRun) and hand-written reports of the same summit. */
    private static void fillWithSamples(Stores s, Collections collections) {
        List<Long> summit = new ArrayList<>(s.documents().list().stream().filter(d -> d.title().contains("سيران")).map(d -> d.id()).toList());
        String[][] written = {
            {"قمة سيرانة: «اتفاق المياه» يدخل حيز التنفيذ .. والتحفظات قائمة", "فجر السهول", "2025-04-19"},
            {"وزير الري لـ «مرايا الضفتين»: الحصص عادلة (والمراجعة بعد عام)", "مرايا الضفتين", "2025-04-20"},
            {"نهر زارين بعد القمة - ماذا تغيّر على الضفتين؟", "صوت الوادي", "2025-04-22"},
        };
        for (String[] w : written) {
            String text = w[0] + "\n\nنص التقرير عن قمة سيرانة ومياه نهر زارين.\n";
            summit.add(s.documents().insert(new Document(0, w[0], w[1], LocalDate.parse(w[2]), "ar", text, "demo-" + w[0].hashCode(),
                    Instant.now())).id());
        }
        DocumentCollection c = collections.create(DEMO, "قمة سيرانة للمياه");
        collections.add(DEMO, c.id(), summit);
        List<Long> culture = s.documents().list().stream().filter(d -> d.title().contains("مخطوطة")).map(d -> d.id()).toList();
        DocumentCollection other = collections.create(DEMO, "ثقافة");
        collections.add(DEMO, other.id(), culture);
    }
}
