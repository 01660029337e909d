package hamish.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Manual check under a display: the hand-written titles of {@link ArabicLineTest} (no corpus text, so the
 * screenshots may be committed) cut short in a table (cells and a column header), a list, tabs and a combo box,
 * with a plain ellipsising Label in the bundled font below for contrast. Arguments: "ar" for the Arabic (mirrored)
 * window, "dark" for the dark theme.
 */
public final class ArabicLineDemo extends Application {

    /** Entry point that does not extend Application, so the classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ArabicLineDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        List<String> titles = ArabicLineTest.HAND_WRITTEN;
        TableView<String> table = new TableView<>();
        table.getColumns().add(DirectionalColumn.of("Title", s -> s, 230));
        TableColumn<String, String> outlet = new TableColumn<>();
        ArabicCells.header(outlet, "صحيفة «الشرق الأوسط» - لندن - 2015");
        outlet.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().substring(c.getValue().length() / 2)));
        outlet.setCellFactory(ArabicCells.table(s -> s));
        outlet.setPrefWidth(200);
        table.getColumns().add(outlet);
        table.getItems().setAll(titles);
        table.setPrefSize(470, 200);
        ListView<String> list = new ListView<>();
        list.setCellFactory(ArabicCells.list(s -> s));
        list.getItems().setAll(titles);
        list.setPrefSize(260, 200);
        TabPane tabs = new TabPane();
        for (String t : titles.subList(0, 3)) {
            Tab tab = new Tab();
            ArabicCells.tab(tab, t, 170);
            tabs.getTabs().add(tab);
        }
        tabs.setPrefHeight(60);
        ComboBox<String> box = new ComboBox<>();
        ArabicCells.comboBox(box, s -> s);
        box.getItems().setAll(titles);
        box.getSelectionModel().select(1);
        box.setPrefWidth(260);
        Label plain = new Label(titles.get(0));
        plain.setFont(ArabicFonts.regular(13));
        plain.setNodeOrientation(TextDirection.of(titles.get(0)));
        plain.setMaxWidth(230);
        VBox root = new VBox(10, tabs, new HBox(10, table, list), box, new Label("Plain Label, for contrast:"), plain);
        root.setPadding(new Insets(10));
        boolean dark = raw.contains("dark");
        root.setNodeOrientation(raw.contains("ar") ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Scene scene = new Scene(root, 780, 440);
        scene.getStylesheets().add(Objects.requireNonNull(ArabicLineDemo.class.getResource(dark ? "/css/app-dark.css" : "/css/app-light.css")).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }
}
