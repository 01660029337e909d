package hamish.ui;

import hamish.ui.common.Catalog;
import hamish.ui.common.ChangeBatcher;
import hamish.ui.common.StoreSession;

import hamish.app.Preferences;
import hamish.io.ImportOutcome;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.compare.CompareViewModel;
import hamish.ui.annotations.TextCorrectionViewModel;
import hamish.ui.exchange.ExportViewModel;
import hamish.ui.find.FindViewModel;
import hamish.ui.i18n.Messages;
import hamish.ui.library.ImportSummary;
import hamish.ui.library.LibraryViewModel;
import hamish.ui.search.AnnotationSearchViewModel;
import hamish.ui.search.SearchViewModel;
import hamish.ui.tags.TagEditorViewModel;
import hamish.ui.common.UserName;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.util.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's view-models on one open database, wired together. */
public final class MainViewModel {

    private final StoreSession session;
    private final Messages messages;
    private final Catalog catalog = new Catalog();
    private final LibraryViewModel library;
    private final DocumentViewModel document;
    private final FindViewModel find;
    private final TagEditorViewModel tagEditor;
    private final UiSettings initialSettings;
    // The settings as saved so far in this run: a compare window opened a second time finds how the first was left.
    private UiSettings currentSettings;
    private final Clock clock;
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper();
    private final UserName userName;
    private final SearchViewModel search;
    private final AnnotationSearchViewModel annotationSearch;
    private final ExportViewModel export;
    private final TextCorrectionViewModel correction;
    // The document the start read ahead (Startup.firstDocument), until the first open takes it or passes it by.
    private DocumentViewModel.Opened readAhead;

    public MainViewModel(StoreSession session, Startup startup, Messages messages, Clock clock, String author) {
        this(session, startup, messages, clock, author, null);
    }

    /** The window's view-models with the user's name as set for this installation ({@code userName}). */
    public MainViewModel(StoreSession session, Startup startup, Messages messages, Clock clock, UserName userName) {
        this(session, startup, messages, clock, userName.get(), userName);
    }

    private MainViewModel(StoreSession session, Startup startup, Messages messages, Clock clock, String author, UserName userName) {
        this.session = session;
        this.userName = userName;
        this.user.set(author);
        this.messages = messages;
        this.initialSettings = startup.settings();
        this.currentSettings = initialSettings;
        this.clock = clock;
        this.readAhead = startup.firstDocument().orElse(null);
        catalog.useTagLabels(startup.tagLabels().getOrDefault(messages.language(), Map.of()));
        catalog.tags().setAll(startup.tags());
        catalog.entities().setAll(startup.entities());
        library = new LibraryViewModel(session, messages, clock, DocumentViewModel.MAIN_WINDOW);
        library.setDocuments(startup.documents());
        // The collections are not part of the startup read: they come with the first reload, in the background.
        library.reload();
        document = new DocumentViewModel(session, catalog, clock, author);
        if (session.onServer()) {
            document.useUserAsWriter();
            library.setWriter(author);
            // What the others change shows here within a second, in place (ADR 10, decision 7).
            ChangeBatcher batcher = new ChangeBatcher(Duration.millis(150), this::othersChanged);
            session.setOnOthersChanged(tables -> Platform.runLater(() -> batcher.add(tables)));
        }
        // A write that lost a race to another user's: they were told, and now see what won.
        session.setOnLostRace(this::refreshShown);
        document.setOnAnnotationsCommitted(library::reload);
        // Details set in the library are a main-window step: its Ctrl+Z undoes them, its open document's title follows.
        library.setOnDetailsCommitted(c -> document.showCommitted(c.change(), c.canUndo(), c.canRedo()));
        find = new FindViewModel(document);
        tagEditor = new TagEditorViewModel(session, catalog);
        search = new SearchViewModel(session, messages, id -> library.allDocuments().stream()
                .filter(d -> d.id() == id).findFirst().map(d -> d.published()));
        annotationSearch = new AnnotationSearchViewModel(session, messages);
        export = new ExportViewModel(session, messages);
        correction = new TextCorrectionViewModel(session, document, messages);
        if (startup.seeded().stream().anyMatch(o -> o.status() == ImportOutcome.Status.REFUSED)) {
            session.notifier().error(ImportSummary.of(startup.seeded()).describe(messages));
        }
    }

