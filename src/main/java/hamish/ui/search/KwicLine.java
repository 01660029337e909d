package hamish.ui.search;

import hamish.model.Kwic;
import hamish.ui.reader.SingleLineText;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;

/**
 * One keyword-in-context line, right to left, with the match in the middle of the line whatever its width: the
 * text before the match on the match's right, the text after it on its left, each cut to the room on its side
 * ({@link KwicFit}, "…" where cut). So a narrow side panel shows less context but never less of the match.
 * Each piece is a {@link SingleLineText}, never wrapped (JavaFX misdraws wrapped Arabic, see the reader's package
 * notes). Not {@code Label}s: a label in the Arabic font misordered the line whenever a quote mark or ellipsis
 * came from a fallback font. Children are always before, match, after, in that order.
 */
final class KwicLine extends Region {

    static final String STYLE_CLASS = "kwic-line";
    static final String MATCH_CLASS = "kwic-match";
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final double FONT_SIZE = 14;
    /** Space between the match and its context, so the match's highlight does not touch the words. */
    private static final double GAP = 2;

    private final Kwic kwic;
    private final SearchPosition position;
    private final TextFlow matched;
    private double fittedRoom = -1;
    private String shownBefore;
    private String shownAfter;

    KwicLine(Kwic kwic, SearchPosition position) {
        this.kwic = kwic;
        this.position = position;
        getStyleClass().add(STYLE_CLASS);
        // The line places its pieces itself, in left-to-right coordinates: the Arabic window's mirroring must not
        // swap them (before is on the right in both languages, since the text is Arabic in both).
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        matched = piece(kwic.matched(), FontWeight.BOLD);
        matched.getStyleClass().add(MATCH_CLASS);
        shownBefore = kwic.before().replace('\n', ' ');
        shownAfter = kwic.after().replace('\n', ' ');
        getChildren().addAll(piece(shownBefore, FontWeight.NORMAL), matched, piece(shownAfter, FontWeight.NORMAL));
        // Fitting leaves the pieces inside the line; the clip only guards against a measuring rounding error.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    Kwic kwic() {
        return kwic;
    }

    SearchPosition position() {
        return position;
    }

    /** The context as shown now (cut to the width), for tests. */
    String shownBefore() {
        return shownBefore;
    }

    String shownAfter() {
        return shownAfter;
    }

    void setCurrent(boolean current) {
        pseudoClassStateChanged(CURRENT, current);
    }

    /** A single-line, unwrapped text in the bundled Arabic font, laid out right to left. */
    static TextFlow piece(String text, FontWeight weight) {
        return piece(text, weight, NodeOrientation.RIGHT_TO_LEFT);
    }

    static TextFlow piece(String text, FontWeight weight, NodeOrientation orientation) {
        return SingleLineText.of(text, weight == FontWeight.BOLD, FONT_SIZE, orientation);
    }

    private static double width(String text) {
        return text.isEmpty() ? 0 : piece(text, FontWeight.NORMAL).prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        // Never narrower than the match: context gives way, the match does not.
        Insets in = getInsets();
        return in.getLeft() + matched.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + width(kwic.before()) + matched.prefWidth(-1) + width(kwic.after()) + 2 * GAP + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double h = 0;
        for (var child : getChildren()) {
            h = Math.max(h, child.prefHeight(-1));
        }
        return in.getTop() + h + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        double matchWidth = matched.prefWidth(-1);
        double room = Math.max(0, (inner - matchWidth) / 2 - GAP);
        // Refit only when the room changed: fitting measures text, and layout runs on every pulse that touches the list.
        if (Math.abs(room - fittedRoom) > 0.5) {
            fittedRoom = room;
            String before = KwicFit.tail(kwic.before(), room, KwicLine::width);
            String after = KwicFit.head(kwic.after(), room, KwicLine::width);
            if (!before.equals(shownBefore)) {
                shownBefore = before;
                getChildren().set(0, piece(before, FontWeight.NORMAL));
            }
            if (!after.equals(shownAfter)) {
                shownAfter = after;
                getChildren().set(2, piece(after, FontWeight.NORMAL));
            }
        }
        double top = in.getTop();
        double height = getHeight() - in.getTop() - in.getBottom();
        double matchX = in.getLeft() + Math.max(0, (inner - matchWidth) / 2);
        TextFlow beforeFlow = (TextFlow) getChildren().get(0);
        TextFlow afterFlow = (TextFlow) getChildren().get(2);
        double beforeWidth = beforeFlow.prefWidth(-1);
        double afterWidth = afterFlow.prefWidth(-1);
        layoutInArea(matched, matchX, top, matchWidth, height, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
        layoutInArea(beforeFlow, matchX + matchWidth + GAP, top, beforeWidth, height, 0,
                javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
        layoutInArea(afterFlow, matchX - GAP - afterWidth, top, afterWidth, height, 0,
                javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
    }
}
