package hamish.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/**
 * A read-only text column whose cells draw their text as an {@link ArabicLine}: each cell takes the direction
 * of its own text (Arabic right to left in the English window, Latin left to right in the Arabic one), and a
 * title cut short keeps its segments in order with "…" at its logical end.
 */
public final class DirectionalColumn {

    private DirectionalColumn() {
    }

    public static <R> TableColumn<R, String> of(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(ArabicCells.table(Function.identity()));
        return c;
    }
}
