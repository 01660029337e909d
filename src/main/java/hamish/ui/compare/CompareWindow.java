package hamish.ui.compare;

import hamish.analysis.EntityProposal;
import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.text.AlignedPair;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.annotations.TakeoverQuestion;
import hamish.ui.common.ArabicCells;
import hamish.ui.common.OwnerScreen;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.ReaderView;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The compare view: a window of its own with the documents side by side, the entities on one side, and the
 * naming table, claim matrix, sentence pairs and proposed mentions below. It only lays out and wires controls;
 * every command is the view-model's.
 */
public final class CompareWindow {

    /** Opens the chosen entity's forms from anywhere in the window. */
    static final KeyCombination FORMS_KEY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final CompareViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final List<ComparePane> panes = new ArrayList<>();
    private final List<ConnectorGutter> gutters = new ArrayList<>();
    private final ListView<Entity> entities = new ListView<>();
    private final ListView<EntityProposal> proposals = new ListView<>();
    private final ListView<AlignedPair> pairs = new ListView<>();
    private final ComboBox<String> pairFilter = new ComboBox<>();
    private final BorderPane root = new BorderPane();
    private final ToggleButton scrollTogether;
    private final CompareMenus menus;
    private final CompareWindowState state;
    private final Consumer<Map<String, String>> remember;
    private final TabPane tables;
    private final Tab proposalsTab;
    private final Tab whoTab;
    private final TablesDrawer drawer;
    private final SplitPane main;
    private EntityFormsView formsView;
    private boolean syncingScroll;
    private boolean remembered;
    // Where the keys were in the proposals: after one is accepted or rejected the next takes its place.
    private int lastProposal = -1;

    /** A window that starts at its default size and remembers nothing (demos, benchmarks). */
    public CompareWindow(Window owner, CompareViewModel vm, Messages messages) {
        this(owner, vm, messages, new CompareWindowState(Map.of()), values -> { });
    }

    /** {@code state} is how the last compare window was left; {@code remember} saves this one's when it closes. */
    public CompareWindow(Window owner, CompareViewModel vm, Messages messages, CompareWindowState state,
                         Consumer<Map<String, String>> remember) {
        this.vm = vm;
        this.messages = messages;
        this.state = state;
        this.remember = remember;
        this.menus = new CompareMenus(messages);
        this.scrollTogether = menus.toggle("scrollTogether", "compare.scrollTogether", MaterialDesignP.PAN_VERTICAL,
                SCROLL_TOGETHER_KEY.getDisplayText());
        stage.initOwner(owner);
        stage.setTitle(messages.get("compare.title"));
        HBox readers = new HBox();
        for (int i = 0; i < vm.panes().size(); i++) {
            ComparePane pane = new ComparePane(vm, i, messages);
            panes.add(pane);
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setPrefWidth(10);
            if (i > 0) {
                readers.getChildren().add(gutter(i - 1));
            }
            readers.getChildren().add(pane);
        }
        proposalsTab = new Tab(messages.get("compare.proposals"), proposals);
        whoTab = new Tab(messages.get("compare.who"), new WhoIsHereView(vm, messages));
        tables = new TabPane(
                new Tab(messages.get("compare.naming"), new NamingTableView(vm, messages)),
                new Tab(messages.get("compare.claims"), new ClaimTableView(vm, messages)),
                new Tab(messages.get("compare.pairs"), pairsBox()),
                proposalsTab,
                whoTab,
                new Tab(messages.get("compare.overview"), new OverviewView(new OverviewViewModel(vm), messages, (i, span) -> panes.get(i).reader().flash(span))));
        tables.getTabs().forEach(t -> t.setClosable(false));
        tables.setId("compareTables");
        SplitPane centre = new SplitPane(readers, tables);
        centre.setOrientation(Orientation.VERTICAL);
        drawer = new TablesDrawer(centre, tables, state.tablesDivider());
        main = new SplitPane(entityBox(), centre);
        main.setDividerPositions(state.entitiesDivider());
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        panes.forEach(p -> p.reader().viewportChangesProperty().addListener((o, a, b) -> followScroll(p.reader())));
        root.setTop(new VBox(menuBar(), toolbar()));
        root.setCenter(main);
        root.getStyleClass().add("hamish");
        root.setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        for (DocumentViewModel pane : vm.panes()) {
            pane.setConfirmTakeover(a -> TakeoverQuestion.ask(stage, messages, root.getNodeOrientation(), a));
        }
        wireProposals();
        openTablesOnContent();
        stage.setOnHiding(e -> {
            rememberState();
            vm.stopWatchingOthers();
        });
        vm.watchOthers();
    }