    /** Opens a document and remembers it as the one to reopen next time. */
    public void openDocument(long id, Runnable then) {
        DocumentViewModel.Opened ahead = readAhead;
        readAhead = null;
        if (ahead != null && ahead.document().id() == id) {
            // The start read it while the toolkit started: shown now, in the window's first layout.
            document.show(ahead, then);
        } else {
            document.open(id, then);
        }
        saveSettings(Map.of(UiSettings.LAST_DOCUMENT, Long.toString(id)));
    }

    /** A compare view of {@code panes} documents on this window's session, tags and entities. */
    public CompareViewModel compare(int panes) {
        CompareViewModel compare = new CompareViewModel(session, catalog, clock, user.get(), panes);
        // What is tagged, accepted or linked there shows here at once: the counts, and the open document's highlights.
        compare.setOnChanged(() -> {
            library.reload();
            document.reloadAnnotations();
        });
        return compare;
    }

    /** A curation view on this window's session and tags, its decisions written by this window's user. */
    public hamish.ui.curation.CurationViewModel curation() {
        hamish.ui.curation.CurationViewModel curation = new hamish.ui.curation.CurationViewModel(session, catalog, clock, user.get());
        curation.setOnChanged(() -> {
            library.reload();
            document.reloadAnnotations();
        });
        return curation;
    }

    public void saveSettings(Map<String, String> values) {
        currentSettings = currentSettings.with(values);
        session.write(s -> {
            Preferences.save(s, values);
            return null;
        }, ignored -> { });
    }

    /**
     * Other users changed {@code tables} of the team database: rereads what is shown (the open document's
     * annotations, the library; the tags and entities they name) through the session's queue, keeping the reader's
     * place and the selection.
     */
    void othersChanged(Set<String> tables) {
        // "*": the connection was lost and made again, so anything may have changed meanwhile.
        boolean all = tables.contains("*");
        if (all || touches(tables, "entity", "entity_alias", "tag")) {
            session.read(s -> new Names(s.tags().list(), s.entities().list()), fresh -> {
                catalog.tags().setAll(fresh.tags());
                catalog.entities().setAll(fresh.entities());
            });
        }
        if (all || tables.contains("document")) {
            // Another user's text correction moves the annotations: the old text must not stay under the new offsets.
            document.rereadOpenDocument();
        }
        if (all || touches(tables, "annotation", "link", "document", "entity", "tag")) {
            document.reloadAnnotations();
        }
        // The library lists documents with their annotation counts and collections, nothing else.
        if (all || touches(tables, "document", "annotation", "collection", "collection_document")) {
            library.reload();
        }
    }

    private static boolean touches(Set<String> tables, String... any) {
        for (String t : any) {
            if (tables.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private record Names(java.util.List<hamish.model.Tag> tags, java.util.List<hamish.model.Entity> entities) {
    }

    /** Rereads the open document's annotations and the library, in place. */
    void refreshShown() {
        document.reloadAnnotations();
        library.reload();
    }

    /** The user's name: author of what they annotate, shown in the status bar. */
    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    /** Sets the user's name for this installation (saved per user, not in the database) and uses it from now on. */
    public void setUserName(String name) {
        String saved = userName == null ? (name == null ? "" : name.strip()) : userName.set(name);
        user.set(saved);
        document.setAuthor(saved);
        if (session.onServer()) {
            library.setWriter(saved);
        }
    }

    public StoreSession session() {
        return session;
    }

    public Messages messages() {
        return messages;
    }

    public Catalog catalog() {
        return catalog;
    }

    public LibraryViewModel library() {
        return library;
    }

    public DocumentViewModel document() {
        return document;
    }

    public FindViewModel find() {
        return find;
    }

    public TagEditorViewModel tagEditor() {
        return tagEditor;
    }

    /** The settings as they are now: those read at start with every save since. */
    public UiSettings currentSettings() {
        return currentSettings;
    }

    public UiSettings initialSettings() {
        return initialSettings;
    }

    public SearchViewModel search() {
        return search;
    }

    public AnnotationSearchViewModel annotationSearch() {
        return annotationSearch;
    }

    public ExportViewModel export() {
        return export;
    }

    public TextCorrectionViewModel correction() {
        return correction;
    }
}
