package hamish.ui.annotations;

import hamish.app.Annotating;
import hamish.app.Origin;
import hamish.app.history.Change;
import hamish.model.Annotation;
import hamish.model.AnnotationSpan;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.text.WordTokenizer;
import hamish.ui.common.Catalog;
import hamish.ui.common.StoreSession;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.ReaderText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The open document and its annotations: creating, editing, deleting (all undoable, each persisted
 * at once through the session), the selected annotation, and the highlights the reader draws.
 * New annotations appear at once as pending highlights and are replaced by the stored ones when the
 * insert commits; a failed insert takes its highlight away again.
 */
public final class DocumentViewModel {

    private static final Comparator<Annotation> BY_POSITION =
            Comparator.comparing(Annotation::span).thenComparingLong(Annotation::id);

    private final StoreSession session;
    private final Catalog catalog;
    private final Clock clock;
    private String author;
    private Origin origin;
    /** Whose annotations the table and the highlights show: null for everyone's. */
    private final ObjectProperty<String> authorFilter = new SimpleObjectProperty<>();
    /** The authors of the open document's annotations, in name order. */
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    /** Asked on the FX thread before another annotator's annotation is changed or deleted; null: no one is asked. */
    private Predicate<Annotation> confirmTakeover;

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final List<Annotation> pending = new ArrayList<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Tag> currentTag = new SimpleObjectProperty<>();
    private final ObservableList<Span> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper annotationCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper annotationsRead = new ReadOnlyBooleanWrapper(true);
    private Runnable onAnnotationsCommitted = () -> { };
    /** How the view runs work once its reader has laid out what it was just given; null: every open reads all at once. */
    private Consumer<Runnable> afterFirstLayout;
    /** While only the spans of the open document's annotations are read: those (the highlights come from them). */
    private List<AnnotationSpan> spansOnly;
    /** An annotation to select once the annotations are read (selected before they were). */
    private long selectWhenRead;
    /** Counts the opens, so that the rest of one is not shown after another document was opened. */
    private long opening;
    private ReaderText readerText = ReaderText.of("");
    private long nextPendingId = -1;
    private boolean changingAnnotations;

    /** The main window's document. */
    public static final Origin MAIN_WINDOW = Origin.of("main window");

    public DocumentViewModel(StoreSession session, Catalog catalog, Clock clock, String author) {
        this(session, catalog, clock, author, MAIN_WINDOW);
    }

    /**
     * {@code origin} places this view in the shared edit history: Ctrl+Z undoes the latest step of its
     * scope, and the rows it writes name its writer ("main window", "compare pane 2").
     */
    public DocumentViewModel(StoreSession session, Catalog catalog, Clock clock, String author, Origin origin) {
        this.session = session;
        this.catalog = catalog;
        this.clock = clock;
        this.author = author;
        this.origin = origin;
        selected.addListener((o, a, b) -> refreshHighlights());
        currentTag.addListener((o, a, b) -> refreshHighlights());
        proposals.addListener((ListChangeListener<Span>) c -> refreshHighlights());
        annotations.addListener((ListChangeListener<Annotation>) c -> {
            countAnnotations();
            listAuthors();
        });
        authorFilter.addListener((o, a, b) -> refreshHighlights());
        catalog.tags().addListener((ListChangeListener<Tag>) c -> {
            refreshHighlights();
            if (currentTag.get() != null) {
                currentTag.set(catalog.tag(currentTag.get().id()).orElse(null));
            }
        });
    }

    // ---- commands -------------------------------------------------------------------------

    /**
     * Opens a document; {@code then} runs on the UI thread once its text and highlights are shown. With
     * {@link #setAfterFirstLayout} set, the annotations' spans and tags are read first, for the highlights, and the
     * annotations themselves (the table's rows) after the reader's first layout: until then {@link #annotations} is
     * empty, {@link #annotationsReadProperty} false, and a {@link #select} waits for them.
     */
    public void open(long documentId, Runnable then) {
        long serial = ++opening;
        boolean spansFirst = afterFirstLayout != null;
        loading.set(true);
        session.read(s -> {
                    Document d = s.documents().get(documentId).orElseThrow(
                            () -> new IllegalArgumentException("The document " + documentId + " is no longer in the database."));
                    // The reader's split of the text is made on another core while this thread reads the annotations;
                    // that core then measures the opening's words until the annotations are in (never longer).
                    AtomicBoolean readDone = new AtomicBoolean();
                    CompletableFuture<ReaderText> split = CompletableFuture.supplyAsync(
                            () -> ReaderText.prepare(d.text(), () -> !readDone.get()));
                    List<AnnotationSpan> spans = spansFirst ? s.annotations().spansForDocument(documentId) : null;
                    List<Annotation> stored = spansFirst ? List.of() : sorted(s.annotations().forDocument(documentId));
                    readDone.set(true);
                    return new Opened(d, stored, spans, split.join());
                },
                loaded -> show(serial, loaded, then), failure -> loading.set(false));
    }