    /** Shows the window with the owner's stylesheets; {@code then} runs once the documents are open. */
    public void show(List<Long> documentIds, Runnable then) {
        // Sized to the screen the main window is on (or as it was left): never a fixed size over the main window.
        Rectangle2D bounds = state.bounds(OwnerScreen.of(stage.getOwner()).getVisualBounds());
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setMaximized(state.maximized());
        if (stage.getOwner() != null && stage.getOwner().getScene() != null) {
            scene.getStylesheets().setAll(stage.getOwner().getScene().getStylesheets());
            // The theme's class too: the readers in the panes switch their palette by "dark" on an ancestor.
            root.getStyleClass().addAll(stage.getOwner().getScene().getRoot().getStyleClass().stream()
                    .filter(c -> !root.getStyleClass().contains(c)).toList());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::proposalKeys);
        // Also when the entity list has no focus: the context menu's accelerator works only while the list has one.
        scene.getAccelerators().put(FORMS_KEY, this::showForms);
        stage.setScene(scene);
        stage.show();
        vm.open(documentIds, then);
    }

    /** The connectors between pane {@code left} and the next: redrawn when links, pairs or either pane's annotations change. */
    private ConnectorGutter gutter(int left) {
        ConnectorGutter gutter = new ConnectorGutter(panes.get(left).reader(), panes.get(left + 1).reader(), () -> vm.connectors(left), messages);
        gutter.setId("connectors" + left);
        ContextMenu menu = new ContextMenu();
        gutter.setOnConnectorClicked(c -> {
            menu.hide();
            // A proposal is drawn only with both sentences in view: scrolling would move it from under a double-click.
            if (!c.isProposal()) {
                showConnector(left, c);
            }
        });
        gutter.setOnConnectorDoubleClicked(c -> {
            if (c.isProposal()) {
                vm.linkPair(c.pair());
            }
        });
        gutter.setOnConnectorSecondaryClicked(c -> {
            MenuItem item = c.isProposal() ? new MenuItem(messages.get("compare.linkPair")) : new MenuItem(messages.get("compare.unlink"));
            item.setOnAction(e -> {
                if (c.isProposal()) {
                    vm.linkPair(c.pair());
                } else {
                    vm.deleteLink(c.link());
                }
            });
            menu.getItems().setAll(item);
            var pointer = gutter.localToScreen(gutter.getWidth() / 2, gutter.getHeight() / 2);
            menu.show(gutter, pointer.getX(), pointer.getY());
        });
        gutters.add(gutter);
        vm.links().addListener((ListChangeListener<Link>) c -> gutter.invalidate());
        vm.pairs().addListener((ListChangeListener<AlignedPair>) c -> gutter.invalidate());
        vm.panes().get(left).annotations().addListener((ListChangeListener<Annotation>) c -> gutter.invalidate());
        vm.panes().get(left + 1).annotations().addListener((ListChangeListener<Annotation>) c -> gutter.invalidate());
        return gutter;
    }

