package hamish.ui.library;

import hamish.ui.common.TextDirection;
import hamish.ui.i18n.Messages;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a collection's name (New collection…, Rename…). Save checks the name first and, when it cannot be one,
 * says why and stays open; otherwise {@code onSave} writes it in the background.
 */
final class CollectionNameDialog extends Dialog<Void> {

    private final TextField name = new TextField();
    private final Label problem = new Label();

    CollectionNameDialog(Window owner, Messages messages, String title, String initial, Function<String, Optional<String>> check,
                         Consumer<String> onSave) {
        initOwner(owner);
        // The dialog is its own scene: give it the window's theme and direction.
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            getDialogPane().setNodeOrientation(owner.getScene().getRoot().getEffectiveNodeOrientation());
        }
        setTitle(title);
        ButtonType save = new ButtonType(messages.get("details.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("details.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        name.setId("collectionName");
        name.setText(initial);
        name.setPrefColumnCount(30);
        name.setNodeOrientation(TextDirection.of(initial));
        // An Arabic name reads from the right even in the English window, an English one from the left.
        name.textProperty().addListener((o, a, text) -> name.setNodeOrientation(TextDirection.of(text)));
        problem.setId("collectionNameProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        getDialogPane().setContent(new VBox(8, new Label(messages.get("collection.name")), name, problem));

        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("collectionSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> wrong = check.apply(name.getText());
            if (wrong.isPresent()) {
                problem.setText(wrong.get());
                problem.setVisible(true);
                e.consume();
            } else {
                onSave.accept(name.getText());
            }
        });
        setOnShown(e -> name.requestFocus());
    }
}
