package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.model.Tag;
import hamish.ui.common.ArabicLine;
import hamish.ui.common.Catalog;
import hamish.ui.tags.TagSwatch;
import hamish.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.TextFields;

/**
 * The form under the table for the selected annotation. Each field is written when it is committed
 * (choice, Enter, leaving the field) against the annotation it was filled from, so switching the
 * selection never writes one annotation's note onto another.
 */
public final class AnnotationEditor extends GridPane {

    public static final String STYLE_CLASS = "annotation-editor";

    private final DocumentViewModel vm;
    private final Catalog catalog;
    private final ComboBox<Tag> tag = new ComboBox<>();
    private final TextField entity = new TextField();
    private final TextField speaker = new TextField();
    private final Label speakerLabel;
    private final TextArea note = new TextArea();
    private Annotation shown;
    private boolean filling;

    public AnnotationEditor(DocumentViewModel vm, Messages messages) {
        this.vm = vm;
        this.catalog = vm.catalog();
        getStyleClass().add(STYLE_CLASS);
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(6));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);

        tag.setId("editorTag");
        tag.setItems(catalog.tags());
        tag.setCellFactory(v -> new TagCell(catalog));
        tag.setButtonCell(new TagCell(catalog));
        tag.setMaxWidth(Double.MAX_VALUE);
        tag.valueProperty().addListener((o, a, b) -> {
            if (!filling && shown != null && b != null && b.id() != shown.tagId()) {
                vm.changeTag(shown.id(), b);
            }
        });
        entity.setId("editorEntity");
        speaker.setId("editorSpeaker");
        note.setId("editorNote");
        TextFields.bindAutoCompletion(entity, r -> catalog.entityNamesMatching(r.getUserText()))
                .setOnAutoCompleted(e -> commitEntity());
        TextFields.bindAutoCompletion(speaker, r -> catalog.entityNamesMatching(r.getUserText()))
                .setOnAutoCompleted(e -> commitSpeaker());
        entity.setOnAction(e -> commitEntity());
        speaker.setOnAction(e -> commitSpeaker());
        entity.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitEntity();
            }
        });
        speaker.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitSpeaker();
            }
        });
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitNote();
            }
        });
        // A filter, not a handler: the text area's own Enter handling would insert a newline first.
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Enter saves; Shift+Enter starts a new line in the note (the text area itself ignores it).
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    note.replaceSelection("\n");
                } else {
                    commitNote();
                }
                e.consume();
            }
        });
        Button delete = new Button(messages.get("annotations.delete"));
        delete.setId("editorDelete");
        delete.setOnAction(e -> vm.deleteSelected());

        speakerLabel = new Label(messages.get("annotations.speaker"));
        speaker.managedProperty().bind(speaker.visibleProperty());
        speakerLabel.managedProperty().bind(speakerLabel.visibleProperty());
        addRow(0, new Label(messages.get("annotations.tag")), tag);
        addRow(1, new Label(messages.get("annotations.entity")), entity);
        addRow(2, speakerLabel, speaker);
        addRow(3, new Label(messages.get("annotations.note")), note);
        add(delete, 1, 4);

        vm.selectedProperty().addListener((o, a, b) -> show(b));
        show(null);
    }

    /** Saves whatever the user typed for the annotation currently in the form. */
    public void commitPending() {
        commitEntity();
        commitSpeaker();
        commitNote();
    }

    private void show(Annotation a) {
        if (shown != null && (a == null || a.id() != shown.id())) {
            commitPending();
        }
        filling = true;
        try {
            shown = a;
            setDisable(a == null);
            tag.setValue(a == null ? null : catalog.tag(a.tagId()).orElse(null));
            // Only real changes: setting the same text would pop the suggestions up again.
            setIfDifferent(entity, a == null ? "" : catalog.entityName(a.entityId()));
            setIfDifferent(speaker, a == null ? "" : catalog.entityName(a.speakerEntityId()));
            if (a == null || !note.isFocused() || !note.getText().equals(a.note())) {
                note.setText(a == null ? "" : a.note());
            }
            boolean hasSpeaker = a != null && catalog.tag(a.tagId()).map(t -> t.kind().hasSpeaker()).orElse(false);
            speaker.setVisible(hasSpeaker);
            speakerLabel.setVisible(hasSpeaker);
        } finally {
            filling = false;
        }
    }

    private static void setIfDifferent(TextField field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private void commitEntity() {
        if (!filling && shown != null) {
            vm.assignEntity(shown.id(), entity.getText());
        }
    }

    private void commitSpeaker() {
        if (!filling && shown != null && speaker.isVisible()) {
            vm.assignSpeaker(shown.id(), speaker.getText());
        }
    }

    private void commitNote() {
        if (!filling && shown != null) {
            vm.changeNote(shown.id(), note.getText());
        }
    }

    private static final class TagCell extends ListCell<Tag> {
        private final Catalog catalog;

        TagCell(Catalog catalog) {
            this.catalog = catalog;
        }

        @Override
        protected void updateItem(Tag t, boolean empty) {
            super.updateItem(t, empty);
            // The swatch before the tag's name, which is user text: both in one box, the name an ArabicLine.
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ArabicLine name = new ArabicLine(catalog.label(t));
            HBox box = new HBox(6, TagSwatch.bar(t, 6), name);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            setText(null);
            setAccessibleText(catalog.label(t));
            setGraphic(box);
        }
    }
}
