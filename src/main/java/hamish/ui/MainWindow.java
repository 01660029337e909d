package hamish.ui;

import hamish.model.Annotation;
import hamish.model.AnnotationHit;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.ui.annotations.AnnotationPanel;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.annotations.OrphanList;
import hamish.ui.annotations.TakeoverQuestion;
import hamish.ui.compare.CompareWindow;
import hamish.ui.compare.CompareWindowState;
import hamish.ui.exchange.DatasetImportDialog;
import hamish.ui.exchange.DatasetImportViewModel;
import hamish.ui.exchange.ExportDialog;
import hamish.ui.find.FindBar;
import hamish.ui.i18n.Messages;
import hamish.ui.library.ImportActions;
import hamish.ui.library.LibraryView;
import hamish.ui.reader.ReaderText;
import hamish.ui.reader.ReaderView;
import hamish.ui.search.AnnotationSearchView;
import hamish.ui.search.SearchView;
import hamish.ui.tags.TagEditorDialog;
import hamish.ui.tags.TagPalette;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's content on one open database: library | palette, find bar and reader |
 * annotations, under the menu and over the status bar. It only wires views to the view-models;
 * the single keys that tag, delete and close go through {@link ArticleKeys}.
 */
public final class MainWindow implements MainMenu.Actions {

    static final double DEFAULT_FONT_SIZE = 20;

    private final Stage stage;
    private final MainViewModel vm;
    private final Messages messages;
    private final ReaderView reader = new ReaderView();
    private final LibraryView library;
    private final SearchView search;
    private final TabPane side;
    private final Tab searchTab;
    private final VBox centre;
    private final Label searchElsewhere;
    private final AnnotationPanel annotations;
    private final FindBar findBar;
    private final SplitPane split;
    private final BorderPane root = new BorderPane();
    private final StatusLine status;
    private final ImportActions imports;
    private String theme;
    private final List<CompareWindow> compares = new java.util.ArrayList<>();
    private boolean closing;
    private Runnable onReopen;
    private Consumer<String> onOpenDatabase;
    private CompareWindow lastCompare;

    public MainWindow(Stage stage, MainViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        this.messages = vm.messages();
        UiSettings settings = vm.initialSettings();
        theme = settings.get(UiSettings.THEME).orElse(MainMenu.LIGHT);
        DocumentViewModel doc = vm.document();

        library = new LibraryView(vm.library(), messages, this::openDocument);
        library.setOnCompare(this::compare);
        annotations = new AnnotationPanel(doc, messages, this::showAnnotation);
        annotations.addSection(new OrphanList(vm.correction(), messages, reader.selectionProperty()));
        findBar = new FindBar(vm.find(), messages);
        TagPalette palette = new TagPalette(vm.catalog(), doc.currentTagProperty(), this::paletteChosen, messages);
        centre = new VBox(palette, findBar, reader);
        VBox.setVgrow(reader, Priority.ALWAYS);
        reader.setId("reader");
        search = new SearchView(vm.search(), messages, this::openAt);
        AnnotationSearchView annotationSearch = new AnnotationSearchView(vm.annotationSearch(), messages, vm.catalog(),
                this::openAnnotationHit);
        searchTab = new Tab(messages.get("search.tab"));
        searchElsewhere = new Label(messages.get("search.inMiddle"));
        searchElsewhere.setWrapText(true);
        search.wideProperty().addListener((o, a, wide) -> placeSearch(wide));
        search.setOnBack(this::backToArticle);
        Tab annotationSearchTab = new Tab(messages.get("annotationSearch.tab"));
        side = new TabPane(new Tab(messages.get("library.title"), library), searchTab, annotationSearchTab);
        LazyTabContent.attachWhenSelected(searchTab, search);
        LazyTabContent.attachWhenSelected(annotationSearchTab, annotationSearch);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("sideTabs");
        split = new SplitPane(side, centre, annotations);
        split.setDividerPositions(settings.number(UiSettings.DIVIDER_LEFT).orElse(0.2), settings.number(UiSettings.DIVIDER_RIGHT).orElse(0.7));
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(annotations, false);
        status = new StatusLine(vm, messages);
        imports = new ImportActions(vm.library(), messages, this::openDocument);

        root.setTop(MainMenu.build(messages, this, theme));
        root.setCenter(split);
        root.setBottom(status);
        root.getStyleClass().add("hamish");
        root.setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);