    /** Scrolls both panes to a connector's ends and flashes them; a stored link also selects its two annotations. */
    private void showConnector(int left, Connector c) {
        if (c.isProposal()) {
            pairs.getSelectionModel().select(c.pair());
            return;
        }
        panes.get(left).reader().flash(c.left());
        panes.get(left + 1).reader().flash(c.right());
        for (int i : List.of(left, left + 1)) {
            DocumentViewModel pane = vm.panes().get(i);
            pane.annotations().stream().filter(a -> a.id() == c.link().fromAnnotationId() || a.id() == c.link().toAnnotationId())
                    .findFirst().ifPresent(a -> pane.select(a.id()));
        }
    }

    /**
     * With "Scroll together" on, the pane the user scrolls (the one under the pointer) takes the others to the same
     * share of their text. Scrolling done by the view itself (to an entity's first mention, a pair's sentences)
     * happens away from the pointer and moves only the pane it is meant for.
     */
    private void followScroll(ReaderView source) {
        if (!scrollTogether.isSelected() || syncingScroll || !source.isHover()) {
            return;
        }
        syncingScroll = true;
        try {
            double at = source.scrollPosition();
            panes.stream().map(ComparePane::reader).filter(r -> r != source).forEach(r -> r.setScrollPosition(at));
        } finally {
            syncingScroll = false;
        }
    }

    // The window's shortcuts; Enter (accept) and Delete (reject) are handled in proposalKeys, outside text fields.
    static final KeyCombination FIND_KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_PROPOSAL_KEY = new KeyCodeCombination(KeyCode.F8);
    static final KeyCombination PREVIOUS_PROPOSAL_KEY = new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ACCEPT_ALL_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REJECT_ALL_KEY = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ENTITY_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SUGGEST_KEY = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ACCEPT_SUGGESTIONS_KEY = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination LINK_SAME_KEY = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LINK_PARAPHRASE_KEY = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LINK_CONTRADICTS_KEY = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_PAIR_KEY = new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS_PAIR_KEY = new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SCROLL_TOGETHER_KEY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TABLES_KEY = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CLOSE_KEY = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final CompareCommand find = CompareCommand.of("findMentions", "compare.find", MaterialDesignM.MAGNIFY, FIND_KEY, this::findMentions);
    private final CompareCommand previousProposal = CompareCommand.of("previousProposal", "compare.previousProposal",
            MaterialDesignC.CHEVRON_UP, PREVIOUS_PROPOSAL_KEY, () -> stepProposal(-1));
    private final CompareCommand nextProposal = CompareCommand.of("nextProposal", "compare.nextProposal",
            MaterialDesignC.CHEVRON_DOWN, NEXT_PROPOSAL_KEY, () -> stepProposal(1));
    private final CompareCommand accept = CompareCommand.handledKey("acceptProposal", "compare.accept", MaterialDesignC.CHECK,
            "Enter", this::acceptCurrent);
    private final CompareCommand reject = CompareCommand.handledKey("rejectProposal", "compare.reject", MaterialDesignC.CLOSE,
            "Delete", this::rejectCurrent);
    private final CompareCommand acceptAll = CompareCommand.of("acceptAll", "compare.acceptAll", MaterialDesignC.CHECK_ALL,
            ACCEPT_ALL_KEY, () -> vm().acceptAllButTypos());
    private final CompareCommand rejectAll = CompareCommand.of("rejectAll", "compare.rejectAll", MaterialDesignC.CLOSE_BOX_MULTIPLE,
            REJECT_ALL_KEY, () -> vm().rejectAll());
    private final CompareCommand entityFromSelection = CompareCommand.of("entityFromSelection", "compare.entityFromSelection",
            MaterialDesignA.ACCOUNT_PLUS, ENTITY_KEY, this::entityFromSelection);
    private final CompareCommand suggest = CompareCommand.of("suggestClaims", "compare.suggestClaims",
            MaterialDesignL.LIGHTBULB_ON_OUTLINE, SUGGEST_KEY, () -> vm().suggestClaims());
    private final CompareCommand acceptSuggestions = CompareCommand.of("acceptSuggestions", "compare.acceptSuggestions",
            MaterialDesignC.COMMENT_CHECK, ACCEPT_SUGGESTIONS_KEY, () -> vm().acceptSuggestions());
    private final CompareCommand linkSame = CompareCommand.of("linkSame", "compare.linkSame", MaterialDesignE.EQUAL,
            LINK_SAME_KEY, () -> vm().linkSelected(LinkType.SAME_CLAIM));
    private final CompareCommand linkParaphrase = CompareCommand.of("linkParaphrase", "compare.linkParaphrase",
            MaterialDesignA.APPROXIMATELY_EQUAL, LINK_PARAPHRASE_KEY, () -> vm().linkSelected(LinkType.PARAPHRASE));
    private final CompareCommand linkContradicts = CompareCommand.of("linkContradicts", "compare.linkContradicts",
            MaterialDesignN.NOT_EQUAL_VARIANT, LINK_CONTRADICTS_KEY, () -> vm().linkSelected(LinkType.CONTRADICTS));
    private final CompareCommand previousPair = CompareCommand.of("previousPair", "compare.previousPair",
            MaterialDesignS.SKIP_PREVIOUS, PREVIOUS_PAIR_KEY, () -> stepPair(-1));
    private final CompareCommand nextPair = CompareCommand.of("nextPair", "compare.nextPair", MaterialDesignS.SKIP_NEXT,
            NEXT_PAIR_KEY, () -> stepPair(1));
    private final CompareCommand export = CompareCommand.of("exportCsv", "compare.export", MaterialDesignF.FILE_DELIMITED,
            EXPORT_KEY, this::exportCsv);

