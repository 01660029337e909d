package hamish.ui.compare;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A thin strip beside a reader marking where in the document the focused entity is mentioned, by the
 * mention's place in the text (the reader is virtualised by paragraph, so pixel positions of unseen text are
 * unknown; the share of the text is a steady stand-in). A click scrolls the reader to the nearest mark.
 */
final class MentionRuler extends Region {

    static final double WIDTH = 10;
    private final Canvas canvas = new Canvas(WIDTH, 0);
    private List<Integer> offsets = List.of();
    private int textLength = 1;
    private Color colour = Color.web("#D55E00");

    MentionRuler(IntConsumer scrollTo) {
        getStyleClass().add("mention-ruler");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        getChildren().add(canvas);
        setOnMouseClicked(e -> nearest(e.getY()).ifPresent(scrollTo::accept));
    }

    void setMarks(List<Integer> mentionOffsets, int length, Color markColour) {
        offsets = List.copyOf(mentionOffsets);
        textLength = Math.max(1, length);
        colour = markColour;
        draw();
    }

    List<Integer> marks() {
        return offsets;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private OptionalInt nearest(double y) {
        return offsets.stream().mapToInt(Integer::intValue)
                .reduce((a, b) -> Math.abs(yOf(a) - y) <= Math.abs(yOf(b) - y) ? a : b);
    }

    private double yOf(int offset) {
        return (double) offset / textLength * canvas.getHeight();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.web("#8884"));
        g.fillRect(WIDTH / 2 - 0.5, 0, 1, canvas.getHeight());
        g.setFill(colour);
        for (int offset : offsets) {
            g.fillRect(1, Math.min(canvas.getHeight() - 3, yOf(offset)), WIDTH - 2, 3);
        }
    }
}
