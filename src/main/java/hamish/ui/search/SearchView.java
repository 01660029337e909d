package hamish.ui.search;

import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.model.Span;
import hamish.ui.common.TextDirection;
import hamish.ui.i18n.Messages;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.FontWeight;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Search over every document: a query, then the documents found, each under a header (title, number of matches,
 * outlet, date) with its keyword-in-context lines, the match centred in each. It lives in the side panel and,
 * with "Wide" (or Ctrl+Shift+F), in the middle of the window where the lines have room. Keys in the results:
 * Up/Down from match to match, PageUp/PageDown and the arrow pointing along the reading direction from document
 * to document, Enter opens the document at the match, Esc goes back to the article.
 */
public final class SearchView extends VBox {

    public static final String STYLE_CLASS = "corpus-search";

    private final SearchViewModel vm;
    private final BiConsumer<Long, Span> open;
    private final TextField query = TextFields.createClearableTextField();
    private final ListView<SearchHit> list = new ListView<>();
    private final ToggleButton wide = new ToggleButton();
    private Runnable onBack = () -> { };

    /** {@code open} receives the document id and the match to show (null for a document found by its title only). */
    public SearchView(SearchViewModel vm, Messages messages, BiConsumer<Long, Span> open) {
        this.vm = vm;
        this.open = open;
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
        wide.setId("searchWide");
        wide.setGraphic(new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        wide.setTooltip(new Tooltip(messages.get("search.wide")));
        wide.getStyleClass().add("icon-button");
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox row = new HBox(6, query, go, wide);

        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("search-status");
        Label keys = new Label(messages.get("search.keys"));
        keys.getStyleClass().add("search-status");
        keys.setMinWidth(0);
        keys.visibleProperty().bind(wide.selectedProperty());
        keys.managedProperty().bind(keys.visibleProperty());

        list.setId("searchResults");
        list.setItems(vm.hits());
        list.setPlaceholder(new Label(""));
        list.setCellFactory(v -> new HitCell(vm, messages));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button more = new Button(messages.get("search.more"));
        more.setId("searchMore");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.searchingProperty());
        more.setOnAction(e -> vm.more());
        more.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(row, variants, status, keys, list, more);
        vm.cursor().currentProperty().addListener((o, a, p) -> showCurrent(p));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Whether the view is wanted in the middle of the window (the owner moves it there and back). */
    public BooleanProperty wideProperty() {
        return wide.selectedProperty();
    }

    /** What Esc does: back to the article. */
    public void setOnBack(Runnable back) {
        onBack = back;
    }

    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    /** Whether {@code node} is this view or inside it (the window's single-key shortcuts leave such keys alone). */
    public boolean holds(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            onBack.run();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            // Down leaves the query for the results, where the other keys act.
            if (code == KeyCode.DOWN && !vm.hits().isEmpty()) {
                list.requestFocus();
                e.consume();
            }
            return;
        }
        // In the Arabic window the documents follow each other leftwards, the way its pages turn.
        boolean rtl = getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        KeyCode forward = rtl ? KeyCode.LEFT : KeyCode.RIGHT;
        KeyCode backward = rtl ? KeyCode.RIGHT : KeyCode.LEFT;
        MatchCursor cursor = vm.cursor();
        if (code == KeyCode.DOWN) {
            cursor.nextMatch();
        } else if (code == KeyCode.UP) {
            cursor.previousMatch();
        } else if (code == KeyCode.PAGE_DOWN || code == forward) {
            cursor.nextDocument();
        } else if (code == KeyCode.PAGE_UP || code == backward) {
            cursor.previousDocument();
        } else if (code == KeyCode.ENTER) {
            cursor.target().ifPresent(t -> open.accept(t.documentId(), t.match()));
        } else {
            return;
        }
        e.consume();
    }

    /** Marks the current line and scrolls the list just enough to show it. */
    private void showCurrent(SearchPosition p) {
        list.lookupAll("." + KwicLine.STYLE_CLASS).forEach(n -> {
            if (n instanceof KwicLine line) {
                line.setCurrent(line.position().equals(p));
            }
        });
        if (p == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(p.hit());
        if (!cellShown(p.hit())) {
            list.scrollTo(p.hit());
        }
        // After the layout that places the cell: then its line has bounds to bring into view.
        Platform.runLater(() -> revealLine(p));
    }

    private boolean cellShown(int hit) {
        Bounds view = list.localToScene(list.getLayoutBounds());
        return list.lookupAll(".list-cell").stream().anyMatch(n -> n instanceof ListCell<?> c && c.getIndex() == hit
                && c.isVisible() && view.intersects(c.localToScene(c.getLayoutBounds())));
    }

    private void revealLine(SearchPosition p) {
        if (!p.equals(vm.cursor().current()) || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        list.lookupAll("." + KwicLine.STYLE_CLASS).stream().filter(n -> n instanceof KwicLine l && l.position().equals(p))
                .findFirst().ifPresent(line -> {
                    Bounds b = flow.sceneToLocal(line.localToScene(line.getLayoutBounds()));
                    if (b.getMaxY() > flow.getHeight()) {
                        flow.scrollPixels(b.getMaxY() - flow.getHeight() + 4);
                    } else if (b.getMinY() < 0) {
                        flow.scrollPixels(b.getMinY() - 4);
                    }
                });
    }

    /** One document: its header and its lines. */
    private final class HitCell extends ListCell<SearchHit> {
        private final SearchViewModel vm;
        private final Messages messages;

        HitCell(SearchViewModel vm, Messages messages) {
            this.vm = vm;
            this.messages = messages;
            // Cells as wide as the list: lines fit their context to the width instead of widening the list.
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
            int index = getIndex();
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
                    vm.cursor().moveTo(new SearchPosition(index, 0));
                    open.accept(hit.documentId(), hit.lines().isEmpty() ? null : hit.lines().get(0).match());
                }
            });
            Label details = new Label(vm.details(hit));
            details.getStyleClass().add("search-details");
            details.setMinWidth(0);
            VBox header = new VBox(2, title, details);
            header.getStyleClass().add("search-header");
            VBox box = new VBox(2, header);
            for (int i = 0; i < hit.lines().size(); i++) {
                Kwic k = hit.lines().get(i);
                KwicLine line = new KwicLine(k, new SearchPosition(index, i));
                line.setCurrent(line.position().equals(vm.cursor().current()));
                line.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        vm.cursor().moveTo(line.position());
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
