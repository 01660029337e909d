package hamish.ui.reader;

import hamish.ui.common.ArabicFonts;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A short Arabic text on one line, never wrapped, drawn the way the reader draws it: a {@code TextFlow}
 * with one {@code Text} per run of chars the bundled font covers or not ({@link hamish.ui.common.FontCoverage}). A single
 * {@code Text} or {@code Label} in that font misorders a right-to-left line as soon as one char (a curly
 * quote, an ellipsis) comes from a fallback font. For search results and other one-line snippets.
 */
public final class SingleLineText {

    public static final String STYLE_CLASS = "single-line-text";

    private SingleLineText() {
    }

    public static TextFlow of(String text, boolean bold, double size, NodeOrientation orientation) {
        Font font = bold ? ArabicFonts.bold(size) : ArabicFonts.regular(size);
        TextFlow flow = new TextFlow();
        for (String run : ArabicFonts.coverage().runs(text.replace('\n', ' '))) {
            Text t = new Text(run);
            t.setFont(font);
            t.getStyleClass().add(STYLE_CLASS);
            flow.getChildren().add(t);
        }
        flow.setNodeOrientation(orientation);
        // Never narrower than its text: a TextFlow given less width would wrap it.
        flow.setMinWidth(Region.USE_PREF_SIZE);
        flow.setMaxWidth(Region.USE_PREF_SIZE);
        return flow;
    }
}
