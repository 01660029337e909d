package hamish.ui.curation;

import hamish.app.Curating;
import hamish.app.Curating.Item;
import hamish.app.Curating.Side;
import hamish.app.Origin;
import hamish.model.Annotation;
import hamish.model.CuratableDocument;
import hamish.model.Document;
import hamish.store.Stores;
import hamish.ui.common.Catalog;
import hamish.ui.common.StoreSession;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The curation view of one document between two annotators A and B ({@link Curating}): the items in document order,
 * the highlights of A, of B and of the curated layer, the selected item, and the curator's decisions, each one step of
 * the database's edit history in this window's own undo scope, its rows written by the curator (the window's user
 * name). The decisions are read with the items, so a "neither" taken in an earlier window or by another curator shows.
 * The documents there are to curate (two or more annotators) can be chosen from. Every read and write runs on the
 * session's background thread; results come back on the FX thread.
 */
public final class CurationViewModel {

    /** The undo scope of curation windows: Ctrl+Z there undoes the curator's last decision. */
    public static final String SCOPE = "curation window";

    /** What one reading holds: the items, and whether this window's scope can undo or redo now. */
    record Loaded(Curating.Items items, boolean canUndo, boolean canRedo) {
    }

    private final StoreSession session;
    private final Catalog catalog;
    private final Clock clock;
    private final Origin origin;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CuratableDocument> documents = FXCollections.observableArrayList();
    private final ObjectProperty<CuratableDocument> chosenDocument = new SimpleObjectProperty<>();
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final StringProperty userA = new SimpleStringProperty();
    private final StringProperty userB = new SimpleStringProperty();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Highlight>> highlightsA = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Highlight>> highlightsB = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Highlight>> highlightsCurated = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final StringProperty problem = new SimpleStringProperty("");
    private List<Annotation> curatedLayer = List.of();
    private Runnable onChanged = () -> { };
    private boolean choosing;

    public CurationViewModel(StoreSession session, Catalog catalog, Clock clock, String curator) {
        this.session = session;
        this.catalog = catalog;
        this.clock = clock;
        this.origin = new Origin(SCOPE, curator);
        userA.addListener((o, a, b) -> usersChanged());
        userB.addListener((o, a, b) -> usersChanged());
        selected.addListener((o, a, b) -> refreshHighlights());
        // The curator chose another document in the window: it is opened with the same A and B, if they annotated it.
        chosenDocument.addListener((o, was, now) -> {
            Document shown = document.get();
            if (!choosing && now != null && (shown == null || now.id() != shown.id())) {
                open(now.id(), this::selectFirstIfNone);
            }
        });
    }

    private void selectFirstIfNone() {
        if (!items.isEmpty() && selected.get() == null) {
            selected.set(items.get(0));
        }
    }

    /**
     * Reads the document, its annotators and the documents there are to curate; A and B stay as they were when both
     * annotated this document too, else they are its first two annotators (by name); then the items.
     */
    public void open(long documentId, Runnable then) {
        session.read(s -> {
            Curating curating = curating(s);
            Document d = s.documents().get(documentId).orElseThrow(() -> new Curating.RefusedException("no document with id " + documentId));
            return new Opened(d, curating.annotators(documentId), curating.documents());
        }, opened -> {
            Document d = opened.document();
            List<String> names = opened.annotators();
            boolean keep = userA.get() != null && userB.get() != null && names.contains(userA.get()) && names.contains(userB.get());
            String a = keep ? userA.get() : names.size() > 0 ? names.get(0) : null;
            String b = keep ? userB.get() : names.size() > 1 ? names.get(1) : null;
            choosing = true;
            selected.set(null);
            document.set(d);
            annotators.setAll(names);
            userA.set(a);
            userB.set(b);
            showDocuments(opened.documents(), d, names.size());
            choosing = false;
            reload(then);
        });
    }

    /** Opens the first document there is to curate; {@code none} runs instead when there is none. */
    public void openFirst(Runnable then, Runnable none) {
        session.read(s -> curating(s).documents(), found -> {
            if (found.isEmpty()) {
                none.run();
            } else {
                open(found.get(0).id(), then);
            }
        });
    }

    /** Reads the documents there are to curate again (another annotator may have started on one since). */
    public void refreshDocuments() {
        session.read(s -> curating(s).documents(), found -> {
            Document d = document.get();
            choosing = true;
            showDocuments(found, d, annotators.size());
            choosing = false;
        });
    }

