package hamish.ui.tags;

import hamish.model.Tag;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A tag's own colour where the window shows a tag. The colour is the user's data, not the theme's, so it is set on
 * the node (a fill, a background), never as an inline style that would fight the theme's stylesheet.
 */
public final class TagSwatch {

    private TagSwatch() {
    }

    /** A small bar in the tag's colour for a list cell's graphic. */
    public static Rectangle bar(Tag tag, double width) {
        Rectangle r = new Rectangle(width, 14, Color.web(tag.colour()));
        r.getStyleClass().add("tag-swatch");
        return r;
    }

    /** A chip's rounded background in the tag's colour. */
    public static Background chip(Tag tag) {
        return new Background(new BackgroundFill(Color.web(tag.colour()), new CornerRadii(12), Insets.EMPTY));
    }

    /** Dark or light text, whichever stays readable on the tag's colour. */
    public static Color textOn(Tag tag) {
        Color c = Color.web(tag.colour());
        return c.getBrightness() > 0.6 && c.getSaturation() < 0.9 || c.getBrightness() > 0.8 ? Color.web("#1a1a1a") : Color.WHITE;
    }
}