    /**
     * Shows a document read beforehand by {@link #readForStart} (the window's start reads its first document while
     * the toolkit starts); {@code then} runs at once, as {@link #open}'s does once the read is in.
     */
    public void show(Opened loaded, Runnable then) {
        show(++opening, loaded, then);
    }

    private void show(long serial, Opened loaded, Runnable then) {
        // Clear first: the reader must never hold this document's text with another's highlights.
        pending.clear();
        selected.set(null);
        selectWhenRead = 0;
        proposals.clear();
        changingAnnotations = true;
        try {
            spansOnly = null;
            annotations.clear();
            refreshHighlights();
            wordCount.set(0);
            readerText = loaded.readerText();
            document.set(loaded.document());
            spansOnly = loaded.spans();
            annotationsRead.set(spansOnly == null);
            annotations.setAll(loaded.annotations());
        } finally {
            changingAnnotations = false;
        }
        countAnnotations();
        refreshHighlights();
        if (spansOnly == null) {
            loading.set(false);
            then.run();
            countWords(loaded.document());
        } else {
            then.run();
            afterFirstLayout.accept(() -> readAnnotations(serial, loaded.document()));
        }
    }

    /**
     * What {@link #open} reads for {@code documentId}, read on the calling (store) thread with no reader's help: the
     * whole annotations and the text split for the reader but no word measured (no reader exists yet when the
     * window's start calls it).
     */
    public static Opened readForStart(Stores s, long documentId) {
        Document d = s.documents().get(documentId).orElseThrow(
                () -> new IllegalArgumentException("The document " + documentId + " is no longer in the database."));
        return new Opened(d, sorted(s.annotations().forDocument(documentId)), null, ReaderText.of(d.text()));
    }

    /**
     * Lets {@link #open} show a document's highlights before its annotations are read: {@code scheduler} runs the
     * given work once the view's reader has laid out the text and highlights just given to it (and at once when it
     * will not lay out). The annotations, and then the word count, are read then, not while the reader lays out.
     */
    public void setAfterFirstLayout(Consumer<Runnable> scheduler) {
        afterFirstLayout = scheduler;
    }

    /** The second half of a spans-first {@link #open}: the annotations, unless another document was opened since. */
    private void readAnnotations(long serial, Document d) {
        if (serial != opening) {
            return;
        }
        session.read(s -> sorted(s.annotations().forDocument(d.id())), all -> {
            // Read after every change queued before it, so newer than anything shown: taken as it is.
            if (serial == opening) {
                showAllAnnotations(all);
                countWords(d);
            }
        });
    }

    /** The open document's annotations, all read: the spans-only state ends, a selection asked for meanwhile is made. */
    private void showAllAnnotations(List<Annotation> all) {
        changingAnnotations = true;
        try {
            spansOnly = null;
            annotations.setAll(all);
        } finally {
            changingAnnotations = false;
        }
        annotationsRead.set(true);
        loading.set(false);
        long wanted = selectWhenRead;
        selectWhenRead = 0;
        if (wanted != 0) {
            selected.set(byId(wanted).orElse(null));
        }
        reselectAndRepaint();
    }

    /**
     * {@code d}'s text as the reader shows it: for the document {@link #open} loaded, the split it made in the
     * background, so that the reader does no work proportional to the article's length on the UI thread.
     */
    public ReaderText readerText(Document d) {
        return d.text() == readerText.text() ? readerText : ReaderText.of(d.text());
    }

    /**
     * Counts the words off the UI thread after the text is shown: segmenting a 1 MB article was most of the
     * time before the reader got it (the count is only for the status line).
     */
    private void countWords(Document d) {
        session.read(s -> WordTokenizer.tokenize(d.text()).size(), words -> {
            if (document.get() != null && document.get().id() == d.id()) {
                wordCount.set(words);
            }
        });
    }