    /** The list to choose from, with the document shown in it even when it has fewer than two annotators. */
    private void showDocuments(List<CuratableDocument> found, Document current, int currentAnnotators) {
        List<CuratableDocument> list = new ArrayList<>(found);
        CuratableDocument entry = current == null ? null
                : list.stream().filter(x -> x.id() == current.id()).findFirst().orElse(null);
        if (current != null && entry == null) {
            entry = new CuratableDocument(current.id(), current.title(), currentAnnotators);
            list.add(0, entry);
        }
        documents.setAll(list);
        chosenDocument.set(entry);
    }

    private record Opened(Document document, List<String> annotators, List<CuratableDocument> documents) {
    }

    private void usersChanged() {
        if (!choosing) {
            reload(() -> { });
        }
    }

    /** Reads the items again (after a decision here, or a change elsewhere). */
    public void reload(Runnable then) {
        Document d = document.get();
        String a = userA.get();
        String b = userB.get();
        if (d == null || a == null || b == null || a.equals(b)) {
            problem.set(d == null ? "" : annotators.size() < 2 ? "needTwo" : "sameUser");
            show(null);
            then.run();
            return;
        }
        problem.set("");
        session.read(s -> load(s, d.id(), a, b), loaded -> {
            show(loaded);
            then.run();
        });
    }

    /** Removes this window's listener for other users' changes; nothing while none is set. */
    private Runnable stopWatching = () -> { };

    /**
     * On a team database, reads the items again when another user changes annotations, tags or decisions (another
     * curator deciding the same document), until {@link #stopWatchingOthers}.
     */
    public void watchOthers() {
        if (session.onServer()) {
            stopWatching.run();
            stopWatching = session.addOthersChangedListener(tables -> {
                if (tables.contains("annotation") || tables.contains("curation_decision") || tables.contains("tag") || tables.contains("*")) {
                    javafx.application.Platform.runLater(() -> reload(() -> { }));
                }
            });
        }
    }

    public void stopWatchingOthers() {
        stopWatching.run();
        stopWatching = () -> { };
    }

    /** The curator's decision on the selected item; then the next open item is selected. */
    public void decide(Side side) {
        Item item = selected.get();
        if (item != null) {
            decide(item, side);
        }
    }

    public void decide(Item item, Side side) {
        Document d = document.get();
        String a = userA.get();
        String b = userB.get();
        if (d == null || (side != Side.NEITHER && item.of(side) == null)) {
            return;
        }
        int at = items.indexOf(item);
        write(s -> {
            curating(s).accept(origin, d.id(), a, b, item, side);
            return load(s, d.id(), a, b);
        }, () -> { }, () -> selectNextOpen(at));
    }

    /** Accepts every exact match not yet curated, as one step. */
    public void acceptAgreements() {
        Document d = document.get();
        if (d == null || userA.get() == null || userB.get() == null || userA.get().equals(userB.get())) {
            return;
        }
        String a = userA.get();
        String b = userB.get();
        write(s -> {
            curating(s).acceptAgreements(origin, d.id(), a, b);
            return load(s, d.id(), a, b);
        }, () -> { }, () -> { });
    }

    public void undo() {
        history(c -> c.undo(origin));
    }

    public void redo() {
        history(c -> c.redo(origin));
    }

    private void history(Function<Curating, Optional<?>> move) {
        Document d = document.get();
        String a = userA.get();
        String b = userB.get();
        write(s -> {
            move.apply(curating(s));
            return d == null || a == null || b == null || a.equals(b) ? null : load(s, d.id(), a, b);
        }, () -> { }, () -> { });
    }

    /** {@code before} runs once the work is committed, before the items are shown again; {@code then} after. */
    private void write(Function<Stores, Loaded> work, Runnable before, Runnable then) {
        session.write(work, loaded -> {
            before.run();
            if (loaded != null) {
                show(loaded);
            }
            onChanged.run();
            then.run();
        }, failure -> reload(() -> { }));
    }

    private Loaded load(Stores s, long documentId, String a, String b) {
        return new Loaded(curating(s).items(documentId, a, b), session.history().canUndo(SCOPE), session.history().canRedo(SCOPE));
    }

    private Curating curating(Stores s) {
        return new Curating(s, session.history(), clock);
    }

    private void show(Loaded loaded) {
        Item was = selected.get();
        if (loaded == null) {
            items.clear();
            curatedLayer = List.of();
            selected.set(null);
            refreshHighlights();
            return;
        }
        canUndo.set(loaded.canUndo());
        canRedo.set(loaded.canRedo());
        curatedLayer = loaded.items().curatedLayer();
        items.setAll(loaded.items().items());
        Item again = was == null ? null : items.stream().filter(i -> key(i).equals(key(was))).findFirst().orElse(null);
        if (again != null && again != selected.get()) {
            selected.set(again);
        }
        refreshHighlights();
    }

