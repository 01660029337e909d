package hamish.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What is painted, not what the text engine reports: a cut-short {@link ArabicLine} must paint exactly the pixels
 * of its shown text laid out whole in a TextFlow (which draws a line it does not have to cut right, PLATFORM.md).
 * The character positions the engine reports ({@link VisualOrder}) agree with the painting only when the painting
 * is right, so this is the check that catches the fault: a plain {@code Label} that ellipsises the same title
 * paints its segments in another order, and the same comparison tells it apart.
 */
@ExtendWith(ApplicationExtension.class)
class PaintedOrderTest {

    /** Letters, spaces, hyphens and «»: every char in the bundled font, so a difference can only be the order. */
    private static final List<String> TITLES = List.of(
            "لقاء روسي - سعودي - أميركي لمناقشة حلول الأزمة السورية",
            "اتفاق أمريكي - خليجي في الدوحة على «خطة السلام» بعد الخلاف",
            "انفجار على الحدود - التركية - السورية ومقتل عدد من المدنيين");
    private static final double FONT_SIZE = 16;

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1000, 300));
        stage.show();
    }

    @Test
    void aCutShortLinePaintsItsShownTextInTheOrderAWholeLineHas() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (NodeOrientation ui : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            for (String title : TITLES) {
                ArabicLine cut = fx(() -> {
                    ArabicLine l = new ArabicLine(title);
                    l.fontProperty().set(ArabicFonts.regular(FONT_SIZE));
                    ArabicLine natural = new ArabicLine(title);
                    natural.fontProperty().set(ArabicFonts.regular(FONT_SIZE));
                    l.setMaxWidth(Math.floor(natural.prefWidth(-1) * 0.6));
                    return l;
                });
                Ink painted = ink(cut, ui);
                String shown = fx(cut::shownText);
                ArabicLine whole = fx(() -> {
                    ArabicLine l = new ArabicLine(shown);
                    l.fontProperty().set(ArabicFonts.regular(FONT_SIZE));
                    return l;
                });
                Ink reference = ink(whole, ui);
                if (!painted.sameAs(reference)) {
                    wrong.add(ui + " «" + title + "» shown as «" + shown + "»: " + painted.difference(reference));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSameComparisonCatchesTheLabelThatEllipsisesArabicOutOfOrder() throws Exception {
        int caught = 0;
        List<String> seen = new ArrayList<>();
        for (String title : TITLES) {
            Label label = fx(() -> {
                Label l = new Label(title);
                l.setFont(ArabicFonts.regular(FONT_SIZE));
                l.setTextOverrun(OverrunStyle.ELLIPSIS);
                l.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                root.getChildren().setAll(new HBox(l));
                root.applyCss();
                root.layout();
                l.setMaxWidth(Math.floor(l.prefWidth(-1) * 0.6));
                return l;
            });
            Ink painted = ink(label, NodeOrientation.RIGHT_TO_LEFT);
            String shown = fx(() -> ((Text) label.lookup(".text")).getText());
            ArabicLine whole = fx(() -> {
                ArabicLine l = new ArabicLine(shown);
                l.fontProperty().set(ArabicFonts.regular(FONT_SIZE));
                return l;
            });
            Ink reference = ink(whole, NodeOrientation.RIGHT_TO_LEFT);
            assertTrue(shown.length() > title.length() / 3 && shown.endsWith("..."), "the Label cut «" + title + "» to «" + shown + "»");
            // The Label's "..." may take other glyph widths than a TextFlow's: only the right two thirds are compared,
            // where an Arabic line starts and where a right painting and the Label's must agree.
            // The measure ArabicLineTest holds each control to: ink with none of the other's within a pixel.
            double stray = painted.rightPart(2.0 / 3).strayInk(reference.rightPart(2.0 / 3));
            seen.add(String.format(java.util.Locale.ROOT, "«%s»: %.1f %% of the right two thirds' ink stray", shown, 100 * stray));
            caught += stray < 0.02 ? 0 : 1;
        }
        assertTrue(caught == TITLES.size(), "the check did not tell the ellipsising Label's painting from a right one:\n" + String.join("\n", seen));
    }

    /** The dark pixels of {@code node} drawn alone, black on white, cropped to where there is ink. */
    private Ink ink(Node node, NodeOrientation ui) throws Exception {
        WritableImage image = fx(() -> {
            HBox box = new HBox(node);
            box.setNodeOrientation(ui);
            box.setStyle(null);
            root.getChildren().setAll(box);
            root.applyCss();
            root.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        image = fx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            return node.snapshot(p, null);
        });
        return Ink.of(image);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