    /** Tags {@code span} of the open document with {@code tag}: one undoable step. */
    public void tag(Span span, Tag tag) {
        tagAll(List.of(span), tag);
    }

    /** Tags every span with {@code tag} as one undoable step, skipping spans that already carry it. */
    public void tagAll(List<Span> spans, Tag tag) {
        Document doc = document.get();
        if (doc == null || tag == null || spans.isEmpty()) {
            return;
        }
        currentTag.set(tag);
        List<Annotation> unsaved = new ArrayList<>();
        for (Span span : spans) {
            boolean exists = annotations.stream().anyMatch(a -> a.span().equals(span) && a.tagId() == tag.id())
                    || spansOnly != null && spansOnly.stream().anyMatch(a -> a.span().equals(span) && a.tagId() == tag.id())
                    || unsaved.stream().anyMatch(a -> a.span().equals(span));
            if (!exists && !span.isEmpty()) {
                unsaved.add(Annotation.of(doc.id(), doc.text(), span, tag.id(), author, clock.instant()));
            }
        }
        if (unsaved.isEmpty()) {
            return;
        }
        List<Annotation> shown = unsaved.stream().map(a -> a.withId(nextPendingId--)).toList();
        pending.addAll(shown);
        refreshHighlights();
        session.write(s -> outcome(s, a -> Change.saved(doc.id(), a.tag(origin, unsaved))), done -> {
            pending.removeAll(shown);
            show(done, false);
        }, failure -> {
            pending.removeAll(shown);
            refreshHighlights();
        });
    }

    /**
     * Stores annotations built on the store's thread (accepted proposals of the compare view) as one undoable
     * step of this document's history; {@code then} hears of them once shown. Nothing to build is no step.
     */
    public void createAll(Function<Stores, List<Annotation>> build, Consumer<List<Annotation>> then) {
        session.write(s -> {
            List<Annotation> unsaved = build.apply(s);
            return unsaved.isEmpty() ? null : outcome(s, a -> Change.saved(unsaved.get(0).documentId(), a.tag(origin, unsaved)));
        }, done -> {
            if (done != null) {
                show(done, false);
                then.accept(done.change().saved());
            }
        });
    }

    /**
     * The store-thread half of storing annotations as one step of this view's scope: call it from work
     * running on the session's executor; run what it returns on the FX thread to show them. Lets a caller
     * store batches of several panes in one background task and show them in one go.
     */
    public Runnable storeNow(Stores s, List<Annotation> unsaved) {
        if (unsaved.isEmpty()) {
            return () -> { };
        }
        Outcome done = outcome(s, a -> Change.saved(unsaved.get(0).documentId(), a.tag(origin, unsaved)));
        return () -> show(done, false);
    }

    /**
     * Shows a change committed by another view of the same scope (the compare window's link, merge or
     * undo) if it touches this document, with this scope's undo state read on the store's thread.
     */
    public void showCommitted(Change change, boolean canUndoNow, boolean canRedoNow) {
        canUndo.set(canUndoNow);
        canRedo.set(canRedoNow);
        Document doc = document.get();
        if (doc != null && change.touches(doc.id())) {
            apply(change, false);
        }
    }

    /** Rereads the open document's annotations (another window changed them), keeping the text and its scroll place. */
    public void reloadAnnotations() {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        session.read(s -> s.annotations().forDocument(doc.id()), fresh -> {
            if (document.get() != null && document.get().id() == doc.id()) {
                if (spansOnly != null) {
                    showAllAnnotations(sorted(fresh));
                    return;
                }
                changingAnnotations = true;
                try {
                    annotations.setAll(sorted(fresh));
                } finally {
                    changingAnnotations = false;
                }
                reselectAndRepaint();
            }
        });
    }

    public void deleteSelected() {
        Annotation a = selected.get();
        if (a != null) {
            delete(a.id());
        }
    }

    public void delete(long annotationId) {
        Annotation shown = byId(annotationId).orElse(null);
        Boolean takeover = takeover(shown);
        if (takeover == null) {
            return;
        }
        run(takingOver(takeover, annotationId, a -> a.delete(origin, annotationId)), false);
    }

    public void changeTag(long annotationId, Tag tag) {
        Annotation shown = byId(annotationId).orElse(null);
        if (shown != null && shown.tagId() != tag.id()) {
            Boolean takeover = takeover(shown);
            if (takeover == null) {
                return;
            }
            run(takingOver(takeover, annotationId, a -> a.changeTag(origin, annotationId, tag.id())), false);
        }
        currentTag.set(tag);
    }