    private void selectNextOpen(int from) {
        for (int k = 1; k <= items.size(); k++) {
            Item next = items.get(Math.floorMod(from + k, items.size()));
            if (state(next) == State.OPEN) {
                selected.set(next);
                return;
            }
        }
    }

    private void refreshHighlights() {
        Item focus = selected.get();
        List<Highlight> a = new ArrayList<>();
        List<Highlight> b = new ArrayList<>();
        for (Item i : items) {
            if (i.a() != null) {
                a.add(highlight(i.a(), focus != null && focus.a() != null && focus.a().id() == i.a().id()));
            }
            if (i.b() != null) {
                b.add(highlight(i.b(), focus != null && focus.b() != null && focus.b().id() == i.b().id()));
            }
        }
        List<Highlight> c = new ArrayList<>();
        for (Annotation x : curatedLayer) {
            c.add(highlight(x, focus != null && focus.curated().stream().anyMatch(f -> f.id() == x.id())));
        }
        highlightsA.set(List.copyOf(a));
        highlightsB.set(List.copyOf(b));
        highlightsCurated.set(List.copyOf(c));
    }

    private Highlight highlight(Annotation x, boolean focus) {
        return new Highlight(x.id(), x.span(), catalog.colour(x.tagId()), focus ? HighlightStyle.FOCUS : HighlightStyle.FILL);
    }

    /** Where an item stands: not decided, A's or B's span accepted, neither, or curated otherwise (edited since). */
    public enum State { OPEN, A, B, NEITHER, CURATED }

    public State state(Item item) {
        Optional<Side> decision = item.decision();
        if (decision.isPresent()) {
            return switch (decision.get()) {
                case A -> State.A;
                case B -> State.B;
                case NEITHER -> State.NEITHER;
            };
        }
        return item.done() ? State.CURATED : State.OPEN;
    }

    /** How many items are decided. */
    public long decided() {
        return items.stream().filter(i -> state(i) != State.OPEN).count();
    }

    /** The item holding the annotation {@code id} of A, of B or of the curated layer. */
    public Optional<Item> itemOf(long annotationId) {
        return items.stream().filter(i -> (i.a() != null && i.a().id() == annotationId) || (i.b() != null && i.b().id() == annotationId)
                || i.curated().stream().anyMatch(c -> c.id() == annotationId)).findFirst();
    }

    /** The tooltip of a highlight: tag, entity, speaker, note. */
    public String describe(long annotationId) {
        Annotation x = items.stream().flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.a(), i.b()), i.curated().stream()))
                .filter(y -> y != null && y.id() == annotationId).findFirst().orElse(null);
        if (x == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(catalog.tagName(x.tagId()));
        String entity = catalog.entityName(x.entityId());
        String speaker = catalog.entityName(x.speakerEntityId());
        if (!entity.isEmpty()) {
            sb.append(" · ").append(entity);
        }
        if (!speaker.isEmpty()) {
            sb.append(" · ").append(speaker);
        }
        if (!x.note().isEmpty()) {
            sb.append('\n').append(x.note());
        }
        return sb.toString();
    }

    private static String key(Item i) {
        return (i.a() == null ? 0 : i.a().id()) + "/" + (i.b() == null ? 0 : i.b().id());
    }

    /** Runs after every decision, undo and redo here: the main window's counts and highlights follow. */
    public void setOnChanged(Runnable action) {
        onChanged = action == null ? () -> { } : action;
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The documents there are to curate, the one shown among them. */
    public ObservableList<CuratableDocument> documents() {
        return documents;
    }

    /** The document shown, as an entry of {@link #documents}; set by opening one. */
    public ObjectProperty<CuratableDocument> chosenDocumentProperty() {
        return chosenDocument;
    }

    public ObservableList<String> annotators() {
        return annotators;
    }

    public StringProperty userAProperty() {
        return userA;
    }

    public StringProperty userBProperty() {
        return userB;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsAProperty() {
        return highlightsA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsBProperty() {
        return highlightsB.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Highlight>> curatedHighlightsProperty() {
        return highlightsCurated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Empty, or why there is nothing to curate: "needTwo" (fewer than two annotators), "sameUser". */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Tells the user something in the main window's way (the status line). */
    public void inform(String message) {
        session.notifier().info(message);
    }

    public Catalog catalog() {
        return catalog;
    }

    public String curator() {
        return origin.writer();
    }
}