    /** "Forms…" of the chosen entity: enabled while one is chosen. */
    private CompareCommand forms() {
        return CompareCommand.of("entityForms", "compare.forms", MaterialDesignF.FORM_TEXTBOX, FORMS_KEY, this::showForms)
                .disabledWhen(vm.focusedProperty().isNull());
    }

    private MenuBar menuBar() {
        CheckMenuItem together = new CheckMenuItem(messages.get("compare.scrollTogether"));
        together.setId("scrollTogetherItem");
        together.setAccelerator(SCROLL_TOGETHER_KEY);
        together.selectedProperty().bindBidirectional(scrollTogether.selectedProperty());
        CheckMenuItem showTables = new CheckMenuItem(messages.get("compare.tables"));
        showTables.setId("showTablesItem");
        showTables.setAccelerator(TABLES_KEY);
        showTables.selectedProperty().bindBidirectional(drawer.openProperty());
        List<Object> view = new ArrayList<>(List.of(together, showTables, CompareMenus.SEPARATOR));
        for (Tab tab : tables.getTabs()) {
            MenuItem item = new MenuItem(tab.getText());
            item.setOnAction(e -> drawer.show(tab));
            view.add(item);
        }
        MenuItem close = new MenuItem(messages.get("compare.close"));
        close.setAccelerator(CLOSE_KEY);
        close.setOnAction(e -> stage.close());
        MenuItem who = new MenuItem(messages.get("compare.who.find"));
        who.setOnAction(e -> drawer.show(whoTab));
        MenuBar bar = new MenuBar(
                menus.menu("compare.menu.file", "compareFileMenu", List.of(export, CompareMenus.SEPARATOR, close)),
                menus.menu("compare.menu.entities", "compareEntitiesMenu", List.of(find, previousProposal, nextProposal, accept, reject,
                        CompareMenus.SEPARATOR, acceptAll, rejectAll, CompareMenus.SEPARATOR, entityFromSelection, forms(), who)),
                menus.menu("compare.menu.claims", "compareClaimsMenu", List.of(suggest, acceptSuggestions)),
                menus.menu("compare.menu.links", "compareLinksMenu", List.of(linkSame, linkParaphrase, linkContradicts,
                        CompareMenus.SEPARATOR, previousPair, nextPair)),
                menus.menu("compare.menu.view", "compareViewMenu", view));
        bar.setId("compareMenu");
        return bar;
    }