    public void changeNote(long annotationId, String note) {
        String text = note == null ? "" : note;
        Annotation shown = byId(annotationId).orElse(null);
        // Gone (deleted, or another document opened) or unchanged: nothing to write.
        if (shown == null || shown.note().equals(text)) {
            return;
        }
        Boolean takeover = takeover(shown);
        if (takeover == null) {
            return;
        }
        run(takingOver(takeover, annotationId, a -> a.changeNote(origin, annotationId, text)), false);
    }

    /** Sets the entity by name; an unknown name creates the entity with the tag's entity type. Blank clears it. */
    public void assignEntity(long annotationId, String name) {
        assignNamed(annotationId, name, false);
    }

    /** Sets who said a quote or claim; an unknown name creates a person. Blank clears it. */
    public void assignSpeaker(long annotationId, String name) {
        assignNamed(annotationId, name, true);
    }

    private void assignNamed(long annotationId, String name, boolean speaker) {
        Annotation shown = byId(annotationId).orElse(null);
        String wanted = name == null ? "" : name.strip();
        // Unchanged (the same name shown): nothing to write, no step.
        if (shown == null || wanted.equals(catalog.entityName(speaker ? shown.speakerEntityId() : shown.entityId()))) {
            return;
        }
        Boolean takeover = takeover(shown);
        if (takeover == null) {
            return;
        }
        Annotating.Named[] named = new Annotating.Named[1];
        session.write(s -> outcome(s, takingOver(takeover, annotationId, a -> {
            named[0] = a.name(origin, annotationId, wanted, speaker);
            return named[0].change();
        })), done -> {
            if (named[0].entity() != null) {
                catalog.replaceEntity(named[0].entity());
            }
            show(done, false);
        }, failure -> refreshUndoState());
    }

    /**
     * Whether changing {@code shown} takes it over from another annotator: false when it is the user's own (or
     * nobody's, or no one is to be asked), true when the user agreed to take it over, null when they declined (the
     * editor then shows the annotation as it is again).
     */
    private Boolean takeover(Annotation shown) {
        if (shown == null || confirmTakeover == null || shown.author().isEmpty() || shown.author().equals(author)) {
            return false;
        }
        if (confirmTakeover.test(shown)) {
            return true;
        }
        // Declined: the fields the user typed into go back to what is stored.
        selected.set(null);
        selected.set(byId(shown.id()).orElse(null));
        return null;
    }

    /**
     * {@code work}, with the annotation made the user's in the same step when {@code takeover}: the history then
     * holds the takeover, and one undo gives the annotation back to its annotator as it was.
     */
    private <T> Function<Annotating, T> takingOver(boolean takeover, long annotationId, Function<Annotating, T> work) {
        if (!takeover) {
            return work;
        }
        String user = author;
        return a -> work.apply(a.takingOver(origin, annotationId, user));
    }

    /** Undoes this view's latest step, unless something changed since (then the user is told, and it is dropped). */
    public void undo() {
        run(a -> a.undo(origin).orElse(null), true);
    }

    public void redo() {
        run(a -> a.redo(origin).orElse(null), true);
    }

    /** Selects the annotation; while only the spans are read, once the annotations are. */
    public void select(long annotationId) {
        if (spansOnly != null) {
            selectWhenRead = annotationId;
            return;
        }
        selected.set(byId(annotationId).orElse(null));
    }

    public void clearSelection() {
        selectWhenRead = 0;
        selected.set(null);
    }

    /**
     * True when {@code after} is {@code before} with other details (title, outlet, date) only: views that
     * show the text keep their place, selection and find matches instead of starting over.
     */
    public static boolean onlyDetailsChanged(Document before, Document after) {
        return before != null && after != null && before.id() == after.id() && before.contentHash().equals(after.contentHash());
    }

    /** Runs after every committed change (the library refreshes its counts). */
    public void setOnAnnotationsCommitted(Runnable action) {
        onAnnotationsCommitted = action;
    }

    /** The user's name: the author of the annotations this view creates from now on. */
    public void setAuthor(String name) {
        author = name == null ? "" : name;
        // The rows written name the user only on a team database (see useUserAsWriter).
        if (onServerWriter) {
            origin = new Origin(origin.scope(), author);
        }
    }

