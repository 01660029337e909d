package hamish.ui.library;

import hamish.ui.common.TextDirection;
import hamish.ui.reader.SingleLineText;
import java.text.BreakIterator;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextFlow;

/**
 * A document's title on one line, as wide as the list gives it: drawn as the reader draws Arabic
 * ({@link SingleLineText}), because a {@code Label} that ellipsises an Arabic title with separators (a colon,
 * guillemets, "..") draws its words in the wrong order. A title too long for the width is cut at its logical end
 * (the left of an Arabic title, the right of an English one) between whole characters, with "…"; the cut is
 * measured on the very text nodes that are drawn, and a clip keeps any remainder from spilling over the cell.
 */
final class OneLineTitle extends Region {

    static final String STYLE_CLASS = "library-title";
    static final double FONT_SIZE = 15;
    private static final String ELLIPSIS = "…";

    private String text = "";
    private String shown = "";
    private double fittedTo = -1;
    private TextFlow flow = SingleLineText.of("", true, FONT_SIZE, NodeOrientation.LEFT_TO_RIGHT);

    OneLineTitle() {
        getStyleClass().add(STYLE_CLASS);
        setMinWidth(0);
        getChildren().add(flow);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    void setText(String title) {
        text = title == null ? "" : title.replace('\n', ' ');
        setNodeOrientation(TextDirection.of(text));
        fittedTo = -1;
        draw(text);
        requestLayout();
    }

    /** What is drawn: the title, or its beginning and "…" when the width cuts it. */
    String shownText() {
        return shown;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + width(text) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + flow.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double available = getWidth() - snappedLeftInset() - snappedRightInset();
        if (available != fittedTo) {
            fittedTo = available;
            draw(fit(available));
        }
        // In a right-to-left title x = 0 is the right edge: the title starts there, its cut end is on the left.
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), flow.prefWidth(-1), flow.prefHeight(-1));
    }

    /** The longest beginning of the title that fits in {@code available} with "…" after it (the whole title if it fits). */
    private String fit(double available) {
        if (width(text) <= available) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            ends.add(end);
        }
        // Binary search over whole characters: each try lays out one candidate line.
        int lo = 0;
        int hi = ends.size() - 1;
        String best = ELLIPSIS;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String candidate = cut(ends.get(mid));
            if (width(candidate) <= available) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private String cut(int end) {
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private double width(String s) {
        return SingleLineText.of(s, true, FONT_SIZE, getNodeOrientation()).prefWidth(-1);
    }

    private void draw(String s) {
        shown = s;
        flow = SingleLineText.of(s, true, FONT_SIZE, getNodeOrientation() == NodeOrientation.INHERIT
                ? NodeOrientation.LEFT_TO_RIGHT : getNodeOrientation());
        getChildren().setAll(flow);
    }
}
