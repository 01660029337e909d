package hamish.ui.search;

import hamish.store.Kwic;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One keyword-in-context line, right to left: the text before the match on the right, the match
 * highlighted, the text after it on the left. Three single-line labels, never a wrapped text (JavaFX
 * misdraws wrapped Arabic, see the reader's package notes); each label is its own bidi paragraph, so
 * punctuation at a piece's edge takes the line's direction. Only the "after" piece gives way (ellipsis)
 * when the panel is narrow, so the match always stays in view.
 */
final class KwicLine extends HBox {

    static final String STYLE_CLASS = "kwic-line";
    static final String MATCH_CLASS = "kwic-match";
    /** Chars of the text before the match kept in the side panel, cut back to a word. */
    static final int BEFORE = 28;

    private final Kwic kwic;

    KwicLine(Kwic kwic) {
        this.kwic = kwic;
        getStyleClass().add(STYLE_CLASS);
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setAlignment(Pos.CENTER_LEFT);
        Label before = piece(shortBefore(kwic.before(), BEFORE));
        Label matched = piece(kwic.matched().replace('\n', ' '));
        matched.getStyleClass().add(MATCH_CLASS);
        Label after = piece(kwic.after().replace('\n', ' '));
        after.setMinWidth(0);
        after.setTextOverrun(OverrunStyle.ELLIPSIS);
        HBox.setHgrow(after, Priority.ALWAYS);
        after.setMaxWidth(Double.MAX_VALUE);
        setMinWidth(0);
        getChildren().addAll(before, matched, after);
    }

    Kwic kwic() {
        return kwic;
    }

    private static Label piece(String text) {
        Label l = new Label(text);
        l.setWrapText(false);
        l.setMinWidth(USE_PREF_SIZE);
        return l;
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
