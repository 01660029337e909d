package hamish.ui.search;

import hamish.model.AnnotationHit;
import hamish.model.Tag;
import hamish.ui.common.Catalog;
import javafx.util.StringConverter;
import hamish.ui.common.DirectionalColumn;
import hamish.ui.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The "Annotations" side panel: filters over every document's annotations and a table of what they find. */
public final class AnnotationSearchView extends VBox {

    private final TableView<AnnotationHit> table = new TableView<>();

    /** {@code tags} fill the tag choice; {@code open} shows a chosen hit's document at the annotation. */
    public AnnotationSearchView(AnnotationSearchViewModel vm, Messages messages, Catalog catalog,
                                Consumer<AnnotationHit> open) {
        setSpacing(6);
        setPadding(new Insets(6));
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        ObservableList<Tag> tags = catalog.tags();
        ObservableList<String> tagNames = FXCollections.observableArrayList();
        Runnable names = () -> tagNames.setAll(tags.stream().map(Tag::name).toList());
        names.run();
        tags.addListener((ListChangeListener<Tag>) c -> names.run());
        ComboBox<String> tag = new ComboBox<>(tagNames);
        tag.setEditable(true);
        // Items and value are stored names (the query's); the user sees and may type the shown ones (شخص).
        tag.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return stored == null ? "" : catalog.label(stored);
            }

            @Override
            public String fromString(String shown) {
                return shown == null ? null : catalog.storedName(shown.strip());
            }
        });
        tag.setId("annotationSearchTag");
        tag.setMaxWidth(Double.MAX_VALUE);
        tag.valueProperty().bindBidirectional(vm.tagProperty());
        int row = 0;
        form.addRow(row++, new Label(messages.get("annotations.tag")), tag);
        form.addRow(row++, new Label(messages.get("annotations.entity")), field(vm.entityProperty(), vm, "annotationSearchEntity"));
        form.addRow(row++, new Label(messages.get("annotations.speaker")), field(vm.speakerProperty(), vm, "annotationSearchSpeaker"));
        form.addRow(row++, new Label(messages.get("annotationSearch.author")), field(vm.authorProperty(), vm, "annotationSearchAuthor"));
        form.addRow(row++, new Label(messages.get("annotations.note")), field(vm.noteProperty(), vm, "annotationSearchNote"));
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        form.addRow(row++, new Label(messages.get("annotationSearch.from")), from);
        form.addRow(row, new Label(messages.get("annotationSearch.to")), to);

        Button search = new Button(messages.get("search.go"));
        search.setId("annotationSearchGo");
        search.setOnAction(e -> vm.search());
        Button clear = new Button(messages.get("annotationSearch.clear"));
        clear.setOnAction(e -> vm.clear());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());

        table.setId("annotationSearchResults");
        table.setItems(vm.hits());
        table.setPlaceholder(new Label(""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        table.getColumns().addAll(List.of(
                column(messages.get("annotations.quote"), h -> (h.orphaned() ? "⚠ " : "") + h.annotation().quote().replace('\n', ' '), 140),
                column(messages.get("annotations.tag"), h -> catalog.label(h.tagName()), 70),
                column(messages.get("annotations.entity"), AnnotationHit::entityName, 80),
                column(messages.get("annotations.speaker"), AnnotationHit::speakerName, 80),
                column(messages.get("annotationSearch.document"), AnnotationHit::documentTitle, 120),
                column(messages.get("annotationSearch.date"), h -> h.published() == null ? "" : h.published().format(day), 80)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                open.accept(b);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(form, new HBox(6, search, clear), status, table);
    }

    private static TextField field(StringProperty value, AnnotationSearchViewModel vm, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setOnAction(e -> vm.search());
        return f;
    }

    private static TableColumn<AnnotationHit, String> column(String title, Function<AnnotationHit, String> value, double width) {
        return DirectionalColumn.of(title, value, width);
    }
}
