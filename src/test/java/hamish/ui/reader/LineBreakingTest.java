package hamish.ui.reader;

import hamish.ui.common.ArabicFonts;
import static hamish.ui.reader.ReaderFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LineBreakingTest {

    private ReaderView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ReaderView();
        stage.setScene(new Scene(view, 640, 700));
        // TestFX reuses one stage for every test class: a window test before this one may have sized or
        // maximised it, and a bigger viewport shows more paragraph cells. The scene decides the size here.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void noBrokenLineIsWiderThanTheAvailableWidth() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < ReaderFixtures.SEED_FILES.size(); i++) {
            paragraphs.addAll(List.of(ReaderFixtures.seed(i).split("\n")));
        }
        paragraphs.add(ReaderFixtures.MIXED);
        List<String> failures = fx(() -> {
            List<String> problems = new ArrayList<>();
            LineBreaker breaker = new LineBreaker(ArabicFonts.regular(20));
            int multiLine = 0;
            for (double size : new double[] {14, 20, 32}) {
                breaker.setFont(ArabicFonts.regular(size));
                for (double width : new double[] {300, 500, 900}) {
                    for (String p : paragraphs) {
                        String shown = breaker.breakLines(p, width);
                        if (shown.length() != p.length()) {
                            problems.add("length changed at " + size + "/" + width + ": " + p);
                            continue;
                        }
                        for (int i = 0; i < p.length(); i++) {
                            if (shown.charAt(i) != p.charAt(i) && !(p.charAt(i) == ' ' && shown.charAt(i) == '\n')) {
                                problems.add("char " + i + " changed at " + size + "/" + width);
                            }
                        }
                        String[] lines = shown.split("\n");
                        multiLine += lines.length > 1 ? 1 : 0;
                        for (String line : lines) {
                            double w = breaker.measure(line);
                            boolean singleWord = line.indexOf(' ') < 0;
                            if (w > width && !singleWord) {
                                problems.add(String.format("line %.1f px > %.0f at size %.0f: %s", w, width, size, line));
                            }
                        }
                    }
                }
            }
            if (multiLine < 50) {
                problems.add("only " + multiLine + " paragraphs were broken at all: the test proves nothing");
            }
            return problems;
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void heightFromTheLineCountMatchesTheLaidOutHeight() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < ReaderFixtures.SEED_FILES.size(); i++) {
            paragraphs.addAll(List.of(ReaderFixtures.seed(i).split("\n")));
        }
        paragraphs.add(ReaderFixtures.MIXED);
        paragraphs.removeIf(String::isEmpty);
        List<String> failures = fx(() -> {
            List<String> problems = new ArrayList<>();
            LineBreaker breaker = new LineBreaker(ArabicFonts.regular(20));
            for (double size : new double[] {14, 20, 32}) {
                breaker.setFont(ArabicFonts.regular(size));
                for (double width : new double[] {300, 500, 900}) {
                    for (String p : paragraphs) {
                        double real = breaker.height(p, width);
                        double estimate = breaker.estimateHeight(p, width);
                        if (Math.abs(real - estimate) > 1) {
                            problems.add(String.format("%.0f/%.0f: laid out %.1f, estimated %.1f: %s", size, width, real, estimate, p));
                        }
                    }
                }
            }
            return problems;
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void shownParagraphsDifferFromTheTextOnlyAtBreakSpaces() {
        String text = ReaderFixtures.mixedDocument();
        fx(() -> {
            view.setText(text);
            return null;
        });
        List<String> shown = fx(() -> {
            List<String> result = new ArrayList<>();
            for (ReaderCell cell : view.shownCells()) {
                Paragraph p = cell.getItem();
                String d = cell.node().displayedText();
                assertEquals(p.text().length(), d.length());
                assertEquals(p.text(), d.replace('\n', ' '), "only spaces may become line breaks");
                assertEquals(p.text(), p.span().of(text));
                result.add(d);
            }
            return result;
        });
        assertTrue(shown.stream().anyMatch(d -> d.contains("\n")), "some shown paragraph should be wrapped at 640 px");
    }

    @Test
    void everyShownParagraphStartsAtTheSameRightEdge() {
        String text = ReaderFixtures.mixedDocument();
        fx(() -> {
            view.setText(text);
            return null;
        });
        assertEquals(List.of(), misalignedParagraphs());
        fx(() -> {
            stage.setWidth(520);
            return null;
        });
        assertEquals(List.of(), misalignedParagraphs());
        fx(() -> {
            view.scrollTo(text.length() - 1);
            return null;
        });
        assertEquals(List.of(), misalignedParagraphs());
    }

    /** Paragraphs (starting with an Arabic letter) whose first char's right edge is off the common edge. */
    private List<String> misalignedParagraphs() {
        return fx(() -> {
            List<String> problems = new ArrayList<>();
            double edge = Double.NaN;
            int checked = 0;
            for (ReaderCell cell : view.shownCells()) {
                Paragraph p = cell.getItem();
                if (p.text().isEmpty() || !Character.isLetter(p.text().charAt(0))) {
                    continue;
                }
                double right = view.characterBoundsOnScreen(p.span().start()).orElseThrow().getMaxX();
                if (Double.isNaN(edge)) {
                    edge = right;
                } else if (Math.abs(right - edge) > 1.5) {
                    problems.add("paragraph " + p.index() + " starts at x=" + right + ", others at " + edge);
                }
                checked++;
            }
            if (checked < 3) {
                problems.add("only " + checked + " paragraphs checked");
            }
            return problems;
        });
    }

    @Test
    void aWordWiderThanTheLineStaysWholeOnOneLine() {
        String longWord = "مستر" + "ـ".repeat(400) + "سلة";
        String text = "قبل الكلمة الطويلة " + longWord + " وبعدها كلام عادي يكمل السطر";
        fx(() -> {
            view.setText(text);
            return null;
        });
        int start = text.indexOf(longWord);
        int end = start + longWord.length() - 1;
        double wordWidth = fx(() -> view.lineBreaker().measure(longWord));
        assertTrue(wordWidth > 700, "the word must be wider than the 640 px view, is " + wordWidth);
        double[] ys = fx(() -> new double[] {
                view.characterBoundsOnScreen(start).orElseThrow().getCenterY(),
                view.characterBoundsOnScreen(start + 200).orElseThrow().getCenterY(),
                view.characterBoundsOnScreen(end).orElseThrow().getCenterY(),
                view.characterBoundsOnScreen(text.indexOf("قبل")).orElseThrow().getCenterY()});
        String shown = fx(() -> view.shownNode(0).displayedText());
        assertEquals(text.length(), shown.length());
        assertEquals(ys[0], ys[1], 0.5, "the long word is not wrapped by JavaFX");
        assertEquals(ys[0], ys[2], 0.5, "the long word is not wrapped by JavaFX");
        assertTrue(ys[0] > ys[3], "the long word goes on its own line below the first words");
    }

    private int linesOfParagraph(int index) {
        ParagraphNode node = view.shownNode(index);
        assertTrue(node != null && node.paragraph().text().length() > 100, "paragraph " + index + " should be a long shown paragraph");
        return node.displayedText().split("\n").length;
    }

    @Test
    void zoomBreaksLinesAgain() {
        String text = ReaderFixtures.mixedDocument();
        fx(() -> {
            view.setText(text);
            return null;
        });
        int before = fx(() -> linesOfParagraph(4));
        fx(() -> {
            view.fontSizeProperty().set(32);
            return null;
        });
        int after = fx(() -> linesOfParagraph(4));
        int cellsAtZoom = fx(view::trackedCells);
        for (double size : new double[] {24, 16, 28, 20, 32}) {
            fx(() -> {
                view.fontSizeProperty().set(size);
                return null;
            });
        }
        assertTrue(fx(view::trackedCells) <= cellsAtZoom + 4, "zooming must not pile up paragraph cells: "
                + cellsAtZoom + " -> " + fx(view::trackedCells));
        assertTrue(after > before, "at 32 px paragraph 4 should need more lines than at 20 px (" + before + " -> " + after + ")");
    }
}
