package hamish.ui.reader;

import hamish.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Manual check: both seed articles side by side with one highlight of each style, an overlapping
 * and a nested pair, one over "1400" and one over a quoted phrase. Run under a display;
 * {@code -Ddemo.width=...} sets the window width.
 */
public final class ReaderDemo extends Application {

    static final String MIXED = "وكتب مُحَمَّد على Twitter أن 25% من الصواريخ اعترضت 🙂 في عام 2021، وقال: “لن نتراجع”.";

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ReaderDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        Path seeds = Path.of(System.getProperty("demo.seeds", "../../shared/seeds"));
        String seed = Files.readString(seeds.resolve("000_d57dbf5e5f765d39.txt"), StandardCharsets.UTF_8).strip();
        int afterRockets = seed.indexOf('\n', seed.indexOf("1400"));
        String first = seed.substring(0, afterRockets) + "\n\n" + MIXED + seed.substring(afterRockets);
        String second = Files.readString(seeds.resolve("002_688baa17ac9f05f1.txt"), StandardCharsets.UTF_8).strip();
        ReaderView left = new ReaderView();
        left.setText(first);
        left.setHighlights(List.of(
                at(first, 1, "بيني غانتس", 0, Color.web("#2f6fd6"), HighlightStyle.FILL),
                at(first, 2, "القبة الحديدية", first.indexOf("بدوره"), Color.web("#8a3ffc"), HighlightStyle.FOCUS),
                at(first, 3, "واشنطن ستواصل", 0, Color.web("#8a3ffc"), HighlightStyle.DASHED),
                at(first, 4, "وزير الدفاع الأمريكي", 0, Color.web("#1a9b4b"), HighlightStyle.FILL),
                at(first, 5, "الدفاع الأمريكي التزام", 0, Color.web("#e07b00"), HighlightStyle.FILL),
                at(first, 6, "تفوق إسرائيل العسكري", 0, Color.web("#1a9b4b"), HighlightStyle.FILL),
                at(first, 7, "إسرائيل", first.indexOf("تفوق إسرائيل"), Color.web("#d62f6f"), HighlightStyle.FILL),
                at(first, 8, "1400 صاروخ", 0, Color.web("#e07b00"), HighlightStyle.FILL),
                at(first, 9, "“تهديدات إيران ووكلائها”", 0, Color.web("#c03030"), HighlightStyle.FILL),
                at(first, 10, "Twitter", 0, Color.web("#2f6fd6"), HighlightStyle.FILL),
                at(first, 11, "مُحَمَّد", 0, Color.web("#1a9b4b"), HighlightStyle.FILL)));
        ReaderView right = new ReaderView();
        right.setText(second);
        List<Highlight> hs = new ArrayList<>();
        hs.add(at(second, 21, "نيد برايس", 0, Color.web("#2f6fd6"), HighlightStyle.FILL));
        hs.add(at(second, 22, "بيني غانتس", 0, Color.web("#2f6fd6"), HighlightStyle.DASHED));
        right.setHighlights(hs);
        right.setTooltipText(id -> "annotation " + id);
        SplitPane split = new SplitPane(right, left);
        double width = Double.parseDouble(System.getProperty("demo.width", "1300"));
        stage.setScene(new Scene(split, width, 860));
        stage.setTitle("Reader demo");
        stage.setX(0);
        stage.setY(0);
        stage.show();
        javafx.application.Platform.runLater(() -> left.scrollTo(first.indexOf("من جانبه")));
        if (Boolean.getBoolean("demo.select")) {
            int at = first.indexOf("الدبلوماسي");
            left.select(new Span(at, at + "الدبلوماسي لتجنب".length()));
            left.requestFocus();
        }
    }

    private static Highlight at(String text, long id, String phrase, int from, Color colour, HighlightStyle style) {
        int start = text.indexOf(phrase, from);
        if (start < 0) {
            throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        return new Highlight(id, new Span(start, start + phrase.length()), colour, style);
    }
}
