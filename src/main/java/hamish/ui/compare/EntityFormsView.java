package hamish.ui.compare;

import hamish.app.EntityForms;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.SingleLineText;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window listing one entity's forms, each with its kind and a Remove or Restore button. It stays open
 * beside the compare window, so the proposals can be watched changing. Each form is drawn right to left as the
 * reader draws Arabic ({@link SingleLineText}), not in a {@code Label}, which misorders Arabic with separators
 * and cuts it with an ellipsis.
 */
public final class EntityFormsView {

    static final String STYLE_CLASS = "entity-forms";
    static final String REMOVED_CLASS = "removed-form";
    private static final double FORM_SIZE = 15;

    private final EntityFormsViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final ListView<EntityForms.Form> list = new ListView<>();

    public EntityFormsView(Window owner, EntityFormsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.format("forms.title", vm.entity().canonicalName()));
        list.setId("entityFormList");
        list.setItems(vm.forms());
        list.setCellFactory(v -> new FormCell());
        Label hint = new Label(messages.get("forms.hint"));
        hint.setWrapText(true);
        VBox root = new VBox(6, hint, list);
        root.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().addAll("hamish", STYLE_CLASS);
        root.setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Scene scene = new Scene(root, 460, 420);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.dispose());
    }

    public void show() {
        stage.show();
        vm.load();
    }

    /** Ctrl+Z / Ctrl+Shift+Z undo and redo the compare window's steps; Delete toggles the chosen form; Escape closes. */
    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                vm.redo();
            } else {
                vm.undo();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
            vm.toggle(list.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            stage.close();
        }
    }

    /** One form: its text right to left, its kind, and what can be done with it. */
    private final class FormCell extends ListCell<EntityForms.Form> {

        @Override
        protected void updateItem(EntityForms.Form form, boolean empty) {
            super.updateItem(form, empty);
            setText(null);
            getStyleClass().remove(REMOVED_CLASS);
            if (empty || form == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(kindText(form));
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(10, SingleLineText.of(form.text(), false, FORM_SIZE, NodeOrientation.RIGHT_TO_LEFT), kind, gap);
            row.setAlignment(Pos.CENTER_LEFT);
            if (form.removable() || form.restorable()) {
                Button toggle = new Button(messages.get(form.restorable() ? "forms.restore" : "forms.remove"));
                toggle.getStyleClass().add(form.restorable() ? "restore-form" : "remove-form");
                toggle.setMinWidth(Region.USE_PREF_SIZE);
                toggle.setOnAction(e -> vm.toggle(form));
                row.getChildren().add(toggle);
            }
            if (form.restorable()) {
                getStyleClass().add(REMOVED_CLASS);
            }
            setGraphic(row);
        }
    }

    private String kindText(EntityForms.Form form) {
        String kind = switch (form.status()) {
            case ALIAS -> messages.get("forms.kind.ALIAS");
            default -> form.kind() == null ? messages.get("forms.kind.GONE") : messages.get("forms.kind." + form.kind().name());
        };
        return form.restorable() ? messages.format("forms.removed", kind) : kind;
    }

    long entityId() {
        return vm.entity().id();
    }

    // ---- for tests ----------------------------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    public ListView<EntityForms.Form> formList() {
        return list;
    }
}
