package hamish.ui.library;

import hamish.app.Collections;
import hamish.app.DocumentDetails;
import hamish.app.DocumentListing;
import hamish.app.Importing;
import hamish.app.Origin;
import hamish.app.history.Change;
import hamish.io.ImportOutcome;
import hamish.model.DocumentCollection;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import hamish.text.ArabicNormalizer;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The library: every document's summary, a filter on title and outlet that ignores hamza, harakat
 * and the other spelling variants ArabicNormalizer folds, importing dropped files and folders, and
 * setting a document's details (an undoable step of the window whose Ctrl+Z undoes it).
 *
 * <p>Collections: the list shows every document or one collection's; it is sorted ({@link DocumentListing.Sort})
 * and narrowed to one outlet and a date range. The outlet chooser counts the reports each outlet has in what the
 * collection shows. Creating, renaming and deleting a collection and putting documents in or out are undoable
 * steps of the same window, like a details change.
 */
public final class LibraryViewModel {

    /** A committed details change, with the undo state of the scope that made it, read where the history lives. */
    public record DetailsCommitted(Change change, boolean canUndo, boolean canRedo) {
    }

    private final StoreSession session;
    private final Messages messages;
    private final Clock clock;
    private Origin origin;
    private Consumer<DetailsCommitted> onDetailsCommitted = committed -> { };
    private final ObservableList<DocumentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<DocumentSummary> filtered = new FilteredList<>(all);
    private final SortedList<DocumentSummary> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<CollectionChoice> collections = FXCollections.observableArrayList(CollectionChoice.everyDocument(0));
    private final ObjectProperty<CollectionChoice> collection = new SimpleObjectProperty<>(collections.get(0));
    // The ids of the shown collection's documents, read with the collection; unused while every document is shown.
    private Set<Long> members = Set.of();
    private final ObservableList<OutletChoice> outlets = FXCollections.observableArrayList(new OutletChoice(null, 0));
    private final ObjectProperty<OutletChoice> outlet = new SimpleObjectProperty<>(outlets.get(0));
    private final ObjectProperty<DocumentListing.Sort> sort = new SimpleObjectProperty<>(DocumentListing.Sort.IMPORTED);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper filesDone = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper filesTotal = new ReadOnlyIntegerWrapper();

    /**
     * On a team database the rows changed here (details, collections) name the user, not the window, so that the
     * others see who did what; the Ctrl+Z scope stays the window's.
     */
    public void setWriter(String writer) {
        origin = new Origin(origin.scope(), writer == null ? "" : writer);
    }

