package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
        authors = new ComboBox<>();
        authors.setId("authorFilter");
        Label showBy = new Label(messages.get("authors.filter"));
        showBy.setLabelFor(authors);
        HBox filter = new HBox(6, showBy, authors);
        filter.setAlignment(Pos.CENTER_LEFT);
        filter.setPadding(new Insets(0, 6, 0, 6));
        fillAuthors(vm, messages);
        vm.authors().addListener((ListChangeListener<String>) c -> fillAuthors(vm, messages));
        authors.valueProperty().addListener((o, a, b) -> {
            if (!filling) {
                vm.authorFilterProperty().set(b == null ? null : b.author(vm));
            }
        });
        getChildren().addAll(title, filter, table, editor);
    }

    /** One choice of the author filter: everyone's annotations, the user's own, or one annotator's. */
    public record AuthorChoice(String label, String name, boolean mine) {
        /** The author shown by this choice, null for everyone. */
        String author(DocumentViewModel vm) {
            return mine ? vm.author() : name;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<AuthorChoice> authors;
    private boolean filling;

    /** Everyone, Mine, then each author present in the document; the choice made stays chosen. */
    private void fillAuthors(DocumentViewModel vm, Messages messages) {
        AuthorChoice before = authors.getValue();
        java.util.List<AuthorChoice> choices = new java.util.ArrayList<>();
        choices.add(new AuthorChoice(messages.get("authors.everyone"), null, false));
        choices.add(new AuthorChoice(messages.get("authors.mine"), null, true));
        vm.authors().forEach(a -> choices.add(new AuthorChoice(a, a, false)));
        filling = true;
        try {
            authors.getItems().setAll(choices);
            authors.setValue(before == null ? choices.get(0)
                    : choices.stream().filter(c -> c.equals(before)).findFirst().orElse(before));
        } finally {
            filling = false;
        }
    }

    /** The author filter's chooser. */
    public ComboBox<AuthorChoice> authorFilter() {
        return authors;
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
