package hamish.ui.tags;

import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.ui.i18n.Messages;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Edit → Tags…: the palette's tags on the left, a form for the chosen (or a new) one on the right. */
public final class TagEditorDialog extends Dialog<Void> {

    private final TagEditorViewModel vm;
    private final ListView<Tag> list = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<TagKind> kind = new ComboBox<>();
    private final ComboBox<EntityType> entityType = new ComboBox<>();
    private final ColorPicker colour = new ColorPicker();
    private final TextField shortcut = new TextField();
    private long editingId;

    public TagEditorDialog(Window owner, TagEditorViewModel vm, Messages messages) {
        this.vm = vm;
        initOwner(owner);
        // The dialog is its own scene: give it the window's theme and direction.
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            getDialogPane().setNodeOrientation(owner.getScene().getRoot().getEffectiveNodeOrientation());
        }
        setTitle(messages.get("tags.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("tags.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        list.setId("tagList");
        name.setId("tagName");
        kind.setId("tagKind");
        shortcut.setId("tagShortcut");
        list.setItems(vm.catalog().tags());
        list.setPrefWidth(200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Tag t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : TagShortcuts.keyLabel(t) + "  " + vm.catalog().label(t));
                setGraphic(empty || t == null ? null : TagSwatch.bar(t, 8));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> fill(t));
        kind.getItems().setAll(TagKind.values());
        kind.setConverter(names(messages, "kind."));
        entityType.getItems().setAll(EntityType.values());
        entityType.setConverter(names(messages, "entityType."));
        entityType.disableProperty().bind(kind.valueProperty().isNotEqualTo(TagKind.ENTITY));
        shortcut.setPrefColumnCount(2);

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("tags.name")), name);
        form.addRow(1, new Label(messages.get("tags.kind")), kind);
        form.addRow(2, new Label(messages.get("tags.entityType")), entityType);
        form.addRow(3, new Label(messages.get("tags.colour")), colour);
        form.addRow(4, new Label(messages.get("tags.shortcut")), shortcut);
        Button add = new Button(messages.get("tags.new"));
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            fill(null);
            name.requestFocus();
        });
        Button save = new Button(messages.get("tags.save"));
        save.setId("tagSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save(editingId, name.getText(), kind.getValue(), entityType.getValue(), hex(colour.getValue()), shortcut.getText()));
        Button delete = new Button(messages.get("tags.delete"));
        delete.setId("tagDelete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        form.add(new HBox(6, add, save, delete), 1, 5);

        HBox content = new HBox(12, list, form);
        content.setPadding(new Insets(6));
        getDialogPane().setContent(content);
        fill(null);
    }

    private void fill(Tag t) {
        editingId = t == null ? 0 : t.id();
        name.setText(t == null ? "" : t.name());
        kind.setValue(t == null ? TagKind.ENTITY : t.kind());
        entityType.setValue(t == null || t.entityType() == null ? EntityType.PERSON : t.entityType());
        colour.setValue(t == null ? Color.web("#9E9E9E") : Color.web(t.colour()));
        shortcut.setText(t == null || t.shortcut() == null ? "" : t.shortcut());
    }

    /** Shows enum values by their translated names, e.g. kind.QUOTE → "Quote" / "اقتباس". */
    static <E extends Enum<E>> StringConverter<E> names(Messages messages, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
