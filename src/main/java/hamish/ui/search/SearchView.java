package hamish.ui.search;

import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.model.Span;
import hamish.ui.common.TextDirection;
import hamish.ui.i18n.Messages;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.FontWeight;
import org.controlsfx.control.textfield.TextFields;

/**
 * The "Search" side panel: a query over every document, results one per document with its
 * keyword-in-context lines; a click on a line opens the document at that match.
 */
public final class SearchView extends VBox {

    public static final String STYLE_CLASS = "corpus-search";

    private final TextField query = TextFields.createClearableTextField();
    private final ListView<SearchHit> list = new ListView<>();

    /** {@code open} receives the document id and the match to show (the first match for a click on the title). */
    public SearchView(SearchViewModel vm, Messages messages, BiConsumer<Long, Span> open) {
        getStyleClass().add(STYLE_CLASS);
        setSpacing(6);
        setPadding(new Insets(6));
        query.setId("searchQuery");
        query.setPromptText(messages.get("search.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setOnAction(e -> vm.search());
        CheckBox variants = new CheckBox(messages.get("search.variants"));
        variants.setId("searchVariants");
        variants.selectedProperty().bindBidirectional(vm.variantsProperty());
        variants.selectedProperty().addListener((o, a, b) -> {
            if (!vm.hits().isEmpty()) {
                vm.search();
            }
        });
        Button go = new Button(messages.get("search.go"));
        go.setOnAction(e -> vm.search());
        go.setDefaultButton(false);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox row = new HBox(6, query, go);

        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("search-status");

        list.setId("searchResults");
        list.setItems(vm.hits());
        list.setPlaceholder(new Label(""));
        list.setCellFactory(v -> new HitCell(messages, open));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button more = new Button(messages.get("search.more"));
        more.setId("searchMore");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.searchingProperty());
        more.setOnAction(e -> vm.more());
        more.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(row, variants, status, list, more);
    }

    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Messages messages;
        private final BiConsumer<Long, Span> open;

        HitCell(Messages messages, BiConsumer<Long, Span> open) {
            this.messages = messages;
            this.open = open;
            // Cells as wide as the panel: long lines end in an ellipsis instead of widening the list.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            // Not a Label: labels lay Arabic out left to right (see KwicLine); clipped rather than ellipsised.
            NodeOrientation direction = TextDirection.of(hit.title()) == NodeOrientation.RIGHT_TO_LEFT
                    ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
            HBox title = new HBox(KwicLine.piece(hit.title(), FontWeight.BOLD, direction));
            title.setNodeOrientation(direction);
            title.getStyleClass().add("search-title");
            title.setMinWidth(0);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(title.widthProperty());
            clip.heightProperty().bind(title.heightProperty());
            title.setClip(clip);
            title.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    open.accept(hit.documentId(), hit.lines().isEmpty() ? null : hit.lines().get(0).match());
                }
            });
            // The count first: it sets the line's direction, and digits after Arabic would be misordered.
            String detail = messages.format("search.matches", hit.matchCount()) + (hit.outlet().isEmpty() ? "" : " · " + hit.outlet());
            Label details = new Label(detail);
            details.getStyleClass().add("search-details");
            details.setMinWidth(0);
            VBox box = new VBox(2, title, details);
            for (Kwic k : hit.lines()) {
                KwicLine line = new KwicLine(k);
                line.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        open.accept(hit.documentId(), k.match());
                        e.consume();
                    }
                });
                box.getChildren().add(line);
            }
            box.setMinWidth(0);
            setGraphic(box);
        }
    }
}
