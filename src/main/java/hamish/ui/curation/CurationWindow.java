package hamish.ui.curation;

import hamish.app.Curating.Item;
import hamish.app.Curating.Side;
import hamish.model.Annotation;
import hamish.model.CuratableDocument;
import hamish.model.Document;
import hamish.ui.common.ArabicCells;
import hamish.ui.common.ArabicLine;
import hamish.ui.common.OwnerScreen;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.ReaderView;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The curation view: one document in three readers, annotator A's highlights, annotator B's, and the curated layer's;
 * the items (agreements and disagreements) in document order, each with its state; a decision per item (accept A's
 * span, B's, or neither; keys A, B, N) and "Accept all agreements"; above them a chooser of the documents there are
 * to curate. It only lays out and wires controls; every command is the view-model's.
 */
public final class CurationWindow {

    private final CurationViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final ReaderView readerA = new ReaderView();
    private final ReaderView readerB = new ReaderView();
    private final ReaderView readerCurated = new ReaderView();
    private final ListView<Item> list = new ListView<>();
    private final ComboBox<CuratableDocument> chooseDocument = new ComboBox<>();
    private final ComboBox<String> chooseA = new ComboBox<>();
    private final ComboBox<String> chooseB = new ComboBox<>();
    private final Label count = new Label();
    private final Label problem = new Label();
    private final Label headerA = new Label();
    private final Label headerB = new Label();

    public CurationWindow(Window owner, CurationViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("curation.title"));
        readerA.setId("curationReaderA");
        readerB.setId("curationReaderB");
        readerCurated.setId("curationReaderCurated");
        list.setId("curationItems");
        chooseDocument.setId("curationDocument");
        chooseA.setId("curationUserA");
        chooseB.setId("curationUserB");

        // Titles are Arabic: drawn by ArabicLine cells, never an ellipsising Label (see ArabicLine).
        chooseDocument.setItems(vm.documents());
        ArabicCells.comboBox(chooseDocument, CuratableDocument::title);
        chooseDocument.valueProperty().bindBidirectional(vm.chosenDocumentProperty());
        chooseDocument.setOnShowing(e -> vm.refreshDocuments());
        chooseDocument.setMaxWidth(Double.MAX_VALUE);
        chooseA.setItems(vm.annotators());
        chooseB.setItems(vm.annotators());
        chooseA.valueProperty().bindBidirectional(vm.userAProperty());
        chooseB.valueProperty().bindBidirectional(vm.userBProperty());
        headerA.textProperty().bind(Bindings.concat("A · ", Bindings.when(vm.userAProperty().isNull()).then("").otherwise(vm.userAProperty())));
        headerB.textProperty().bind(Bindings.concat("B · ", Bindings.when(vm.userBProperty().isNull()).then("").otherwise(vm.userBProperty())));

        Button acceptA = button("curationAcceptA", "curation.acceptA", () -> vm.decide(Side.A));
        Button acceptB = button("curationAcceptB", "curation.acceptB", () -> vm.decide(Side.B));
        Button neither = button("curationNeither", "curation.neither", () -> vm.decide(Side.NEITHER));
        Button agreements = button("curationAcceptAgreements", "curation.acceptAgreements", vm::acceptAgreements);
        Button undo = button("curationUndo", "curation.undo", vm::undo);
        Button redo = button("curationRedo", "curation.redo", vm::redo);
        acceptA.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().a() == null, vm.selectedProperty()));
        acceptB.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().b() == null, vm.selectedProperty()));
        neither.disableProperty().bind(vm.selectedProperty().isNull());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        count.setId("curationCount");
        problem.setId("curationProblem");
        problem.getStyleClass().add("curation-problem");
        ToolBar tools = new ToolBar(new Label(messages.get("curation.annotatorA")), chooseA, new Label(messages.get("curation.annotatorB")),
                chooseB, new Separator(Orientation.VERTICAL), acceptA, acceptB, neither, new Separator(Orientation.VERTICAL), agreements,
                new Separator(Orientation.VERTICAL), undo, redo, new Separator(Orientation.VERTICAL), count, problem);

        HBox.setHgrow(chooseDocument, Priority.ALWAYS);
        HBox documentRow = new HBox(6, new Label(messages.get("curation.document")), chooseDocument);
        documentRow.setAlignment(Pos.CENTER_LEFT);
        documentRow.setPadding(new Insets(2, 4, 2, 4));
        HBox sideBySide = new HBox(pane(headerA, readerA), pane(headerB, readerB));
        sideBySide.getChildren().forEach(n -> {
            HBox.setHgrow(n, Priority.ALWAYS);
            ((Region) n).setPrefWidth(10);
        });
        Label curatedHeader = new Label(messages.get("curation.curated") + " · " + vm.curator());
        SplitPane below = new SplitPane(itemsBox(), pane(curatedHeader, readerCurated));
        below.setDividerPositions(0.45);
        SplitPane centre = new SplitPane(sideBySide, below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        root.setTop(new VBox(tools, documentRow));
        root.setCenter(centre);
        root.getStyleClass().add("hamish");
        root.setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);

        wire();
        stage.setOnHiding(e -> vm.stopWatchingOthers());
        // Tests and automation find the window from its scene.
        root.getProperties().put(CurationWindow.class, this);
    }

    private static BorderPane pane(Label header, ReaderView reader) {
        header.getStyleClass().add("curation-pane-header");
        header.setPadding(new Insets(2, 4, 2, 4));
        BorderPane pane = new BorderPane(reader);
        pane.setTop(header);
        pane.setPadding(new Insets(4));
        pane.setMinWidth(0);
        return pane;
    }

    private VBox itemsBox() {
        list.setCellFactory(v -> new ItemCell());
        list.setPlaceholder(new Label(messages.get("curation.noItems")));
        VBox box = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(0);
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void wire() {
        list.setItems(vm.items());
        vm.documentProperty().addListener((o, a, d) -> showDocument(d));
        highlight(readerA, vm.highlightsAProperty());
        highlight(readerB, vm.highlightsBProperty());
        highlight(readerCurated, vm.curatedHighlightsProperty());
        for (ReaderView r : List.of(readerA, readerB, readerCurated)) {
            r.setTooltipText(vm::describe);
            r.setOnHighlightClicked(id -> vm.itemOf(id).ifPresent(vm.selectedProperty()::set));
        }
        // The list and the view-model's selection follow each other; choosing an item brings it into view in every reader.
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item != vm.selectedProperty().get()) {
                vm.selectedProperty().set(item);
            }
        });
        vm.selectedProperty().addListener((o, a, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
                list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 2));
            }
            readerA.scrollTo(item.start());
            readerB.scrollTo(item.start());
            readerCurated.scrollTo(item.start());
        });
        vm.items().addListener((javafx.collections.ListChangeListener<Item>) c -> updateCount());
        vm.problemProperty().addListener((o, a, p) -> problem.setText(p == null || p.isEmpty() ? "" : messages.get("curation." + p)));
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void highlight(ReaderView reader, ObservableValue<List<Highlight>> highlights) {
        highlights.addListener((o, a, h) -> reader.setHighlights(h));
    }

    private void showDocument(Document d) {
        String text = d == null ? "" : d.text();
        readerA.setText(text);
        readerB.setText(text);
        readerCurated.setText(text);
    }

    private void updateCount() {
        count.setText(messages.format("curation.count", vm.items().size(), vm.decided()));
        list.refresh();
    }

    /** A, B and N decide the selected item; Ctrl+Z and Ctrl+Shift+Z undo and redo this window's decisions. */
    private void key(KeyEvent e) {
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
                vm.undo();
                e.consume();
            } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
                vm.redo();
                e.consume();
            }
            return;
        }
        Side side = switch (e.getCode()) {
            case A -> Side.A;
            case B -> Side.B;
            case N -> Side.NEITHER;
            default -> null;
        };
        if (side != null) {
            vm.decide(side);
            e.consume();
        }
    }

    /** Shows the window beside its owner on {@code documentId}; {@code then} runs once the items are read. */
    public void show(long documentId, Runnable then) {
        showStage();
        vm.open(documentId, () -> opened(then));
    }

    /** Shows the window on the first document there is to curate, or only a message when there is none. */
    public void showFirst(Runnable then) {
        vm.openFirst(() -> {
            showStage();
            opened(then);
        }, () -> {
            vm.inform(messages.get("curation.noDocument"));
            then.run();
        });
    }

    private void opened(Runnable then) {
        updateCount();
        if (!vm.items().isEmpty() && vm.selectedProperty().get() == null) {
            vm.selectedProperty().set(vm.items().get(0));
        }
        list.requestFocus();
        then.run();
    }

    /** With the owner's stylesheets, within the screen the main window is on. */
    private void showStage() {
        // Never wider or taller than that screen, never partly off it.
        Rectangle2D screen = OwnerScreen.of(stage.getOwner()).getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - scene.getWidth()) / 2));
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - scene.getHeight()) / 2));
        if (stage.getOwner() != null && stage.getOwner().getScene() != null) {
            scene.getStylesheets().setAll(stage.getOwner().getScene().getStylesheets());
            root.getStyleClass().addAll(stage.getOwner().getScene().getRoot().getStyleClass().stream()
                    .filter(c -> !root.getStyleClass().contains(c)).toList());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), vm::redo);
        stage.setScene(scene);
        stage.show();
        vm.watchOthers();
    }

    /**
     * The curation view on the owner's open document; with none open, on the first document there is to curate
     * (another can be chosen in the window), or a message when there is none.
     */
    public static CurationWindow open(Window owner, CurationViewModel vm, Messages messages, Document document) {
        CurationWindow w = new CurationWindow(owner, vm, messages);
        if (document == null) {
            w.showFirst(() -> { });
        } else {
            w.show(document.id(), () -> { });
        }
        return w;
    }

    /** One item: its number, kind and state, then A's and B's tag and words. */
    private final class ItemCell extends ListCell<Item> {
        private final Label status = new Label();
        private final Label tagA = new Label();
        private final ArabicLine quoteA = new ArabicLine();
        private final Label tagB = new Label();
        private final ArabicLine quoteB = new ArabicLine();
        private final HBox box;

        ItemCell() {
            status.setMinWidth(150);
            status.setPrefWidth(150);
            for (Label l : List.of(tagA, tagB)) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            for (ArabicLine q : List.of(quoteA, quoteB)) {
                q.setMaxWidth(Double.MAX_VALUE);
                q.setMinWidth(0);
                q.setPrefWidth(10);
                HBox.setHgrow(q, Priority.ALWAYS);
            }
            box = new HBox(6, status, new Label("A:"), tagA, quoteA, new Label("B:"), tagB, quoteB);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            int n = getListView().getItems().indexOf(item) + 1;
            CurationViewModel.State state = vm.state(item);
            status.setText(n + " · " + messages.get("curation.match." + item.match()) + " · " + messages.get("curation.state." + state));
            getStyleClass().removeIf(c -> c.startsWith("curation-state-"));
            getStyleClass().add("curation-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
            fill(item.a(), tagA, quoteA);
            fill(item.b(), tagB, quoteB);
            setText(null);
            setGraphic(box);
            setAccessibleText(status.getText());
        }

        private void fill(Annotation x, Label tag, ArabicLine quote) {
            tag.setText(x == null ? "—" : vm.catalog().tagName(x.tagId()));
            tag.setTextFill(x == null ? javafx.scene.paint.Color.GRAY : vm.catalog().colour(x.tagId()).darker());
            quote.setText(x == null ? "" : x.quote());
        }
    }

    // ---- for tests ------------------------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    public CurationViewModel viewModel() {
        return vm;
    }

    public ComboBox<CuratableDocument> documentChooser() {
        return chooseDocument;
    }

    public ListView<Item> itemList() {
        return list;
    }

    public ReaderView readerA() {
        return readerA;
    }

    public ReaderView readerB() {
        return readerB;
    }

    public ReaderView curatedReader() {
        return readerCurated;
    }
}
