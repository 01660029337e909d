package hamish.ui.library;

import hamish.model.DocumentSummary;
import hamish.ui.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The library side panel: the collection shown, sort, outlet and date choosers and a filter box over the list of
 * documents; picking one opens it. Its context menu compares the chosen documents (within the collection shown),
 * puts them into a collection or takes them out of the one shown.
 */
public final class LibraryView extends VBox {

    public static final String STYLE_CLASS = "library";

    private final ListView<DocumentSummary> list = new ListView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private boolean selectingQuietly;
    private long openId = -1;
    private final MenuItem compareItem = new MenuItem();
    private final MenuItem detailsItem = new MenuItem();
    private final Menu addToCollection = new Menu();
    private final MenuItem removeFromCollection = new MenuItem();
    private Consumer<List<Long>> onCompare = ids -> { };

    public LibraryView(LibraryViewModel vm, Messages messages, LongConsumer open) {
        getStyleClass().add(STYLE_CLASS);
        setSpacing(6);
        setPadding(new Insets(6));
        filter.setPromptText(messages.get("library.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setId("libraryFilter");
        list.setId("libraryList");
        list.setItems(vm.documents());
        list.setPlaceholder(new Label(messages.get("library.empty")));
        list.setCellFactory(v -> new SummaryCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // Refreshed rows (new annotation counts) re-select the open document: that is no request to reopen it.
            // With several chosen (to compare), the main reader keeps the one it shows.
            if (b != null && !selectingQuietly && b.id() != openId && list.getSelectionModel().getSelectedItems().size() == 1) {
                openId = b.id();
                open.accept(b.id());
            }
        });
        vm.documents().addListener((ListChangeListener<DocumentSummary>) c -> showOpen(openId));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        compareItem.setText(messages.get("compare.menu"));
        compareItem.setId("compareSelected");
        compareItem.setOnAction(e -> onCompare.accept(selectedIds()));
        detailsItem.setText(messages.get("library.details"));
        detailsItem.setId("documentDetails");
        // The details of one document at a time: with several chosen, which one's would the dialog show?
        detailsItem.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        detailsItem.setOnAction(e -> {
            DocumentSummary chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                new DocumentDetailsDialog(getScene() == null ? null : getScene().getWindow(), chosen, vm, messages).show();
            }
        });
        addToCollection.setText(messages.get("collection.addTo"));
        addToCollection.setId("addToCollection");
        fillAddToCollection(vm);
        vm.collections().addListener((ListChangeListener<CollectionChoice>) c -> fillAddToCollection(vm));
        removeFromCollection.setText(messages.get("collection.removeFrom"));
        removeFromCollection.setId("removeFromCollection");
        // Only a collection shown can have documents taken out of it.
        removeFromCollection.visibleProperty().bind(vm.collectionProperty().map(c -> !c.isEveryDocument()));
        removeFromCollection.setOnAction(e -> vm.removeFromShownCollection(selectedIds()));
        list.setContextMenu(new ContextMenu(detailsItem, compareItem, addToCollection, removeFromCollection));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new Label(messages.get("library.title")), new LibraryControls(vm, messages), filter, list);
    }

    /** One item per collection under "Add to collection"; the menu is disabled while there is none. */
    private void fillAddToCollection(LibraryViewModel vm) {
        addToCollection.getItems().setAll(vm.collections().stream().filter(c -> !c.isEveryDocument()).map(c -> {
            MenuItem item = new MenuItem(c.collection().name());
            item.setId("addTo-" + c.id());
            item.setOnAction(e -> vm.addToCollection(c.id(), selectedIds()));
            return item;
        }).toList());
        addToCollection.setDisable(addToCollection.getItems().isEmpty());
    }

    /** What "Compare" does with the chosen documents' ids (two to four; the caller says when not). */
    public void setOnCompare(Consumer<List<Long>> action) {
        onCompare = action;
    }

    /** The chosen documents, in list order (Compare, File → Export). */
    public List<Long> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream().map(DocumentSummary::id).toList();
    }

    /** Marks the open document in the list without reopening it. */
    public void showOpen(long documentId) {
        openId = documentId;
        selectingQuietly = true;
        try {
            list.getItems().stream().filter(d -> d.id() == documentId).findFirst().ifPresentOrElse(
                    d -> list.getSelectionModel().select(d), () -> list.getSelectionModel().clearSelection());
        } finally {
            selectingQuietly = false;
        }
    }

    private static final class SummaryCell extends ListCell<DocumentSummary> {
        private final Messages messages;
        private final OneLineTitle title = new OneLineTitle();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        SummaryCell(Messages messages) {
            this.messages = messages;
            details.getStyleClass().add("library-details");
            // Long titles are cut with an ellipsis instead of widening every cell (and the list) past the panel.
            setPrefWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            details.setMinWidth(0);
            details.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(DocumentSummary d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            title.setText(d.title());
            // The count first (it sets the line's direction), then date and outlet when known. The outlet
            // goes last: digits after Arabic letters would join the Arabic run and be shown out of order.
            StringBuilder sb = new StringBuilder(messages.format("library.annotations", d.annotationCount()));
            if (d.published() != null) {
                sb.append(" · ").append(d.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
            }
            if (!d.outlet().isEmpty()) {
                sb.append(" · ").append(d.outlet());
            }
            details.setText(sb.toString());
            // The address is Latin and long: in a tooltip it is there when wanted and never crowds the title.
            setTooltip(d.url().isEmpty() ? null : new Tooltip(d.url()));
            setGraphic(box);
        }
    }
}
