package hamish.ui.reader;

import hamish.model.Span;
import javafx.scene.paint.Color;

/** Temporary stand-in until the reader branch is merged. */
public record Highlight(long annotationId, Span span, Color colour, HighlightStyle style) {
}