    private boolean onServerWriter;

    /**
     * On a team database the rows this view writes name the user (their {@code changed_by}), not the window, so
     * that the others see who did what; Ctrl+Z still undoes this view's own steps.
     */
    public void useUserAsWriter() {
        onServerWriter = true;
        origin = new Origin(origin.scope(), author);
    }

    /** Who this view's steps belong to (Ctrl+Z's scope) and which writer its rows name. */
    public Origin origin() {
        return origin;
    }

    public String author() {
        return author;
    }

    /** Asked before another annotator's annotation is changed or deleted; true takes it over. */
    public void setConfirmTakeover(Predicate<Annotation> confirm) {
        confirmTakeover = confirm;
    }

    /** Whose annotations are shown (the table, the highlights): null for everyone's. */
    public ObjectProperty<String> authorFilterProperty() {
        return authorFilter;
    }

    /** The authors of the open document's annotations, in name order. */
    public ObservableList<String> authors() {
        return authors;
    }

    /** Whether {@code a} passes the author filter. */
    public boolean shownByAuthor(Annotation a) {
        String only = authorFilter.get();
        return only == null || only.equals(a.author());
    }

    private void listAuthors() {
        List<String> present = annotations.stream().map(Annotation::author).filter(n -> !n.isEmpty())
                .distinct().sorted().toList();
        if (!present.equals(authors)) {
            authors.setAll(present);
        }
    }

    // ---- state ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The open document's annotations in reading order; empty while {@link #annotationsReadProperty} is false. */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** How many annotations the open document has, also while only their spans are read. */
    public ReadOnlyIntegerProperty annotationCountProperty() {
        return annotationCount.getReadOnlyProperty();
    }

