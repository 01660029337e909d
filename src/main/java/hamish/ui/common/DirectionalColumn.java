package hamish.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** A read-only text column whose cells take the direction of their own text, so Arabic cells read right to left in an English window and Latin ones left to right in an Arabic one. */
public final class DirectionalColumn {

    private DirectionalColumn() {
    }

    public static <R> TableColumn<R, String> of(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setNodeOrientation(empty ? NodeOrientation.INHERIT : TextDirection.of(text));
            }
        });
        return c;
    }
}
