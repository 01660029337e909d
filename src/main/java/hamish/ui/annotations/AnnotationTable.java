package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.ui.common.Catalog;
import hamish.ui.common.DirectionalColumn;
import hamish.ui.i18n.Messages;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.controlsfx.control.table.TableFilter;

/**
 * The open document's annotations as a sortable table with ControlsFX column filters. Choosing a row
 * selects the annotation; selecting one elsewhere (a click on its highlight) selects its row.
 */
public final class AnnotationTable extends TableView<Annotation> {

    public static final String STYLE_CLASS = "annotation-table";

    private boolean syncing;

    public AnnotationTable(DocumentViewModel vm, Messages messages, Consumer<Annotation> onRowChosen) {
        // The author filter first, the column filters over it.
        super(byAuthor(vm));
        Catalog catalog = vm.catalog();
        setId("annotationTable");
        getStyleClass().add(STYLE_CLASS);
        Label placeholder = new Label();
        // While a long article's annotations are still being read, the table is empty but not "no annotations".
        placeholder.textProperty().bind(Bindings.when(vm.annotationsReadProperty())
                .then(messages.get("annotations.empty")).otherwise(""));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(messages.get("annotations.quote"), a -> a.quote().replace('\n', ' '), 160));
        getColumns().add(column(messages.get("annotations.tag"), a -> catalog.tagName(a.tagId()), 80));
        getColumns().add(column(messages.get("annotations.entity"), a -> catalog.entityName(a.entityId()), 90));
        getColumns().add(column(messages.get("annotations.speaker"), a -> catalog.entityName(a.speakerEntityId()), 90));
        getColumns().add(column(messages.get("annotations.note"), a -> a.note().replace('\n', ' '), 90));
        TableFilter.forTableView(this).lazy(true).apply();

        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncing && !vm.isChangingAnnotations()) {
                vm.select(b.id());
                onRowChosen.accept(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> showSelected(b));
        // Rewriting the rows can leave the table's selection on another row: put it back.
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> showSelected(vm.selectedProperty().get()));
        // Names shown in cells come from the catalog: redraw when tags or entities change.
        catalog.tags().addListener((ListChangeListener<Object>) c -> refresh());
        catalog.entities().addListener((ListChangeListener<Object>) c -> refresh());
    }

    private void showSelected(Annotation annotation) {
        syncing = true;
        try {
            if (annotation == null) {
                getSelectionModel().clearSelection();
                return;
            }
            for (Annotation row : getItems()) {
                if (row.id() == annotation.id()) {
                    getSelectionModel().select(row);
                    scrollTo(row);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static javafx.collections.transformation.FilteredList<Annotation> byAuthor(DocumentViewModel vm) {
        javafx.collections.transformation.FilteredList<Annotation> shown = new javafx.collections.transformation.FilteredList<>(vm.annotations());
        vm.authorFilterProperty().addListener((o, a, b) -> shown.setPredicate(b == null ? null : vm::shownByAuthor));
        return shown;
    }

    private static TableColumn<Annotation, String> column(String title, Function<Annotation, String> value, double width) {
        return DirectionalColumn.of(title, value, width);
    }
}
