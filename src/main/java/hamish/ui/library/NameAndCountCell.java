package hamish.ui.library;

import hamish.ui.common.TextDirection;
import hamish.ui.reader.SingleLineText;
import java.util.function.Function;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/**
 * A chooser entry: a name the user or an article gave (a collection, an outlet), drawn as the reader draws
 * Arabic ({@link SingleLineText}, not a {@code Label}, which misorders Arabic with separators), then its count;
 * or a fixed text of the window ("All documents (12)") in a label.
 */
final class NameAndCountCell<T> extends ListCell<T> {

    static final String STYLE_CLASS = "library-choice";

    /** What an entry shows: {@code name} drawn as data, or {@code fixed} (already with its count) when name is null. */
    record Shown(String name, int count, String fixed) {
    }

    private static final double FONT_SIZE = 14;

    private final Function<T, Shown> show;
    private final boolean button;

    NameAndCountCell(Function<T, Shown> show) {
        this(show, false);
    }

    /** {@code button}: the cell a closed chooser shows its value in, which is never drawn as a selected row. */
    NameAndCountCell(Function<T, Shown> show, boolean button) {
        this.show = show;
        this.button = button;
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    public void updateSelected(boolean selected) {
        // The skin selects the button cell along with the chosen row: white text on the unselected button.
        super.updateSelected(selected && !button);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Shown s = show.apply(item);
        setGraphic(s.name() == null ? fixed(s.fixed()) : nameAndCount(s));
    }

    /** A text of the window; coloured by the theme, since a label in a chooser's button would take the selection's white. */
    private static Node fixed(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("library-choice-text");
        return label;
    }

    private static Node nameAndCount(Shown s) {
        NodeOrientation direction = TextDirection.of(s.name()) == NodeOrientation.RIGHT_TO_LEFT
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        Label count = new Label("(" + s.count() + ")");
        count.getStyleClass().add("library-count");
        HBox box = new HBox(6, SingleLineText.of(s.name(), false, FONT_SIZE, direction), count);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
