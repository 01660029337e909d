package hamish.ui.library;

import hamish.model.DocumentSummary;
import hamish.ui.common.TextDirection;
import hamish.ui.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The library's Details…: a document's title, outlet, published date, URL and author. Save checks the values first
 * and, when one is wrong, says which and stays open; otherwise the change is written in the background
 * as one step of the main window's history (Ctrl+Z undoes it).
 */
public final class DocumentDetailsDialog extends Dialog<Void> {

    private final TextField title = new TextField();
    private final TextField outlet = new TextField();
    private final TextField date = new TextField();
    private final TextField url = new TextField();
    private final TextField author = new TextField();
    private final Label problem = new Label();

    public DocumentDetailsDialog(Window owner, DocumentSummary document, LibraryViewModel vm, Messages messages) {
        initOwner(owner);
        // The dialog is its own scene: give it the window's theme and direction.
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            getDialogPane().setNodeOrientation(owner.getScene().getRoot().getEffectiveNodeOrientation());
        }
        setTitle(messages.get("details.dialogTitle"));
        setResizable(true);
        ButtonType save = new ButtonType(messages.get("details.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("details.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        title.setId("detailsTitle");
        outlet.setId("detailsOutlet");
        date.setId("detailsDate");
        url.setId("detailsUrl");
        author.setId("detailsAuthor");
        problem.setId("detailsProblem");
        title.setText(document.title());
        outlet.setText(document.outlet());
        date.setText(document.published() == null ? "" : document.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText(messages.get("details.datePrompt"));
        url.setText(document.url());
        url.setPromptText(messages.get("details.urlPrompt"));
        author.setText(document.author());
        author.setPromptText(messages.get("details.authorPrompt"));
        // Arabic titles and outlets read from the right even in the English window, English ones from the left.
        followTextDirection(title);
        followTextDirection(outlet);
        followTextDirection(author);
        date.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        // A web address reads left to right even when its path is Arabic.
        url.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        title.setPrefColumnCount(36);
        problem.setWrapText(true);
        problem.getStyleClass().add("error");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("details.title")), title);
        form.addRow(1, new Label(messages.get("details.outlet")), outlet);
        form.addRow(2, new Label(messages.get("details.date")), date);
        form.addRow(3, new Label(messages.get("details.url")), url);
        form.addRow(4, new Label(messages.get("details.author")), author);
        form.add(problem, 0, 5, 2, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        getDialogPane().setContent(form);

        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("detailsSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> wrong = vm.checkDetails(document.id(), title.getText(), outlet.getText(), date.getText(), url.getText(),
                    author.getText());
            if (wrong.isPresent()) {
                // Stay open with the values as typed, so the user corrects rather than retypes.
                problem.setText(wrong.get());
                problem.setVisible(true);
                e.consume();
            } else {
                vm.changeDetails(document.id(), title.getText(), outlet.getText(), date.getText(), url.getText(), author.getText());
            }
        });
        setOnShown(e -> title.requestFocus());
    }

    private static void followTextDirection(TextField field) {
        field.setNodeOrientation(TextDirection.of(field.getText()));
        field.textProperty().addListener((o, a, text) -> field.setNodeOrientation(TextDirection.of(text)));
    }
}
