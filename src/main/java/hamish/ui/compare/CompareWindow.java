package hamish.ui.compare;

import hamish.io.compare.EntityProposal;
import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.text.SentencePair;
import hamish.ui.TextDirection;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.ReaderView;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The compare view: a window of its own with the documents side by side, the entities on one side, and the
 * naming table, claim matrix, sentence pairs and proposed mentions below. It only lays out and wires controls;
 * every command is the view-model's.
 */
public final class CompareWindow {

    private final CompareViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final List<ComparePane> panes = new ArrayList<>();
    private final ListView<Entity> entities = new ListView<>();
    private final ListView<EntityProposal> proposals = new ListView<>();
    private final ListView<SentencePair> pairs = new ListView<>();
    private final BorderPane root = new BorderPane();

    public CompareWindow(Window owner, CompareViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("compare.title"));
        HBox readers = new HBox(4);
        for (int i = 0; i < vm.panes().size(); i++) {
            ComparePane pane = new ComparePane(vm, i, messages);
            panes.add(pane);
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setPrefWidth(10);
            readers.getChildren().add(pane);
        }
        TabPane tables = new TabPane(
                new Tab(messages.get("compare.naming"), new NamingTableView(vm, messages)),
                new Tab(messages.get("compare.claims"), new ClaimTableView(vm, messages)),
                new Tab(messages.get("compare.pairs"), pairsBox()),
                new Tab(messages.get("compare.proposals"), proposals));
        tables.getTabs().forEach(t -> t.setClosable(false));
        tables.setId("compareTables");
        SplitPane centre = new SplitPane(readers, tables);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);
        SplitPane main = new SplitPane(entityBox(), centre);
        main.setDividerPositions(0.16);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        root.setTop(toolbar());
        root.setCenter(main);
        root.getStyleClass().add("hamish");
        root.setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        wireProposals();
    }

    /** Shows the window with the owner's stylesheets; {@code then} runs once the documents are open. */
    public void show(List<Long> documentIds, Runnable then) {
        // Never larger than the screen: a small laptop (or a headless test screen) gets the view it can show.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        if (stage.getOwner() != null && stage.getOwner().getScene() != null) {
            scene.getStylesheets().setAll(stage.getOwner().getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::enterAccepts);
        stage.setScene(scene);
        stage.show();
        vm.open(documentIds, then);
    }

    private ToolBar toolbar() {
        return new ToolBar(
                button("compare.find", "findMentions", vm::findMentions),
                button("compare.accept", "acceptProposal", this::acceptCurrent),
                button("compare.acceptAll", "acceptAll", () -> vm.acceptAll(List.copyOf(vm.proposals()))),
                button("compare.rejectAll", "rejectAll", vm::rejectAll),
                button("compare.entityFromSelection", "entityFromSelection", this::entityFromSelection),
                button("compare.suggestClaims", "suggestClaims", vm::suggestClaims),
                button("compare.acceptSuggestions", "acceptSuggestions", vm::acceptSuggestions),
                button("compare.linkSame", "linkSame", () -> vm.linkSelected(LinkType.SAME_CLAIM)),
                button("compare.linkParaphrase", "linkParaphrase", () -> vm.linkSelected(LinkType.PARAPHRASE)),
                button("compare.linkContradicts", "linkContradicts", () -> vm.linkSelected(LinkType.CONTRADICTS)),
                button("compare.export", "exportCsv", this::exportCsv));
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox entityBox() {
        entities.setId("compareEntities");
        entities.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entity e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.canonicalName() + "  (" + vm.mentionCount(e) + ")");
                setNodeOrientation(empty || e == null ? NodeOrientation.INHERIT : TextDirection.of(e.canonicalName()));
            }
        });
        Runnable refill = () -> {
            Entity keep = vm.focusedProperty().get();
            entities.getItems().setAll(vm.entitiesByMentions());
            if (keep != null) {
                entities.getItems().stream().filter(e -> e.id() == keep.id()).findFirst().ifPresent(e -> entities.getSelectionModel().select(e));
            }
        };
        vm.panes().forEach(p -> p.annotations().addListener((ListChangeListener<Annotation>) c -> refill.run()));
        vm.panes().get(0).catalog().entities().addListener((ListChangeListener<Entity>) c -> refill.run());
        vm.focusedProperty().addListener((o, a, e) -> {
            if (e != null && !e.equals(entities.getSelectionModel().getSelectedItem())) {
                refill.run();
            }
        });
        entities.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && !e.equals(vm.focusedProperty().get())) {
                vm.focusedProperty().set(e);
            }
        });
        MenuItem merge = new MenuItem(messages.get("compare.merge"));
        merge.setOnAction(e -> {
            Entity focused = vm.focusedProperty().get();
            Entity other = entities.getSelectionModel().getSelectedItem();
            if (focused != null && other != null && focused.id() != other.id()) {
                vm.merge(focused, other);
            }
        });
        MenuItem split = new MenuItem(messages.get("compare.split"));
        split.setOnAction(e -> vm.panes().stream().map(p -> p.selectedProperty().get()).filter(Objects::nonNull)
                .filter(a -> a.entityId() != null).findFirst().ifPresent(vm::split));
        entities.setContextMenu(new ContextMenu(merge, split));
        VBox box = new VBox(4, new Label(messages.get("compare.entities")), entities);
        VBox.setVgrow(entities, Priority.ALWAYS);
        return box;
    }

    private VBox pairsBox() {
        pairs.setId("comparePairs");
        pairs.setItems(vm.pairs());
        pairs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SentencePair p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : String.format("%.2f  %s  ⟷  %s", p.score(),
                        excerpt(panes.get(0).reader(), p.a().start(), p.a().end()), excerpt(panes.get(1).reader(), p.b().start(), p.b().end())));
            }
        });
        pairs.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                show(panes.get(0).reader(), p.a().start(), p.a());
                show(panes.get(1).reader(), p.b().start(), p.b());
            }
        });
        Button link = button("compare.linkPair", "linkPair", () -> {
            SentencePair p = pairs.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.linkPair(p);
            }
        });
        VBox box = new VBox(4, link, pairs);
        VBox.setVgrow(pairs, Priority.ALWAYS);
        return box;
    }

    private static String excerpt(ReaderView reader, int start, int end) {
        String s = reader.getText().substring(start, Math.min(end, reader.getText().length())).replace('\n', ' ');
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    private static void show(ReaderView reader, int offset, Span span) {
        reader.scrollTo(offset);
        reader.flash(span);
    }

    private void wireProposals() {
        proposals.setId("compareProposals");
        proposals.setItems(vm.proposals());
        proposals.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EntityProposal p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "[" + p.documentId() + "] " + p.proposal().surface() + "  · "
                        + p.proposal().confidence().name().toLowerCase(Locale.ROOT) + " · " + p.proposal().reason());
            }
        });
        proposals.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                panes.stream().filter(pane -> paneShows(pane, p.documentId())).findFirst()
                        .ifPresent(pane -> show(pane.reader(), p.span().start(), p.span()));
            }
        });
        proposals.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && proposals.getSelectionModel().getSelectedItem() != null) {
                vm.reject(proposals.getSelectionModel().getSelectedItem());
            }
        });
    }

    private boolean paneShows(ComparePane pane, long documentId) {
        var d = vm.panes().get(panes.indexOf(pane)).documentProperty().get();
        return d != null && d.id() == documentId;
    }

    /** Enter accepts the proposal chosen in the list, else the first one (unless a text field has the keys). */
    private void enterAccepts(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !(stage.getScene().getFocusOwner() instanceof TextInputControl) && !vm.proposals().isEmpty()) {
            acceptCurrent();
            e.consume();
        }
    }

    private void acceptCurrent() {
        EntityProposal p = proposals.getSelectionModel().getSelectedItem();
        if (p == null && !vm.proposals().isEmpty()) {
            p = vm.proposals().get(0);
        }
        if (p != null) {
            vm.accept(p);
        }
    }

    private void entityFromSelection() {
        for (int i = 0; i < vm.panes().size(); i++) {
            if (vm.panes().get(i).selectedProperty().get() != null) {
                vm.entityFromSelection(i);
                return;
            }
        }
    }

    private void exportCsv() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("compare.export"));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            vm.exportCsv(folder.toPath(), written -> vm.inform(messages.format("compare.exported", written.toString())));
        }
    }

    // ---- for tests and automation ---------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    public ReaderView reader(int pane) {
        return panes.get(pane).reader();
    }

    /** The highlights pane {@code i} last gave its reader. */
    public List<Highlight> shownHighlights(int pane) {
        return panes.get(pane).shownHighlights();
    }

    /** Where pane {@code i}'s ruler marks mentions (document offsets). */
    public List<Integer> rulerMarks(int pane) {
        return panes.get(pane).ruler().marks();
    }

    public Parent root() {
        return root;
    }

    public ListView<Entity> entityList() {
        return entities;
    }
}
