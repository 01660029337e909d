package hamish.ui.reader;

import static hamish.ui.reader.ReaderFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Keyboard selection in right-to-left text: arrows follow the visual direction. */
@ExtendWith(ApplicationExtension.class)
class ReaderKeyboardTest {

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

    private Span phrase(String p) {
        int at = text.indexOf(p);
        assertTrue(at >= 0, "fixture phrase missing: " + p);
        return new Span(at, at + p.length());
    }

    @Test
    void shiftLeftExtendsLogicallyForwardInRightToLeftText(FxRobot robot) {
        Span word = phrase("مباحثات");
        fx(() -> {
            view.requestFocus();
            view.select(word);
            return null;
        });
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        assertEquals(new Span(word.start(), word.end() + 1), fx(() -> view.selectionProperty().get()));
        robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT);
        assertEquals(new Span(word.start(), word.end() - 1), fx(() -> view.selectionProperty().get()));
    }

    @Test
    void shiftLeftStepsOverAWholeClusterWithHarakat(FxRobot robot) {
        Span name = phrase("مُحَمَّد");
        fx(() -> {
            view.scrollTo(name.start());
            view.requestFocus();
            view.select(new Span(name.start(), name.start() + 2));
            return null;
        });
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        // م + damma is one cluster; the next press takes ح + fatha.
        assertEquals(new Span(name.start(), name.start() + 4), fx(() -> view.selectionProperty().get()));
    }

    @Test
    void shiftLeftFromACaretInsideAnEmojiSelectsTheWholeEmoji(FxRobot robot) {
        Span emoji = phrase("🙂");
        fx(() -> {
            view.scrollTo(emoji.start());
            view.requestFocus();
            view.select(new Span(emoji.start() + 1, emoji.start() + 1)); // between the halves of the surrogate pair
            return null;
        });
        assertEquals(emoji.start(), (int) fx(() -> view.caret()), "the caret moves to the start of the emoji");
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        assertEquals(emoji, fx(() -> view.selectionProperty().get()));
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        assertEquals(new Span(emoji.start(), emoji.end() + 1), fx(() -> view.selectionProperty().get()), "and on past it");
        fx(() -> {
            view.select(new Span(emoji.start() - 2, emoji.start() + 1));
            return null;
        });
        assertEquals(new Span(emoji.start() - 2, emoji.end()), fx(() -> view.selectionProperty().get()),
                "a selection given with an end inside the emoji grows to cover it");
    }

    @Test
    void ctrlShiftLeftExtendsByAWord(FxRobot robot) {
        Span two = phrase("مباحثات موسعة");
        fx(() -> {
            view.requestFocus();
            view.select(new Span(two.start(), two.start() + "مباحثات".length()));
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(two, fx(() -> view.selectionProperty().get()));
    }

    /** {lineStart, middle, lineEnd, nextLineStart} of the first visual line of the paragraph holding {@code phrase}. */
    private int[] firstLineAround(String phrase) {
        return fx(() -> {
            int at = text.indexOf(phrase);
            Paragraph p = view.document().paragraphAt(at);
            String shown = view.shownNode(p.index()).displayedText();
            int end = shown.indexOf('\n');
            assertTrue(end > 10, "the paragraph should wrap");
            int start = p.span().start();
            return new int[] {start, start + end / 2, start + end, start + end + 1};
        });
    }

    private void caretAt(int offset) {
        fx(() -> {
            view.requestFocus();
            view.select(new Span(offset, offset));
            return null;
        });
    }

    @Test
    void shiftEndAndShiftHomeGoToTheEndsOfTheVisualLine(FxRobot robot) {
        int[] line = firstLineAround("أجرى");
        caretAt(line[1]);
        robot.press(KeyCode.SHIFT, KeyCode.END).release(KeyCode.END, KeyCode.SHIFT);
        assertEquals(new Span(line[1], line[2]), fx(() -> view.selectionProperty().get()));
        robot.press(KeyCode.SHIFT, KeyCode.HOME).release(KeyCode.HOME, KeyCode.SHIFT);
        assertEquals(new Span(line[0], line[1]), fx(() -> view.selectionProperty().get()));
    }

    @Test
    void shiftDownExtendsToTheNextVisualLineAndUpComesBack(FxRobot robot) {
        int[] line = firstLineAround("أجرى");
        caretAt(line[1]);
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        Span s = fx(() -> view.selectionProperty().get());
        assertEquals(line[1], s.start());
        assertTrue(s.end() > line[3], "the caret should land inside the next line, got " + s + " for line " + line[3]);
        robot.press(KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT);
        int back = fx(() -> view.caret());
        assertTrue(Math.abs(back - line[1]) <= 3, "up should come back near " + line[1] + ", caret at " + back);
    }

    @Test
    void shiftLeftTakesAnEmojiWhole(FxRobot robot) {
        int emoji = text.indexOf("🙂");
        fx(() -> {
            view.scrollTo(emoji);
            return null;
        });
        caretAt(emoji);
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        assertEquals(new Span(emoji, emoji + 2), fx(() -> view.selectionProperty().get()), "one emoji is two UTF-16 chars");
    }

    @Test
    void ctrlCCopiesTheSelectedText(FxRobot robot) {
        Span words = phrase("مباحثات موسعة");
        fx(() -> {
            view.requestFocus();
            view.select(words);
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertEquals("مباحثات موسعة", fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
    }
}
