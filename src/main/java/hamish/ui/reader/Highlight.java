package hamish.ui.reader;

import hamish.model.Span;
import java.util.Objects;
import javafx.scene.paint.Color;

/** One coloured range the reader draws over the text; {@code annotationId} is what clicks report back. */
public record Highlight(long annotationId, Span span, Color colour, HighlightStyle style) {

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(style, "style");
    }
}