    /** The common steps as icons, grouped as in the menus; every tooltip names the step and its key. */
    private ToolBar toolbar() {
        ToggleButton tablesToggle = menus.toggle("showTables", "compare.tables", MaterialDesignD.DOCK_BOTTOM, TABLES_KEY.getDisplayText());
        tablesToggle.selectedProperty().bindBidirectional(drawer.openProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = menus.toolbar(List.of(scrollTogether, CompareMenus.SEPARATOR,
                find, previousProposal, nextProposal, accept, reject, acceptAll, rejectAll, CompareMenus.SEPARATOR,
                entityFromSelection, forms(), CompareMenus.SEPARATOR,
                suggest, acceptSuggestions, CompareMenus.SEPARATOR,
                linkSame, linkParaphrase, linkContradicts, CompareMenus.SEPARATOR,
                previousPair, nextPair, CompareMenus.SEPARATOR, export, spring, tablesToggle));
        bar.setId("compareToolbar");
        return bar;
    }

    private CompareViewModel vm() {
        return vm;
    }

    private void findMentions() {
        vm.findMentions();
    }

    /**
     * Opens the forms of the chosen entity in a small window of their own (Ctrl+Shift+N, the entity's context menu,
     * or the toolbar); null when no entity is chosen.
     */
    public EntityFormsView showForms() {
        Entity chosen = vm.focusedProperty().get();
        if (chosen == null) {
            return null;
        }
        // One forms window at a time: the same entity's is brought to the front, another entity's replaces it.
        if (formsView != null && formsView.stage().isShowing()) {
            if (formsView.entityId() == chosen.id()) {
                formsView.stage().toFront();
                return formsView;
            }
            formsView.stage().close();
        }
        formsView = new EntityFormsView(stage, new EntityFormsViewModel(vm, chosen), messages);
        formsView.show();
        return formsView;
    }

    /** The forms window last opened, for tests; null before any. */
    public EntityFormsView formsView() {
        return formsView;
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
                ArabicCells.show(this, empty || e == null ? null : e.canonicalName() + "  (" + vm.mentionCount(e) + ")");
            }
        });
        Runnable refill = () -> {
            Entity keep = vm.focusedProperty().get();
            entities.getItems().setAll(vm.entitiesByMentions());
            if (keep != null) {
                entities.getItems().stream().filter(e -> e.id() == keep.id()).findFirst().ifPresent(e -> entities.getSelectionModel().select(e));
            }
        };
        // The view-model ranks once per committed change, however many annotations it touched.
        vm.rankedEntities().addListener((ListChangeListener<Entity>) c -> refill.run());
        refill.run();
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
        // Right-clicking an entity selects it; "Merge into" then offers the entities of its type to keep instead.
        Menu merge = new Menu(messages.get("compare.merge"));
        merge.setId("mergeInto");
        Runnable fillMerge = () -> {
            Entity chosen = entities.getSelectionModel().getSelectedItem();
            merge.getItems().setAll(chosen == null ? List.of() : vm.entitiesByMentions().stream()
                    .filter(k -> k.id() != chosen.id() && k.type() == chosen.type()).limit(40).map(keep -> {
                        MenuItem item = new MenuItem(keep.canonicalName() + "  (" + vm.mentionCount(keep) + ")");
                        item.setOnAction(a -> {
                            if (confirmMerge(keep, chosen)) {
                                vm.merge(keep, chosen);
                            }
                        });
                        return item;
                    }).toList());
            merge.setDisable(merge.getItems().isEmpty());
        };
        MenuItem split = new MenuItem(messages.get("compare.split"));
        split.setOnAction(e -> vm.panes().stream().map(p -> p.selectedProperty().get()).filter(Objects::nonNull)
                .filter(a -> a.entityId() != null).findFirst().ifPresent(vm::split));
        MenuItem forms = new MenuItem(messages.get("compare.forms"));
        forms.setId("entityFormsItem");
        forms.setAccelerator(FORMS_KEY);
        forms.setOnAction(e -> showForms());
        ContextMenu menu = new ContextMenu(forms, merge, split);
        menu.setOnShowing(e -> fillMerge.run());
        entities.setContextMenu(menu);
        VBox box = new VBox(4, new Label(messages.get("compare.entities")), entities);
        VBox.setVgrow(entities, Priority.ALWAYS);
        return box;
    }

    /** A merge moves every mention and alias at once, so it is asked first (Ctrl+Z takes it back). */
    private boolean confirmMerge(Entity keep, Entity other) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("compare.mergeConfirm", keep.canonicalName(), other.canonicalName(), vm.mentionCount(other)),
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText(null);
        ask.getDialogPane().setNodeOrientation(root.getNodeOrientation());
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** The sentence pairs of every two documents, filtered by a choice of "A ↔ B"; each row says which two it joins. */
    private VBox pairsBox() {
        pairs.setId("comparePairs");
        pairs.setItems(vm.shownPairs());
        pairs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AlignedPair p, boolean empty) {
                super.updateItem(p, empty);
                ArabicCells.show(this, empty || p == null ? null : String.format("%s · %s · %.2f  %s  ⟷  %s", vm.pairLabel(p.first(), p.second()),
                        messages.get("compare.pairs.kind." + p.kind().name()), p.score(),
                        excerpt(panes.get(p.first()).reader(), p.a().start(), p.a().end()),
                        excerpt(panes.get(p.second()).reader(), p.b().start(), p.b().end())));
            }
        });
        pairs.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                panes.get(p.first()).reader().flash(p.a());
                panes.get(p.second()).reader().flash(p.b());
            }
        });
        Button link = button("compare.linkPair", "linkPair", () -> {
            AlignedPair p = pairs.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.linkPair(p);
            }
        });
        pairFilter.setId("pairFilter");
        ArabicCells.comboBox(pairFilter, s -> s);
        // Labels name outlets, which are known only once the documents are open: the choices are refilled with the pairs.
        vm.pairs().addListener((ListChangeListener<AlignedPair>) c -> fillPairFilter());
        fillPairFilter();
        pairFilter.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            int k = i.intValue();
            vm.showPairsOf(k <= 0 ? null : vm.documentPairs().get(k - 1));
        });
        VBox box = new VBox(4, new HBox(8, pairFilter, link), pairs);
        VBox.setVgrow(pairs, Priority.ALWAYS);
        return box;
    }

    /** "All document pairs", then one "A ↔ B" per two panes, keeping the choice made. */
    private void fillPairFilter() {
        int chosen = Math.max(0, pairFilter.getSelectionModel().getSelectedIndex());
        List<String> choices = new ArrayList<>(List.of(messages.get("compare.pairs.all")));
        vm.documentPairs().forEach(d -> choices.add(vm.pairLabel(d.first(), d.second())));
        pairFilter.getItems().setAll(choices);
        pairFilter.getSelectionModel().select(chosen);
    }

    private static String excerpt(ReaderView reader, int start, int end) {
        String s = reader.getText().substring(start, Math.min(end, reader.getText().length())).replace('\n', ' ');
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    private void wireProposals() {
        proposals.setId("compareProposals");
        proposals.setItems(vm.proposals());
        proposals.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EntityProposal p, boolean empty) {
                super.updateItem(p, empty);
                ArabicCells.show(this, empty || p == null ? null : "[" + p.documentId() + "] " + p.proposal().surface() + "  · "
                        + p.proposal().confidence().name().toLowerCase(Locale.ROOT) + " · " + p.proposal().reason()
                        + (p.proposal().confidence().acceptableInBulk() ? "" : " · review: not in Accept all"));
            }
        });
        proposals.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                panes.stream().filter(pane -> paneShows(pane, p.documentId())).findFirst()
                        .ifPresent(pane -> pane.reader().flash(p.span()));
            }
        });
    }

    private boolean paneShows(ComparePane pane, long documentId) {
        var d = vm.panes().get(panes.indexOf(pane)).documentProperty().get();
        return d != null && d.id() == documentId;
    }

    /**
     * Enter accepts the proposal chosen in the list, else the first one; Delete or Backspace rejects it unless an
     * annotation is chosen in a pane (then they delete that, as everywhere). Text fields keep both keys.
     */
    private void proposalKeys(KeyEvent e) {
        if (stage.getScene().getFocusOwner() instanceof TextInputControl || vm.proposals().isEmpty()
                || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            acceptCurrent();
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                && vm.panes().stream().allMatch(p -> p.selectedProperty().get() == null)) {
            rejectCurrent();
            e.consume();
        }
    }

    /** The proposal the keys are on: the one chosen in the list, else the first. */
    private EntityProposal currentProposal() {
        EntityProposal p = proposals.getSelectionModel().getSelectedItem();
        return p == null && !vm.proposals().isEmpty() ? vm.proposals().get(0) : p;
    }

    private void acceptCurrent() {
        EntityProposal p = currentProposal();
        if (p != null) {
            vm.accept(p);
        }
    }

    private void rejectCurrent() {
        EntityProposal p = currentProposal();
        if (p != null) {
            vm.reject(p);
        }
    }

    /** The next (or previous) proposal becomes current and flashes in its pane; from the last it wraps to the first. */
    private void stepProposal(int by) {
        stepIn(proposals, by);
    }

    /** The next (or previous) sentence pair is chosen: both panes scroll to its sentences and flash them. */
    private void stepPair(int by) {
        stepIn(pairs, by);
    }

    private static <T> void stepIn(ListView<T> list, int by) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex();
        int next = i < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(i + by, n);
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(next);
    }

    /** The drawer opens on proposals when a search for mentions brings some, and on candidates when they are found. */
    private void openTablesOnContent() {
        openWhenFilled(vm.proposals(), proposalsTab);
        openWhenFilled(vm.candidates(), whoTab);
        proposals.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                lastProposal = i.intValue();
            }
        });
        vm.proposals().addListener((ListChangeListener<EntityProposal>) c -> {
            // The proposal accepted or rejected leaves the list: the one after it becomes current.
            if (proposals.getSelectionModel().isEmpty() && lastProposal >= 0 && !vm.proposals().isEmpty()) {
                proposals.getSelectionModel().select(Math.min(lastProposal, vm.proposals().size() - 1));
            }
        });
    }

    /** Opens the drawer on {@code tab} when {@code items} goes from empty to holding something. */
    private <T> void openWhenFilled(ObservableList<T> items, Tab tab) {
        items.addListener((ListChangeListener<T>) c -> {
            int added = 0;
            int removed = 0;
            while (c.next()) {
                added += c.getAddedSize();
                removed += c.getRemovedSize();
            }
            boolean wasEmpty = items.size() - added + removed == 0;
            if (wasEmpty && !items.isEmpty()) {
                drawer.show(tab);
            }
        });
    }

    /** Saves the window's bounds and dividers once, when it is hidden (closed, or the main window closes). */
    public void rememberState() {
        if (remembered) {
            return;
        }
        remembered = true;
        remember.accept(CompareWindowState.capture(stage, main.getDividerPositions()[0], drawer.openPosition()));
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

    /** The connectors drawn between pane {@code left} and the next. */
    public List<ConnectorGutter.Drawn> drawnConnectors(int left) {
        return gutters.get(left).drawn();
    }

    /** Whether the bottom tables are open. */
    public BooleanProperty tablesOpenProperty() {
        return drawer.openProperty();
    }

    public TabPane tables() {
        return tables;
    }

    public ListView<EntityProposal> proposalList() {
        return proposals;
    }

    public ToggleButton scrollTogetherButton() {
        return scrollTogether;
    }

    public ComboBox<String> pairFilter() {
        return pairFilter;
    }

    public ListView<AlignedPair> pairList() {
        return pairs;
    }

    public ListView<Entity> entityList() {
        return entities;
    }
}
