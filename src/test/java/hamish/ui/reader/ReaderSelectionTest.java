package hamish.ui.reader;

import static hamish.ui.reader.ReaderFixtures.centre;
import static hamish.ui.reader.ReaderFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Mouse drags and highlight hit tests on the real layout: the spans are chosen from the lines the
 * reader actually broke (a word at a line start, one at a line end, one across a wrap) and from
 * awkward content (a number, a Latin word, harakat, curly quotes, a lam-alef at a word end).
 */
@ExtendWith(ApplicationExtension.class)
class ReaderSelectionTest {

    private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u064A]{3,}");

    private ReaderView view;
    private String text;

    @Start
    void start(Stage stage) {
        view = new ReaderView();
        stage.setScene(new Scene(view, 700, 760));
        // TestFX reuses one stage for every test class: a window test before this one may have sized or
        // maximised it, and a bigger viewport shows more paragraph cells. The scene decides the size here.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @BeforeEach
    void open() {
        text = ReaderFixtures.mixedDocument();
        fx(() -> {
            view.setText(text);
            return null;
        });
    }

    /** Named spans, each a whole-word (or quote-to-quote) range so word snapping leaves it unchanged. */
    private Map<String, Span> targets() {
        Map<String, Span> spans = new LinkedHashMap<>();
        fx(() -> {
            findLineSpans(spans);
            return null;
        });
        spans.put("number", phrase("1400 صاروخ"));
        spans.put("latin", phrase("على Twitter أن"));
        spans.put("diacritics", phrase("مُحَمَّد"));
        spans.put("quoted", phrase("“تهديدات إيران ووكلائها”"));
        spans.put("lam-alef end", phrase("نتراجع أصلا"));
        return spans;
    }

    /** From the first shown wrapped paragraph whose words at the break are plain Arabic words. */
    private void findLineSpans(Map<String, Span> spans) {
        for (ReaderCell cell : view.shownCells()) {
            String shown = cell.node().displayedText();
            int start = cell.getItem().span().start();
            for (int nl = shown.indexOf('\n'); nl >= 0; nl = shown.indexOf('\n', nl + 1)) {
                int prevStart = Math.max(shown.lastIndexOf(' ', nl - 1), shown.lastIndexOf('\n', nl - 1)) + 1;
                int nextEnd = indexOfBreak(shown, nl + 1);
                String before = shown.substring(prevStart, nl);
                String after = shown.substring(nl + 1, nextEnd);
                if (ARABIC_WORD.matcher(before).matches() && ARABIC_WORD.matcher(after).matches()) {
                    spans.put("line end", new Span(start + prevStart, start + nl));
                    spans.put("line start", new Span(start + nl + 1, start + nextEnd));
                    spans.put("across wrap", new Span(start + prevStart, start + nextEnd));
                    return;
                }
            }
        }
        throw new AssertionError("no wrapped paragraph with plain words at a break is shown");
    }

    private static int indexOfBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\n') {
                return i;
            }
        }
        return s.length();
    }

    private Span phrase(String p) {
        int at = text.indexOf(p);
        assertTrue(at >= 0, "fixture phrase missing: " + p);
        return new Span(at, at + p.length());
    }

    private Point2D charCentre(int offset) {
        Bounds b = fx(() -> view.characterBoundsOnScreen(offset).orElse(null));
        assertNotNull(b, "char " + offset + " should be on screen");
        return centre(b);
    }

    @Test
    void draggingFromFirstToLastCharSelectsExactlyTheSpan(FxRobot robot) {
        Map<String, Span> spans = targets();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Span> e : spans.entrySet()) {
            Span span = e.getValue();
            fx(() -> {
                view.clearSelection();
                view.scrollTo(span.start());
                return null;
            });
            Point2D from = charCentre(span.start());
            Point2D to = charCentre(span.end() - 1);
            robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
            Span selected = fx(() -> view.selectionProperty().get());
            if (!span.equals(selected)) {
                failures.add(e.getKey() + ": expected " + span + " «" + span.of(text) + "» but got " + selected
                        + (selected == null ? "" : " «" + selected.of(text) + "»"));
            }
        }
        assertEquals(List.of(), failures);
        assertEquals("1400 صاروخ", spans.get("number").of(text));
    }

    @Test
    void everyCharOfAHighlightIsInsideItsShapeAndItsNeighboursAreNot() {
        Map<String, Span> spans = targets();
        List<Highlight> highlights = new ArrayList<>();
        long id = 1;
        Map<Long, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Span> e : spans.entrySet()) {
            if (!e.getKey().equals("across wrap")) {
                names.put(id, e.getKey());
                highlights.add(new Highlight(id++, e.getValue(), Color.web("#2f6fd6"), HighlightStyle.FILL));
            }
        }
        List<String> failures = new ArrayList<>();
        for (Highlight h : highlights) {
            fx(() -> {
                view.setHighlights(List.of(h));
                view.scrollTo(h.span().start());
                return null;
            });
            int checked = 0;
            for (int i = h.span().start() - 1; i <= h.span().end(); i++) {
                int offset = i;
                boolean inside = h.span().contains(offset);
                Boolean hit = fx(() -> {
                    Bounds b = view.characterBoundsOnScreen(offset).orElse(null);
                    if (b == null || b.getWidth() < 0.5) {
                        return null;
                    }
                    Path shape = view.shownNode(view.paragraphIndexOf(offset)).highlightShape(h.annotationId());
                    return shape.contains(shape.screenToLocal(b.getCenterX(), b.getCenterY()));
                });
                if (hit == null) {
                    continue;
                }
                checked++;
                if (hit != inside) {
                    failures.add(names.get(h.annotationId()) + ": char " + offset + " '" + text.charAt(offset)
                            + "' is " + (hit ? "" : "not ") + "inside the drawn highlight");
                }
            }
            assertTrue(checked >= h.span().length() / 2, names.get(h.annotationId()) + ": too few chars could be checked");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void doubleClickSelectsTheWordAndEscapeClears(FxRobot robot) {
        Span word = phrase("الحديدية");
        fx(() -> {
            view.scrollTo(word.start());
            return null;
        });
        robot.moveTo(charCentre(word.start() + 3)).doubleClickOn(MouseButton.PRIMARY);
        assertEquals(word, fx(() -> view.selectionProperty().get()));
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, fx(() -> view.selectionProperty().get()));
    }

    @Test
    void tripleClickSelectsTheSentence(FxRobot robot) {
        Span word = phrase("بدوره");
        fx(() -> {
            view.scrollTo(word.start());
            return null;
        });
        robot.moveTo(charCentre(word.start() + 30)).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        Span s = fx(() -> view.selectionProperty().get());
        assertNotNull(s);
        assertTrue(s.contains(word) && s.of(text).startsWith("بدوره") && s.of(text).endsWith("المنطقة."), "got «" + s.of(text) + "»");
    }

    @Test
    void clickingAHighlightReportsTheInnermostAnnotation(FxRobot robot) {
        Span outer = phrase("نظام القبة الحديدية اعترض");
        Span inner = new Span(outer.start() + "نظام ".length(), outer.start() + "نظام القبة الحديدية".length());
        List<Long> clicked = new ArrayList<>();
        fx(() -> {
            view.setHighlights(List.of(new Highlight(7, outer, Color.GREEN, HighlightStyle.FILL),
                    new Highlight(8, inner, Color.ORANGE, HighlightStyle.FILL)));
            view.setOnHighlightClicked(clicked::add);
            view.scrollTo(outer.start());
            return null;
        });
        robot.moveTo(charCentre(inner.start() + 2)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(charCentre(outer.start() + 1)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(charCentre(outer.end() + 3)).clickOn(MouseButton.PRIMARY);
        assertEquals(List.of(8L, 7L), clicked);
    }
}
