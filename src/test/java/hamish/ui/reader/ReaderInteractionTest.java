package hamish.ui.reader;

import static hamish.ui.reader.ReaderFixtures.centre;
import static hamish.ui.reader.ReaderFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drags across paragraphs and past the edge, hover tooltips, flashing and theming. */
@ExtendWith(ApplicationExtension.class)
class ReaderInteractionTest {

    private ReaderView view;
    private String text;

    @Start
    void start(Stage stage) {
        view = new ReaderView();
        stage.setScene(new Scene(view, 700, 500));
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

    private Span word(String w, int from) {
        int at = text.indexOf(w, from);
        assertTrue(at >= 0, "fixture word missing: " + w);
        return new Span(at, at + w.length());
    }

    private Point2D charCentre(int offset) {
        Bounds b = fx(() -> view.characterBoundsOnScreen(offset).orElse(null));
        assertNotNull(b, "char " + offset + " should be on screen");
        return centre(b);
    }

    @Test
    void aDragRunsAcrossParagraphs(FxRobot robot) {
        Span from = word("أجرى", 0);
        Span to = word("ووصل", 0);
        assertTrue(fx(() -> view.paragraphIndexOf(to.start()) - view.paragraphIndexOf(from.start())) >= 2);
        robot.moveTo(charCentre(from.start())).press(MouseButton.PRIMARY).moveTo(charCentre(to.end() - 1)).release(MouseButton.PRIMARY);
        assertEquals(new Span(from.start(), to.end()), fx(() -> view.selectionProperty().get()));
    }

    @Test
    void aDragBackwardsSelectsTheSameLogicalRange(FxRobot robot) {
        Span from = word("أجرى", 0);
        Span to = word("موسعة", 0);
        robot.moveTo(charCentre(to.end() - 1)).press(MouseButton.PRIMARY).moveTo(charCentre(from.start())).release(MouseButton.PRIMARY);
        assertEquals(new Span(from.start(), to.end()), fx(() -> view.selectionProperty().get()));
    }

    @Test
    void altDragSelectsExactlyTheDraggedChars(FxRobot robot) {
        Span from = word("أجرى", 0);
        Span to = word("الإسرائيلي", 0);
        robot.press(KeyCode.ALT);
        try {
            robot.moveTo(charCentre(from.start() + 1)).press(MouseButton.PRIMARY)
                    .moveTo(charCentre(to.start() + 3)).release(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.ALT);
        }
        assertEquals(new Span(from.start() + 1, to.start() + 4), fx(() -> view.selectionProperty().get()));
    }

    @Test
    void draggingPastTheBottomEdgeScrollsAndKeepsExtending(FxRobot robot) {
        Span from = word("أجرى", 0);
        int lastShownBefore = fx(() -> {
            List<ReaderCell> shown = view.shownCells();
            return shown.get(shown.size() - 1).getItem().index();
        });
        Bounds viewBounds = fx(() -> view.localToScreen(view.getLayoutBounds()));
        robot.moveTo(charCentre(from.start())).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(viewBounds.getCenterX(), viewBounds.getMaxY() - 5))
                .moveTo(new Point2D(viewBounds.getCenterX(), viewBounds.getMaxY() + 40));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.release(MouseButton.PRIMARY);
        Span selected = fx(() -> view.selectionProperty().get());
        assertNotNull(selected);
        assertEquals(from.start(), selected.start());
        int endParagraph = fx(() -> view.paragraphIndexOf(selected.end()));
        assertTrue(endParagraph > lastShownBefore, "the selection should reach paragraphs scrolled into view: ended in "
                + endParagraph + ", last shown before was " + lastShownBefore);
    }

    @Test
    void hoveringAHighlightShowsItsTooltip(FxRobot robot) {
        Span name = word("بيني غانتس", 0);
        fx(() -> {
            view.setHighlights(List.of(new Highlight(42, name, Color.BLUE, HighlightStyle.FILL)));
            view.setTooltipText(id -> id == 42 ? "شخص: بيني غانتس" : null);
            return null;
        });
        robot.moveTo(charCentre(name.start() + 2)).moveBy(1, 0);
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals("شخص: بيني غانتس", fx(() -> view.hoverTooltip().shownText()));
        robot.moveTo(charCentre(word("الخميس", 0).start() + 1));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(null, fx(() -> view.hoverTooltip().shownText()));
    }

    @Test
    void flashMarksTheSpanThenFades() {
        Span far = word("الحديدية", text.indexOf("بدوره"));
        fx(() -> {
            view.flash(far);
            return null;
        });
        int paragraph = fx(() -> view.paragraphIndexOf(far.start()));
        assertTrue(fx(() -> view.shownNode(paragraph) != null), "flash scrolls its paragraph into view");
        assertTrue(fx(() -> !view.shownNode(paragraph).flashShape().getElements().isEmpty()));
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertTrue(fx(() -> view.shownNode(paragraph).flashShape().getElements().isEmpty()), "the flash is gone after its animation");
    }

    @Test
    void textColourComesFromTheStylesheetAndFollowsTheDarkClass() {
        Paint light = fx(() -> firstText().getFill());
        fx(() -> {
            view.getStyleClass().add("dark");
            view.applyCss();
            return null;
        });
        Paint dark = fx(() -> firstText().getFill());
        assertEquals(Color.web("#1d1d1b"), light);
        assertEquals(Color.web("#e6e4de"), dark);
    }

    private Text firstText() {
        return (Text) view.shownCells().get(0).node().textNode().getChildren().get(0);
    }
}