        wireReader(doc);
        doc.setConfirmTakeover(this::confirmTakeover);
        reader.fontSizeProperty().set(settings.number(UiSettings.ZOOM).orElse(DEFAULT_FONT_SIZE));
    }

    /** Puts the content into the stage's scene, restores geometry and reopens the last document. */
    public void show() {
        stage.getScene().setRoot(root);
        stage.setTitle(title(vm.document().documentProperty().get()));
        applyTheme();
        ArticleKeys keys = new ArticleKeys(vm, reader);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // The search results take their own keys (Esc, arrows, Enter): the article's are for the article.
            if (!search.holds(stage.getScene().getFocusOwner())) {
                keys.handle(e, stage.getScene().getFocusOwner());
            }
        });
        stage.getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        stage.getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        imports.acceptDrops(stage.getScene());
        WindowState.restore(stage, vm.initialSettings());
        Startup.firstDocumentId(vm.initialSettings(), vm.library().allDocuments())
                .ifPresent(id -> {
                    int offset = vm.initialSettings().number(UiSettings.LAST_OFFSET).orElse(0.0).intValue();
                    openDocument(id, offset);
                });
    }

    private void wireReader(DocumentViewModel doc) {
        // A long article's highlights show before its annotations' other columns are read, and the word count
        // waits for the reader's first layout too.
        doc.setAfterFirstLayout(reader::afterNextLayout);
        doc.documentProperty().addListener((o, a, d) -> {
            // Details edited (a new title): the reader keeps its scroll place and selection.
            if (!DocumentViewModel.onlyDetailsChanged(a, d)) {
                reader.setText(d == null ? ReaderText.of("") : doc.readerText(d));
            }
            stage.setTitle(title(d));
        });
        doc.highlightsProperty().addListener((o, a, h) -> reader.setHighlights(h));
        reader.setHighlights(doc.highlightsProperty().get());
        reader.setOnHighlightClicked(id -> {
            if (id > 0) {
                doc.select(id);
            }
        });
        reader.setTooltipText(doc::describe);
        // A click in the article takes the keys away from the filter box or a form field, so that
        // Del, Esc and the tag keys act on the article next.
        reader.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> reader.requestFocus());
        reader.selectionProperty().addListener((o, a, span) -> {
            // Keys typed next must reach the window's tag shortcuts, not a text field that had focus.
            if (span != null && !(stage.getScene().getFocusOwner() instanceof TextInputControl && findBar.isVisible())) {
                reader.requestFocus();
            }
        });
        vm.find().currentMatchProperty().addListener((o, a, span) -> {
            if (span != null) {
                reader.scrollTo(span.start());
            }
        });
        vm.find().openProperty().addListener((o, was, open) -> {
            if (!open) {
                reader.requestFocus();
            }
        });
    }

    /** The window's title: the open document's, the app's, and on a team database where it is (never a password). */
    private String title(Document d) {
        String app = d == null ? messages.get("app.title") : d.title() + " — " + messages.get("app.title");
        return vm.session().onServer() ? app + " — " + vm.session().location() : app;
    }

    /** Asks before the user changes another annotator's annotation; true: they take it over. */
    private boolean confirmTakeover(Annotation a) {
        return TakeoverQuestion.ask(stage, messages, root.getNodeOrientation(), a);
    }

    private void paletteChosen(Tag tag) {
        vm.document().currentTagProperty().set(tag);
        if (reader.selectionProperty().get() != null) {
            vm.document().tag(reader.selectionProperty().get(), tag);
            reader.clearSelection();
        }
    }

    private void showAnnotation(Annotation a) {
        reader.flash(a.span());
    }

    /**
     * Puts the search view in the middle of the window, where its lines have room, or back in its side tab. The
     * dividers stay where they were: replacing an item of the split would otherwise reset them.
     */
    private void placeSearch(boolean wide) {
        double[] dividers = split.getDividerPositions();
        if (wide) {
            searchTab.setContent(searchElsewhere);
            split.getItems().set(1, search);
            if (side.getSelectionModel().getSelectedItem() == searchTab) {
                side.getSelectionModel().select(0);
            }
        } else {
            split.getItems().set(1, centre);
            searchTab.setContent(search);
        }
        split.setDividerPositions(dividers);
    }

    /** Esc in the search results: the article comes back in the middle, with the keys. */
    private void backToArticle() {
        search.wideProperty().set(false);
        reader.requestFocus();
    }

    /** Opens a document with {@code span} selected and in view (a search hit); null opens it at the top. */
    void openAt(long id, Span span) {
        // The article is what the user asked to see: it takes the middle back from a wide search.
        search.wideProperty().set(false);
        vm.openDocument(id, () -> {
            library.showOpen(id);
            if (span != null && span.end() <= reader.getText().length()) {
                reader.select(span);
                scrollAfterLayout(span.start());
            }
        });
    }

    private void openAnnotationHit(AnnotationHit hit) {
        long id = hit.annotation().documentId();
        vm.openDocument(id, () -> {
            library.showOpen(id);
            // An orphan has no place in the text: its document opens at the top.
            if (!hit.orphaned()) {
                vm.document().select(hit.annotation().id());
                Span span = hit.annotation().span();
                scrollAfterLayout(span.start());
                Platform.runLater(() -> reader.flash(span));
            }
        });
    }

    void openDocument(long id) {
        openDocument(id, -1);
    }

    private void openDocument(long id, int scrollOffset) {
        vm.openDocument(id, () -> {
            library.showOpen(id);
            if (scrollOffset >= 0) {
                scrollAfterLayout(scrollOffset);
            }
        });
    }

    /** Scrolls once the reader has laid out the text just given to it; before that it has no lines to place. */
    private void scrollAfterLayout(int offset) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> reader.scrollTo(offset));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * The offset in the middle of the reader: scrollTo centres the paragraph it is given, so saving the
     * middle (not the top) brings the same text back to the same place on the next start.
     */
    private OptionalInt middleOffset() {
        Bounds b = reader.localToScreen(reader.getBoundsInLocal());
        if (b == null) {
            return OptionalInt.empty();
        }
        // The middle may fall in the gap between two paragraphs: look a little above and below.
        for (double dy : new double[] {0, -16, 16, -32, 32, -64, 64}) {
            OptionalInt at = reader.offsetAtScreen(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2 + dy);
            if (at.isPresent()) {
                return at;
            }
        }
        return OptionalInt.empty();
    }

    /** Saves what is typed and the window's state, then closes the database after all queued writes. */
    public void close() {
        annotations.editor().commitPending();
        // Compare windows close with this one: their state is saved now, while the database is still open.
        compares.stream().filter(c -> c.stage().isShowing()).forEach(CompareWindow::rememberState);
        closing = true;
        Map<String, String> state = new HashMap<>(WindowState.capture(stage));
        double[] dividers = split.getDividerPositions();
        state.put(UiSettings.DIVIDER_LEFT, Double.toString(dividers[0]));
        state.put(UiSettings.DIVIDER_RIGHT, Double.toString(dividers[1]));
        state.put(UiSettings.ZOOM, Double.toString(reader.fontSizeProperty().get()));
        middleOffset().ifPresent(o -> state.put(UiSettings.LAST_OFFSET, Integer.toString(o)));
        vm.saveSettings(state);
        vm.session().close();
        vm.session().executor().shutdown();
    }

    private void applyTheme() {
        // The reader keeps its own palette and switches it with the "dark" style class on an ancestor.
        root.getStyleClass().remove(MainMenu.DARK);
        if (MainMenu.DARK.equals(theme)) {
            root.getStyleClass().add(MainMenu.DARK);
        }
        stage.getScene().getStylesheets().setAll(
                getClass().getResource("/css/app-" + (MainMenu.DARK.equals(theme) ? MainMenu.DARK : MainMenu.LIGHT) + ".css").toExternalForm());
    }

    // ---- menu actions -------------------------------------------------------------------------

    @Override
    public void openDatabase() {
        TextInputDialog ask = new TextInputDialog(vm.session().onServer() ? vm.session().location() : "");
        ask.initOwner(stage);
        ask.setTitle(messages.get("openDatabase.title"));
        ask.setHeaderText(messages.get("openDatabase.header"));
        ask.getEditor().setPromptText("postgresql://user@host:5432/database");
        ask.getEditor().setPrefColumnCount(40);
        ask.getDialogPane().setId("openDatabaseDialog");
        ask.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(this::openDatabase);
    }

    /** Opens another database in this window (a file's path or a postgresql:// URL); a failure leaves this one open. */
    public void openDatabase(String target) {
        if (onOpenDatabase != null) {
            onOpenDatabase.accept(target);
        }
    }

    /** How to open another database in this window's place. */
    public void setOnOpenDatabase(Consumer<String> open) {
        onOpenDatabase = open;
    }

    @Override
    public void userName() {
        TextInputDialog ask = new TextInputDialog(vm.userProperty().get());
        ask.initOwner(stage);
        ask.setTitle(messages.get("userName.title"));
        ask.setHeaderText(messages.get("userName.header"));
        ask.getDialogPane().setId("userNameDialog");
        Optional<String> name = ask.showAndWait();
        name.ifPresent(n -> {
            try {
                vm.setUserName(n);
            } catch (RuntimeException e) {
                vm.session().notifier().error(hamish.ui.common.UserMessages.describe(e));
            }
        });
    }

    @Override
    public void importFiles() {
        imports.chooseFiles(stage);
    }

    @Override
    public void importFolder() {
        imports.chooseFolder(stage);
    }

    @Override
    public void importDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("datasetImport.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("datasetImport.files"), "*.jsonl", "*.ndjson", "*.json", "*.csv", "*.tsv",
                        "*.JSONL", "*.NDJSON", "*.JSON", "*.CSV", "*.TSV"),
                new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importDataset(file.toPath()).show();
        }
    }

    /** The import dialog on {@code dataset}, its first rows loading; shown by the caller. */
    public DatasetImportDialog importDataset(Path dataset) {
        DatasetImportViewModel model = new DatasetImportViewModel(vm.session(), messages, vm.library()::reload);
        DatasetImportDialog dialog = new DatasetImportDialog(stage, model, messages);
        model.open(dataset);
        return dialog;
    }

    @Override
    public void exportAnnotations() {
        Document open = vm.document().documentProperty().get();
        new ExportDialog(stage, vm.export(), messages, new ExportDialog.Scopes(
                () -> open == null ? List.of() : List.of(open.id()), library::selectedIds)).showAndWait();
    }

    @Override
    public void quit() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @Override
    public void undo() {
        vm.document().undo();
    }

    @Override
    public void redo() {
        vm.document().redo();
    }

    @Override
    public void find() {
        vm.find().openProperty().set(true);
        findBar.focusQuery();
    }

    @Override
    public void searchAll() {
        search.wideProperty().set(true);
        search.focusQuery();
    }

    @Override
    public void replaceText() {
        if (vm.document().documentProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("correction.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.textFiles"),
                "*.txt", "*.TXT", "*.html", "*.htm", "*.HTML", "*.HTM"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            vm.correction().replaceText(file.toPath(), () -> { });
        }
    }

    @Override
    public void deleteAnnotation() {
        vm.document().deleteSelected();
    }

    @Override
    public void editTags() {
        new TagEditorDialog(stage, vm.tagEditor(), messages).showAndWait();
    }

    @Override
    public void zoom(int steps) {
        double size = steps == 0 ? DEFAULT_FONT_SIZE : reader.fontSizeProperty().get() + 2 * steps;
        reader.fontSizeProperty().set(Math.max(10, Math.min(48, size)));
    }

    @Override
    public void theme(String newTheme) {
        theme = newTheme;
        applyTheme();
        vm.saveSettings(Map.of(UiSettings.THEME, newTheme));
    }

    @Override
    public void language(String language) {
        if (language.equals(messages.language())) {
            return;
        }
        vm.saveSettings(Map.of(UiSettings.LANGUAGE, language));
        if (onReopen != null) {
            onReopen.run();
        } else {
            vm.session().notifier().info(Messages.forLanguage(language).get("language.nextStart"));
        }
    }

    /** How to rebuild the window in place (after a language change); without it the change waits for the next start. */
    public void setOnReopen(Runnable reopen) {
        onReopen = reopen;
    }

    @Override
    public ObservableBooleanValue canUndo() {
        return vm.document().canUndoProperty();
    }

    @Override
    public ObservableBooleanValue canRedo() {
        return vm.document().canRedoProperty();
    }

    /** Opens the compare view on two to four documents chosen in the library. */
    public CompareWindow compare(List<Long> documentIds) {
        if (documentIds.size() < 2 || documentIds.size() > 4) {
            vm.session().notifier().info(messages.get("compare.pickTwo"));
            return null;
        }
        CompareWindow compare = new CompareWindow(stage, vm.compare(documentIds.size()), messages,
                new CompareWindowState(vm.currentSettings().values()), values -> {
                    if (!closing) {
                        vm.saveSettings(values);
                    }
                });
        compares.removeIf(c -> !c.stage().isShowing());
        compares.add(compare);
        compare.show(documentIds, () -> { });
        lastCompare = compare;
        return compare;
    }

    /** Tools → Curate: the curation view (hamish.ui.curation) on the open document. */
    @Override
    public void curate() {
        hamish.ui.curation.CurationWindow.open(stage, vm.curation(), messages, vm.document().documentProperty().get());
    }

    // ---- for tests and automation ---------------------------------------------------------------

    public ReaderView reader() {
        return reader;
    }

    public SearchView searchView() {
        return search;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public AnnotationPanel annotationPanel() {
        return annotations;
    }

    public Parent root() {
        return root;
    }

    /** The compare window opened last (from the library's context menu too), null before any. */
    public CompareWindow lastCompare() {
        return lastCompare;
    }
}
