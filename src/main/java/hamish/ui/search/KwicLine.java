package hamish.ui.search;

import hamish.model.Kwic;
import hamish.ui.reader.SingleLineText;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;

/**
 * One keyword-in-context line, right to left: the text before the match on the right, the match
 * highlighted, the text after it on the left. Each piece is a {@link SingleLineText}, never wrapped
 * (JavaFX misdraws wrapped Arabic, see the reader's package notes). Not {@code Label}s: a label in the
 * Arabic font misordered the line whenever a quote mark or ellipsis came from a fallback font. The line is
 * clipped on the left, so in a narrow panel only the end of the "after" piece is cut and the match stays in view.
 */
final class KwicLine extends HBox {

    static final String STYLE_CLASS = "kwic-line";
    static final String MATCH_CLASS = "kwic-match";
    /** Chars of the text before the match kept in the side panel, cut back to a word. */
    static final int BEFORE = 28;
    static final double FONT_SIZE = 14;

    private final Kwic kwic;

    KwicLine(Kwic kwic) {
        this.kwic = kwic;
        getStyleClass().add(STYLE_CLASS);
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setAlignment(Pos.CENTER_LEFT);
        TextFlow matched = piece(kwic.matched(), FontWeight.BOLD);
        matched.getStyleClass().add(MATCH_CLASS);
        getChildren().addAll(piece(shortBefore(kwic.before(), BEFORE), FontWeight.NORMAL), matched,
                piece(kwic.after(), FontWeight.NORMAL));
        setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    Kwic kwic() {
        return kwic;
    }

    /** A single-line, unwrapped text in the bundled Arabic font, laid out in {@code orientation}. */
    static TextFlow piece(String text, FontWeight weight) {
        return piece(text, weight, NodeOrientation.RIGHT_TO_LEFT);
    }

    static TextFlow piece(String text, FontWeight weight, NodeOrientation orientation) {
        return SingleLineText.of(text, weight == FontWeight.BOLD, FONT_SIZE, orientation);
    }

    /** The end of {@code before}, at most {@code max} chars from a word start, with "… " when cut. */
    static String shortBefore(String before, int max) {
        String s = before.replace('\n', ' ');
        if (s.length() <= max) {
            return s;
        }
        int from = s.length() - max;
        int space = s.indexOf(' ', from);
        // A single word longer than max is kept whole rather than cut inside a word.
        from = space >= 0 && space < s.length() - 1 ? space + 1 : from;
        if (from > 0 && Character.isLowSurrogate(s.charAt(from))) {
            from--;
        }
        return "… " + s.substring(from);
    }
}
