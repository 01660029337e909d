package hamish.ui;

import hamish.app.Importing;
import hamish.store.Stores;
import hamish.ui.exchange.DatasetImportDialog;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Manual check under a display: File → Import dataset on a dataset file given as the first argument, or with
 * "sample" on a small hand-written one (for a screenshot that may be committed). "ar" opens the Arabic interface,
 * "big" on 20,000 generated rows (to see the progress and the cancel), "dark" the dark theme, "run" presses Import once
 * the preview is shown.
 */
public final class DatasetImportDemo extends Application {

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(DatasetImportDemo.class, args);
        }
    }

    private static final List<String> SAMPLE = List.of(
            "{\"title\": \"افتتاح معرض الكتاب في مدينة الساحل\", \"content\": \"افتتح معرض الكتاب أبوابه صباح اليوم بمشاركة ناشرين من اثني عشر بلدا، "
                    + "ويستمر عشرة أيام.\", \"source\": \"صحيفة الساحل\", \"date_extracted\": \"2024-03-05 09:30:00\", "
                    + "\"url\": \"https://example.org/sahel/book-fair\", \"author\": \"سلمى الراشد\"}",
            "{\"title\": \"أمطار غزيرة &amp; رياح في الشمال\", \"content\": \"هطلت أمطار غزيرة على المدن الشمالية طوال الليل، وأغلقت ثلاثة طرق "
                    + "فرعية حتى الصباح.\", \"source\": \"إذاعة الوادي\", \"date_extracted\": \"6 مارس 2024\", \"author\": \"مراسل الإذاعة\"}",
            "{\"title\": \"خبر بلا نص\", \"content\": \"\", \"source\": \"صحيفة الساحل\", \"date_extracted\": \"2024-03-06\"}",
            "{\"title\": \"تدشين خط حافلات\", \"content\": \"دشنت البلدية خطا جديدا للحافلات يربط الأحياء الشرقية بوسط المدينة.\", "
                    + "\"source\": \"نشرة البلدية\", \"date_extracted\": \"قبل ساعتين\", \"url\": \"https://example.org/bus\"}",
            "{\"title\": \"سطر مكسور\", \"content\": \"لا يكتمل",
            "{\"title\": \"مهرجان الزيتون في دورته العاشرة\", \"content\": \"انطلق مهرجان الزيتون في القرية القديمة وسط إقبال كبير من الزوار "
                    + "والمزارعين.\", \"source\": \"نشرة الريف\", \"date_extracted\": \"07/03/2024\", \"author\": \"ليلى ناصر\"}");

    private static Path big(Path file) throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            row.put("title", "نشرة المساء رقم " + i);
            row.put("content", new hamish.bench.support.ArabicTextGenerator(i).article(1500));
            row.put("source", "إذاعة التجربة");
            row.put("date", "2023-05-" + (10 + i % 20));
            sb.append(json.writeValueAsString(row)).append('\n');
        }
        return Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    @Override
    public void start(Stage primary) throws Exception {
        List<String> args = getParameters().getRaw();
        Path dir = Files.createTempDirectory("hamish-dataset");
        Path db = dir.resolve("demo.db");
        try (Stores s = Stores.open(db, "demo")) {
            Importing.prepareFirstRun(s);
            if (args.contains("ar")) {
                s.settings().put(UiSettings.LANGUAGE, "ar");
            }
            if (args.contains("dark")) {
                s.settings().put(UiSettings.THEME, "dark");
            }
        }
        Path dataset = args.contains("sample")
                ? Files.writeString(dir.resolve("city-news.jsonl"), String.join("\n", SAMPLE) + "\n", StandardCharsets.UTF_8)
                : args.contains("big") ? big(dir.resolve("bulletins.jsonl")) : Path.of(args.get(0));
        primary.setScene(new Scene(new VBox(), 1600, 1000));
        primary.show();
        HamishApp.open(primary, db, new FxBackgroundExecutor(), Clock.systemUTC(), window -> {
            primary.setX(0);
            primary.setY(0);
            primary.setWidth(1600);
            primary.setHeight(1000);
            PauseTransition later = new PauseTransition(Duration.seconds(1));
            later.setOnFinished(e -> {
                DatasetImportDialog dialog = window.importDataset(dataset);
                dialog.show();
                dialog.setX(120);
                dialog.setY(60);
                if (args.contains("run")) {
                    PauseTransition run = new PauseTransition(Duration.seconds(2));
                    run.setOnFinished(x -> dialog.runButton().fire());
                    run.play();
                }
            });
            later.play();
        });
    }
}
