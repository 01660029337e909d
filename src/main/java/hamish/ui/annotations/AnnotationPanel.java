package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side panel: the annotations table above the editor for the selected one. */
public final class AnnotationPanel extends VBox {

    private final AnnotationTable table;
    private final AnnotationEditor editor;

    public AnnotationPanel(DocumentViewModel vm, Messages messages, Consumer<Annotation> onRowChosen) {
        table = new AnnotationTable(vm, messages, onRowChosen);
        editor = new AnnotationEditor(vm, messages);
        setSpacing(4);
        setPadding(new Insets(6, 0, 0, 0));
        Label title = new Label(messages.get("annotations.title"));
        title.setPadding(new Insets(0, 6, 0, 6));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, table, editor);
    }

    /** Adds a section (the orphaned annotations) between the table and the editor. */
    public void addSection(Node section) {
        getChildren().add(getChildren().indexOf(editor), section);
    }

    public AnnotationTable table() {
        return table;
    }

    public AnnotationEditor editor() {
        return editor;
    }
}
