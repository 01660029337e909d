package hamish.ui.bench;

import hamish.ui.StartupProbe;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor of {@code hamish bench start}: a window of the main window's size holding a few ordinary controls
 * (a menu bar, a tab pane with a list, a table, a text field, labels; JavaFX's own modena CSS) with ~20 rows of
 * Latin text, no font of its own, no data from anywhere. What it takes beyond the empty window is the cold cost
 * that any real JavaFX window pays for its first controls (their classes, skins, CSS, first text layouts).
 */
public final class FloorWindow {

    private FloorWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            MenuBar menus = new MenuBar(new Menu("File", null, new MenuItem("Open"), new MenuItem("Quit")),
                    new Menu("Edit", null, new MenuItem("Undo"), new MenuItem("Redo")), new Menu("View"));
            ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                    IntStream.rangeClosed(1, 22).mapToObj(i -> "Document " + i).toList()));
            TabPane tabs = new TabPane(new Tab("Library", list), new Tab("Search", new Label("Search")));
            TableView<String> table = new TableView<>(FXCollections.observableArrayList(
                    IntStream.rangeClosed(1, 20).mapToObj(i -> "row " + i).toList()));
            for (String name : new String[] {"Tag", "Text", "Note"}) {
                TableColumn<String, String> column = new TableColumn<>(name);
                column.setCellValueFactory(c -> new ReadOnlyStringWrapper(name + " of " + c.getValue()));
                table.getColumns().add(column);
            }
            VBox centre = new VBox(8, new TextField("find"), new Label("An article would be here."));
            SplitPane split = new SplitPane(tabs, centre, table);
            BorderPane root = new BorderPane(split, menus, null, new Label("status"), null);
            Scene scene = new Scene(root, 1280, 800);
            stage.setTitle("Floor");
            stage.setScene(scene);
            stage.show();
            StartupProbe.afterNextPulse(scene, StartupProbe.SHOWN, () -> Platform.runLater(Platform::exit));
        }
    }
}