    /** {@code origin}: the window whose Ctrl+Z undoes a details change made here, and the writer its rows name. */
    public LibraryViewModel(StoreSession session, Messages messages, Clock clock, Origin origin) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.origin = origin;
        filter.addListener((o, a, b) -> applyFilter());
        outlet.addListener((o, a, b) -> applyFilter());
        from.addListener((o, a, b) -> applyFilter());
        to.addListener((o, a, b) -> applyFilter());
        sort.addListener((o, a, b) -> shown.setComparator(b == null ? null : b.comparator()));
        collection.addListener((o, a, b) -> {
            // The same collection with a new size or name (a reload) keeps its members; another one reads its own.
            if (b == null) {
                collection.set(collections.get(0));
            } else if (a == null || a.id() != b.id()) {
                loadMembers(b);
            }
        });
        shown.setComparator(sort.get().comparator());
    }

    public void setDocuments(List<DocumentSummary> summaries) {
        all.setAll(summaries);
        refreshOutlets();
    }

    /** Rereads the documents, the collections and the shown collection's members (after any change or undo). */
    public void reload() {
        long shownId = collection.get().id();
        session.read(s -> load(s, shownId), this::show);
    }

    /** The documents, collections and members of collection {@code shownId} (0: none), read on one snapshot. */
    private static LibraryState load(Stores s, long shownId) {
        return s.readConsistently(() -> new LibraryState(s.documents().list(), s.collections().list(),
                shownId == 0 ? Set.of() : new HashSet<>(s.collections().documentIds(shownId))));
    }

    private void show(LibraryState state) {
        all.setAll(state.documents());
        members = state.members();
        CollectionChoice shownBefore = collection.get();
        // One list change: the chooser and the "Add to collection" menu rebuild once.
        List<CollectionChoice> choices = new java.util.ArrayList<>();
        choices.add(CollectionChoice.everyDocument(state.documents().size()));
        state.collections().forEach(c -> choices.add(CollectionChoice.of(c)));
        collections.setAll(choices);
        // The shown collection follows its new size and name; gone (deleted, or its creation undone): every document.
        collection.set(collections.stream().filter(c -> c.id() == shownBefore.id()).findFirst().orElse(collections.get(0)));
        applyFilter();
    }

    private void loadMembers(CollectionChoice choice) {
        if (choice.isEveryDocument()) {
            members = Set.of();
            applyFilter();
            return;
        }
        session.read(s -> new HashSet<>(s.collections().documentIds(choice.id())), ids -> {
            if (collection.get().id() == choice.id()) {
                members = ids;
                applyFilter();
            }
        });
    }

    // ---- collections: each change one step of this window's history --------------------------------------

    /** Why {@code name} cannot name a collection, or empty when it can (the dialog asks before it closes). */
    public Optional<String> checkCollectionName(String name) {
        try {
            Collections.checkName(name);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void createCollection(String name) {
        changeCollections(c -> {
            c.create(origin, name);
            return Change.none();
        });
    }

    /** Renames the shown collection. */
    public void renameShownCollection(String name) {
        long id = collection.get().id();
        if (id != 0) {
            changeCollections(c -> c.rename(origin, id, name));
        }
    }

    /** Deletes the shown collection (never its documents); the list then shows every document. */
    public void deleteShownCollection() {
        long id = collection.get().id();
        if (id != 0) {
            changeCollections(c -> c.delete(origin, id));
        }
    }

    public void addToCollection(long collectionId, List<Long> documentIds) {
        if (!documentIds.isEmpty()) {
            changeCollections(c -> {
                c.add(origin, collectionId, documentIds);
                return Change.none();
            });
        }
    }

    /** Takes the documents out of the shown collection (not out of the library). */
    public void removeFromShownCollection(List<Long> documentIds) {
        long id = collection.get().id();
        if (id != 0 && !documentIds.isEmpty()) {
            changeCollections(c -> {
                c.remove(origin, id, documentIds);
                return Change.none();
            });
        }
    }

    private void changeCollections(Function<Collections, Change> work) {
        long shownId = collection.get().id();
        session.write(s -> {
            Change change = work.apply(new Collections(s, session.history(), clock));
            return new CollectionsResult(new DetailsCommitted(change, session.history().canUndo(origin.scope()),
                    session.history().canRedo(origin.scope())), load(s, shownId));
        }, done -> {
            show(done.state());
            onDetailsCommitted.accept(done.committed());
        });
    }

    /**
     * Imports files and folders in the background, reporting each file as it is done; at the end
     * tells the user what happened and, when exactly one document was new, opens it.
     */
    public void importPaths(List<Path> filesOrFolders, LongConsumer openDocument) {
        if (filesOrFolders.isEmpty()) {
            return;
        }
        importing.set(true);
        filesDone.set(0);
        filesTotal.set(0);
        session.write(s -> {
            // Listing first gives the progress bar a total; folders of thousands of files are the case it is for.
            int total = Importing.fileCount(filesOrFolders);
            session.executor().onUiThread(() -> filesTotal.set(total));
            AnnotationImports annotations = new AnnotationImports();
            Runnable oneMore = () -> session.executor().onUiThread(() -> filesDone.set(filesDone.get() + 1));
            Importing.run(s, filesOrFolders, annotations.counting(oneMore));
            return new ImportResult(annotations.outcomes(), annotations, s.documents().list());
        }, result -> {
            importing.set(false);
            setDocuments(result.summaries());
            ImportSummary summary = ImportSummary.of(result.outcomes());
            String text = result.annotations().describe(messages) + summary.describe(messages);
            if (summary.refused().isEmpty()) {
                session.notifier().info(text);
            } else {
                session.notifier().error(text);
            }
            summary.onlyNewDocument().ifPresent(openDocument::accept);
        }, failure -> importing.set(false));
    }

    /**
     * Why the details a form holds cannot be saved (the field and the value), or empty when they can; reads
     * nothing, so the dialog may ask on the UI thread before it closes.
     */
    public Optional<String> checkDetails(long documentId, String title, String outlet, String date, String url) {
        return checkDetails(documentId, DocumentDetails.Request.of(title, outlet, date, url));
    }

    /** As above, the author too. */
    public Optional<String> checkDetails(long documentId, String title, String outlet, String date, String url, String author) {
        return checkDetails(documentId, DocumentDetails.Request.of(title, outlet, date, url, author));
    }

    private Optional<String> checkDetails(long documentId, DocumentDetails.Request request) {
        try {
            DocumentDetails.check(documentId, request);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Sets a document's title, outlet, date and URL (empty: unknown) as one undoable step, in the background;
     * the list shows them once committed. Details already so make no step.
     */
    public void changeDetails(long documentId, String title, String outlet, String date, String url) {
        changeDetails(documentId, DocumentDetails.Request.of(title, outlet, date, url));
    }

    /** As above, the author too (empty: unknown). */
    public void changeDetails(long documentId, String title, String outlet, String date, String url, String author) {
        changeDetails(documentId, DocumentDetails.Request.of(title, outlet, date, url, author));
    }

    private void changeDetails(long documentId, DocumentDetails.Request request) {
        session.write(s -> {
            Change change = new DocumentDetails(s, session.history(), clock)
                    .change(origin, documentId, request).change();
            return new DetailsResult(new DetailsCommitted(change, session.history().canUndo(origin.scope()),
                    session.history().canRedo(origin.scope())), s.documents().list());
        }, done -> {
            setDocuments(done.summaries());
            if (!done.committed().change().documents().isEmpty()) {
                onDetailsCommitted.accept(done.committed());
            }
        });
    }

    /**
     * Hears of every committed step of the library: a details change (the open document's title follows) or a
     * collection change (only the window's undo state follows).
     */
    public void setOnDetailsCommitted(Consumer<DetailsCommitted> action) {
        onDetailsCommitted = action;
    }

    private void applyFilter() {
        String q = ArabicNormalizer.fold(filter.get() == null ? "" : filter.get().strip());
        Predicate<DocumentSummary> text = q.isEmpty() ? d -> true
                : d -> ArabicNormalizer.fold(d.title()).contains(q) || ArabicNormalizer.fold(d.outlet()).contains(q);
        Predicate<DocumentSummary> inCollection = inShownCollection();
        Predicate<DocumentSummary> listing;
        try {
            OutletChoice o = outlet.get();
            listing = new DocumentListing.Filter(o == null || o.isEveryOutlet() ? null : o.outlet(), from.get(), to.get()).predicate();
        } catch (IllegalArgumentException endBeforeStart) {
            // A range that ends before it starts holds no document; the pickers show what was chosen.
            listing = d -> false;
        }
        filtered.setPredicate(inCollection.and(text).and(listing));
        refreshOutlets();
    }

    private Predicate<DocumentSummary> inShownCollection() {
        Set<Long> in = members;
        return collection.get().isEveryDocument() ? d -> true : d -> in.contains(d.id());
    }

    /** The outlets of the shown collection, with their counts; the chosen one stays chosen while it is there. */
    private void refreshOutlets() {
        List<DocumentSummary> inCollection = all.stream().filter(inShownCollection()).toList();
        OutletChoice chosen = outlet.get();
        List<OutletChoice> fresh = new java.util.ArrayList<>();
        fresh.add(new OutletChoice(null, inCollection.size()));
        DocumentListing.outletCounts(inCollection).forEach(c -> fresh.add(new OutletChoice(c.outlet(), c.count())));
        if (fresh.equals(outlets)) {
            return;
        }
        outlets.setAll(fresh);
        OutletChoice again = fresh.stream().filter(c -> chosen != null && java.util.Objects.equals(c.outlet(), chosen.outlet()))
                .findFirst().orElse(fresh.get(0));
        outlet.set(again);
    }

    /** The documents shown: the shown collection's (or all), filtered, sorted. */
    public ObservableList<DocumentSummary> documents() {
        return shown;
    }

    /** "Every document" first, then each collection by name, each with its size. */
    public ObservableList<CollectionChoice> collections() {
        return collections;
    }

    /** The collection shown; never null ("every document" is a choice). */
    public ObjectProperty<CollectionChoice> collectionProperty() {
        return collection;
    }

    /** "Every outlet" first, then the shown collection's outlets, most reports first. */
    public ObservableList<OutletChoice> outlets() {
        return outlets;
    }

    public ObjectProperty<OutletChoice> outletProperty() {
        return outlet;
    }

    public ObjectProperty<DocumentListing.Sort> sortProperty() {
        return sort;
    }

    /** The first day shown (null: no limit); a document without a date is outside a range with an end. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<DocumentSummary> allDocuments() {
        return all;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty filesDoneProperty() {
        return filesDone.getReadOnlyProperty();
    }

    /** How many files the running import will go through (0 until they are listed). */
    public ReadOnlyIntegerProperty filesTotalProperty() {
        return filesTotal.getReadOnlyProperty();
    }

    private record LibraryState(List<DocumentSummary> documents, List<DocumentCollection> collections, Set<Long> members) {
    }

    private record CollectionsResult(DetailsCommitted committed, LibraryState state) {
    }

    private record DetailsResult(DetailsCommitted committed, List<DocumentSummary> summaries) {
    }

    private record ImportResult(List<ImportOutcome> outcomes, AnnotationImports annotations, List<DocumentSummary> summaries) {
    }
}
