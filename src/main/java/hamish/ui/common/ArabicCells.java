package hamish.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * Puts an {@link ArabicLine} wherever user text appears: list and table cells, combo boxes, column headers,
 * tabs and tooltips. Each control keeps no text of its own (its {@code Label} would misorder an ellipsised
 * Arabic title); it shows the line as its only graphic, and the line fits the width the control gives it.
 */
public final class ArabicCells {

    /** How wide a tab title or a tooltip line may grow before it is cut with "…". */
    public static final double TAB_MAX_WIDTH = 260;
    public static final double TOOLTIP_MAX_WIDTH = 560;
    /** Room a column header keeps beside its title for the sort arrow. */
    private static final double HEADER_ROOM = 14;

    private ArabicCells() {
    }

    /**
     * Shows {@code text} in a cell (list, table, combo box) or any other {@code Labeled}; null clears it. The
     * cell takes the text's direction, so an Arabic title starts at the right edge even in the English window.
     */
    public static void show(Labeled cell, String text) {
        if (text == null) {
            cell.setText(null);
            cell.setGraphic(null);
            cell.setAccessibleText(null);
            cell.setNodeOrientation(NodeOrientation.INHERIT);
            return;
        }
        ArabicLine line = cell.getGraphic() instanceof ArabicLine l ? l : fitted(cell);
        line.setText(text);
        cell.setText(null);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cell.setGraphic(line);
        // Screen readers and the full text of a cut title.
        cell.setAccessibleText(text);
        cell.setNodeOrientation(TextDirection.of(text));
    }

    /** A table cell factory: each cell shows {@code text.apply(value)} as an {@link ArabicLine}. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> table(Function<T, String> text) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                show(this, empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A list cell factory: each cell shows {@code text.apply(item)} as an {@link ArabicLine}. */
    public static <T> Callback<ListView<T>, ListCell<T>> list(Function<T, String> text) {
        return view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                show(this, empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** The drop-down cells and the button cell of a combo box. */
    public static <T> void comboBox(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(list(text));
        box.setButtonCell(list(text).call(null));
    }

    /** A column whose header is user text (an outlet, a document). */
    public static void header(TableColumn<?, ?> column, String text) {
        ArabicLine line = new ArabicLine(text);
        line.maxWidthProperty().bind(column.widthProperty().subtract(HEADER_ROOM));
        column.setText(null);
        column.setGraphic(line);
    }

    /** A tab whose title is user text (a document title), cut at {@link #TAB_MAX_WIDTH}. */
    public static void tab(Tab tab, String text) {
        tab(tab, text, TAB_MAX_WIDTH);
    }

    /** A tab whose title is user text, cut at {@code maxWidth}. */
    public static void tab(Tab tab, String text, double maxWidth) {
        ArabicLine line = new ArabicLine(text);
        line.setMaxWidth(maxWidth);
        tab.setText(null);
        tab.setGraphic(line);
    }

    /** A tooltip showing user text, one {@link ArabicLine} per line of it, each cut at {@link #TOOLTIP_MAX_WIDTH}. */
    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip();
        setTooltipText(tooltip, text, TOOLTIP_MAX_WIDTH);
        return tooltip;
    }

    /** Replaces what a tooltip shows with {@code text} (lines split at line breaks), each line cut at {@code maxWidth}. */
    public static void setTooltipText(Tooltip tooltip, String text, double maxWidth) {
        VBox lines = new VBox();
        for (String part : (text == null ? "" : text).split("\n")) {
            ArabicLine line = new ArabicLine(part);
            line.setMaxWidth(maxWidth);
            lines.getChildren().add(line);
        }
        tooltip.setText(null);
        tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tooltip.setGraphic(lines);
    }

    /** A new line whose width never exceeds the room inside {@code cell}, so it cuts itself instead of overflowing. */
    private static ArabicLine fitted(Labeled cell) {
        ArabicLine line = new ArabicLine();
        line.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            // Not yet laid out: no limit, so the control can ask how wide the whole text is.
            Insets in = cell.getInsets();
            return cell.getWidth() <= 0 ? Double.MAX_VALUE : Math.max(0, cell.getWidth() - in.getLeft() - in.getRight());
        }, cell.widthProperty(), cell.insetsProperty()));
        return line;
    }
}