    /** False while only the spans of the open document's annotations are read (see {@link #open}). */
    public ReadOnlyBooleanProperty annotationsReadProperty() {
        return annotationsRead.getReadOnlyProperty();
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Tag> currentTagProperty() {
        return currentTag;
    }

    /** Find matches, drawn dashed. */
    public ObservableList<Span> proposals() {
        return proposals;
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Words in the open document, as the text layer segments them. */
    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * True while the annotation list is being rewritten: a table showing it may move its selection
     * then, and must not take that for the user choosing another row.
     */
    public boolean isChangingAnnotations() {
        return changingAnnotations;
    }

    /** {@code shown} with the change applied, in reading order. */
    static List<Annotation> merged(List<Annotation> shown, Change change, long documentId) {
        java.util.Map<Long, Annotation> byId = new java.util.LinkedHashMap<>();
        shown.forEach(a -> byId.put(a.id(), a));
        change.removed().forEach(byId::remove);
        change.savedIn(documentId).forEach(a -> byId.put(a.id(), a));
        return sorted(new ArrayList<>(byId.values()));
    }

    /** {@link #merged} for the spans-only state. */
    static List<AnnotationSpan> mergedSpans(List<AnnotationSpan> shown, Change change, long documentId) {
        java.util.Map<Long, AnnotationSpan> byId = new java.util.LinkedHashMap<>();
        shown.forEach(a -> byId.put(a.id(), a));
        change.removed().forEach(byId::remove);
        change.savedIn(documentId).forEach(a -> byId.put(a.id(), AnnotationSpan.of(a)));
        return byId.values().stream().sorted(Comparator.comparing(AnnotationSpan::span).thenComparingLong(AnnotationSpan::id)).toList();
    }

    public Optional<Annotation> byId(long id) {
        return annotations.stream().filter(a -> a.id() == id).findFirst();
    }

    /** The tooltip of a highlight: tag, entity or speaker, note. */
    public String describe(long annotationId) {
        return byId(annotationId).map(a -> HighlightLayers.describe(a, catalog)).orElse(null);
    }

    // ---- internals ------------------------------------------------------------------------

    /** What a step did, with this view's undo state read on the store's thread, where the history lives. */
    private record Outcome(Change change, boolean canUndo, boolean canRedo) {
    }

    private Outcome outcome(Stores s, Function<Annotating, Change> work) {
        Change change = work.apply(new Annotating(s, session.history(), clock));
        return new Outcome(change, session.history().canUndo(origin.scope()), session.history().canRedo(origin.scope()));
    }

    private void run(Function<Annotating, Change> work, boolean showItsDocument) {
        // Read and written in the background: an earlier edit may still be queued there.
        session.write(s -> outcome(s, work), done -> show(done, showItsDocument), failure -> refreshUndoState());
    }

    /** After a failure (a refused undo drops its step), asks the history what this view can undo now. */
    private void refreshUndoState() {
        session.read(s -> new Outcome(null, session.history().canUndo(origin.scope()), session.history().canRedo(origin.scope())),
                done -> show(done, false));
    }

    private void show(Outcome done, boolean showItsDocument) {
        canUndo.set(done.canUndo());
        canRedo.set(done.canRedo());
        if (done.change() != null) {
            apply(done.change(), showItsDocument);
        }
    }

    /**
     * Shows a committed change. One for a document no longer open (the user moved on while it was
     * saved) only refreshes the library, unless it is an undo or redo of its annotations: that opens the
     * document it changed. A change of the open document's details updates its title.
     */
    private void apply(Change change, boolean showItsDocument) {
        Document doc = document.get();
        if (doc != null && change.details() && change.touches(doc.id())) {
            refreshDetails(doc.id());
        }
        if (doc == null || !change.touches(doc.id())) {
            onAnnotationsCommitted.run();
            // A document's details show in the library, which follows; its text need not open for them.
            if (showItsDocument && !change.documents().isEmpty() && !change.details()) {
                open(change.documents().iterator().next(), () -> { });
            }
            return;
        }
        if (spansOnly != null) {
            // The annotations are still being read, after this change: only the highlights follow it now.
            spansOnly = mergedSpans(spansOnly, change, doc.id());
            countAnnotations();
            refreshHighlights();
            onAnnotationsCommitted.run();
            return;
        }
        changingAnnotations = true;
        try {
            // One list change however many annotations the step touched ("accept all" of thousands):
            // every listener (tables, the compare window's entity list) then does its work once.
            annotations.setAll(merged(annotations, change, doc.id()));
        } finally {
            changingAnnotations = false;
        }
        reselectAndRepaint();
        onAnnotationsCommitted.run();
    }

    /**
     * Rereads the open document's row after another user changed documents: new details are taken in place; a new
     * text (a correction) reopens the document, since its annotations now lie at offsets into that text.
     */
    public void rereadOpenDocument() {
        Document open = document.get();
        if (open == null) {
            return;
        }
        session.read(s -> s.documents().get(open.id()), fresh -> {
            Document shown = document.get();
            if (shown == null || shown.id() != open.id() || fresh.isEmpty()) {
                return;
            }
            Document d = fresh.get();
            if (!d.text().equals(shown.text())) {
                open(d.id(), () -> { });
            } else if (!d.equals(shown)) {
                document.set(d); // the same text: the reader keeps its place and selection (onlyDetailsChanged)
            }
        });
    }

    /** Rereads the open document's title, outlet and date (a details change or its undo), keeping the text shown. */
    private void refreshDetails(long documentId) {
        session.read(s -> s.documents().get(documentId), fresh -> {
            Document shown = document.get();
            if (shown != null && fresh.isPresent() && shown.id() == documentId) {
                Document d = fresh.get();
                document.set(shown.withTitle(d.title()).withOutlet(d.outlet()).withPublished(d.published()));
            }
        });
    }

    /** After the annotations changed: the selection follows its annotation's new version (or goes), highlights redraw. */
    private void reselectAndRepaint() {
        Annotation sel = selected.get();
        if (sel != null) {
            selected.set(byId(sel.id()).orElse(null));
        }
        refreshHighlights();
    }

    private void refreshHighlights() {
        highlights.set(spansOnly != null ? HighlightLayers.of(spansOnly, pending, proposals, currentTag.get(), catalog)
                : HighlightLayers.of(authorFilter.get() == null ? annotations : annotations.stream().filter(this::shownByAuthor).toList(),
                        selected.get(), pending, proposals, currentTag.get(), catalog));
    }

    private void countAnnotations() {
        annotationCount.set(spansOnly != null ? spansOnly.size() : annotations.size());
    }

    private static List<Annotation> sorted(List<Annotation> list) {
        return list.stream().sorted(BY_POSITION).toList();
    }

    /**
     * A document read for showing ({@link #open} in the background, {@link #readForStart} ahead of the window): the
     * annotations sorted (or, read spans first, only their spans and the annotations empty; else spans null), the
     * text split for the reader.
     */
    public record Opened(Document document, List<Annotation> annotations, List<AnnotationSpan> spans, ReaderText readerText) {
    }
}
