package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.text.WordTokenizer;
import hamish.ui.Catalog;
import hamish.ui.StoreSession;
import hamish.ui.edit.Change;
import hamish.ui.edit.CommandStack;
import hamish.ui.edit.CreateAnnotations;
import hamish.ui.edit.DeleteAnnotation;
import hamish.ui.edit.UpdateAnnotation;
import hamish.ui.reader.Highlight;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
    private final String author;
    private final CommandStack history = new CommandStack();

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
    private Runnable onAnnotationsCommitted = () -> { };
    private long nextPendingId = -1;
    private boolean changingAnnotations;

    public DocumentViewModel(StoreSession session, Catalog catalog, Clock clock, String author) {
        this.session = session;
        this.catalog = catalog;
        this.clock = clock;
        this.author = author;
        selected.addListener((o, a, b) -> refreshHighlights());
        currentTag.addListener((o, a, b) -> refreshHighlights());
        proposals.addListener((ListChangeListener<Span>) c -> refreshHighlights());
        catalog.tags().addListener((ListChangeListener<Tag>) c -> {
            refreshHighlights();
            if (currentTag.get() != null) {
                currentTag.set(catalog.tag(currentTag.get().id()).orElse(null));
            }
        });
    }

    // ---- commands -------------------------------------------------------------------------

    /** Opens a document; {@code then} runs on the UI thread once its text and annotations are shown. */
    public void open(long documentId, Runnable then) {
        loading.set(true);
        session.read(s -> {
                    Document d = s.documents().get(documentId).orElseThrow(
                            () -> new IllegalArgumentException("The document " + documentId + " is no longer in the database."));
                    // Counted here, off the UI thread: word segmentation of a long article takes a moment.
                    return new Loaded(d, s.annotations().forDocument(documentId), WordTokenizer.tokenize(d.text()).size());
                },
                loaded -> {
                    // Clear first: the reader must never hold this document's text with another's highlights.
                    pending.clear();
                    selected.set(null);
                    proposals.clear();
                    changingAnnotations = true;
                    try {
                        annotations.clear();
                        refreshHighlights();
                        wordCount.set(loaded.words());
                        document.set(loaded.document());
                        annotations.setAll(sorted(loaded.annotations()));
                    } finally {
                        changingAnnotations = false;
                    }
                    refreshHighlights();
                    loading.set(false);
                    then.run();
                }, failure -> loading.set(false));
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
        CreateAnnotations create = new CreateAnnotations(unsaved);
        session.write(s -> history.run(create, s.annotations()), change -> {
            pending.removeAll(shown);
            apply(change, false);
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
            if (unsaved.isEmpty()) {
                return null;
            }
            CreateAnnotations create = new CreateAnnotations(unsaved);
            history.run(create, s.annotations());
            return create;
        }, create -> {
            if (create != null) {
                apply(Change.saved(create.created().get(0).documentId(), create.created()), false);
                then.accept(create.created());
            }
        });
    }

    /** Rereads the open document's annotations (another window changed them), keeping the text and its scroll place. */
    public void reloadAnnotations() {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        session.read(s -> s.annotations().forDocument(doc.id()), fresh -> {
            if (document.get() != null && document.get().id() == doc.id()) {
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
        run(s -> history.run(new DeleteAnnotation(current(s, annotationId)), s.annotations()), false);
    }

    public void changeTag(long annotationId, Tag tag) {
        edit(annotationId, a -> a.withTag(tag.id(), clock.instant()));
        currentTag.set(tag);
    }

    public void changeNote(long annotationId, String note) {
        String text = note == null ? "" : note;
        Annotation shown = byId(annotationId).orElse(null);
        // Gone (deleted, or another document opened) or unchanged: nothing to write.
        if (shown == null || shown.note().equals(text)) {
            return;
        }
        edit(annotationId, a -> a.withNote(text, clock.instant()));
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
        byId(annotationId).flatMap(shown -> EntityAssignment.plan(shown, name, speaker, catalog, clock))
                .ifPresent(assignment -> session.write(s -> assignment.applyTo(s, history), done -> {
                    if (done.entity() != null) {
                        catalog.replaceEntity(done.entity());
                    }
                    apply(done.change(), false);
                }));
    }

    public void undo() {
        run(s -> history.undo(s.annotations()).orElse(null), true);
    }

    public void redo() {
        run(s -> history.redo(s.annotations()).orElse(null), true);
    }

    public void select(long annotationId) {
        selected.set(byId(annotationId).orElse(null));
    }

    public void clearSelection() {
        selected.set(null);
    }

    /** Runs after every committed change (the library refreshes its counts). */
    public void setOnAnnotationsCommitted(Runnable action) {
        onAnnotationsCommitted = action;
    }

    // ---- state ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
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

    private int indexOf(long id) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Annotation> byId(long id) {
        return annotations.stream().filter(a -> a.id() == id).findFirst();
    }

    /** The tooltip of a highlight: tag, entity or speaker, note. */
    public String describe(long annotationId) {
        return byId(annotationId).map(a -> HighlightLayers.describe(a, catalog)).orElse(null);
    }

    // ---- internals ------------------------------------------------------------------------

    private void edit(long annotationId, UnaryOperator<Annotation> change) {
        // Read the stored version in the background: an earlier edit may still be queued there.
        run(s -> {
            Annotation before = current(s, annotationId);
            return history.run(new UpdateAnnotation(before, change.apply(before)), s.annotations());
        }, false);
    }

    private void run(Function<Stores, Change> work, boolean showItsDocument) {
        session.write(work, change -> {
            if (change != null) {
                apply(change, showItsDocument);
            }
        });
    }

    private static Annotation current(Stores s, long id) {
        return s.annotations().get(id).orElseThrow(
                () -> new IllegalArgumentException("The annotation " + id + " no longer exists."));
    }

    /**
     * Shows a committed change. One for a document no longer open (the user moved on while it was
     * saved) only refreshes the library, unless it is an undo or redo: that opens the document it changed.
     */
    private void apply(Change change, boolean showItsDocument) {
        Document doc = document.get();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        if (doc == null || change.documentId() != doc.id()) {
            onAnnotationsCommitted.run();
            if (showItsDocument) {
                open(change.documentId(), () -> { });
            }
            return;
        }
        changingAnnotations = true;
        try {
            annotations.removeIf(a -> change.removed().contains(a.id()));
            for (Annotation a : change.saved()) {
                int at = indexOf(a.id());
                if (at >= 0) {
                    annotations.set(at, a);
                } else {
                    annotations.add(a);
                }
            }
            FXCollections.sort(annotations, BY_POSITION);
        } finally {
            changingAnnotations = false;
        }
        reselectAndRepaint();
        onAnnotationsCommitted.run();
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
        highlights.set(HighlightLayers.of(annotations, selected.get(), pending, proposals, currentTag.get(), catalog));
    }
    private static List<Annotation> sorted(List<Annotation> list) {
        return list.stream().sorted(BY_POSITION).toList();
    }

    private record Loaded(Document document, List<Annotation> annotations, int words) {
    }
}
