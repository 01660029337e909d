package hamish.ui.compare;

import hamish.analysis.ClaimMatrix;
import hamish.analysis.ClaimSuggester;
import hamish.analysis.ClaimSuggestion;
import hamish.analysis.EntityProposal;
import hamish.analysis.NamingTable;
import hamish.analysis.Overview;
import hamish.app.Aligning;
import hamish.app.Annotating;
import hamish.app.CompareTables;
import hamish.app.EntityForms;
import hamish.app.Linking;
import hamish.app.MentionService;
import hamish.app.Origin;
import hamish.app.Discovering;
import hamish.app.history.Change;
import hamish.io.CompareCsv;
import hamish.io.SafeOutput;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.text.AlignedPair;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.common.Catalog;
import hamish.ui.common.StoreSession;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Two to four documents side by side. Each pane is a {@link DocumentViewModel} (the main window's, so tagging,
 * selecting and undo work in every pane as in the main reader); this view-model adds what spans the panes: the
 * focused entity (its mentions highlighted in every pane), proposed mentions of it to accept or reject, links
 * between claims of two panes, the naming table and claim matrix, and sentence pairs of every two documents.
 * All store work goes through the window's session, on its background thread.
 */
public final class CompareViewModel {

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    private final StoreSession session;
    private final Catalog catalog;
    private final Clock clock;
    private final String author;
    private final List<DocumentViewModel> panes = new ArrayList<>();
    private final ObjectProperty<Entity> focused = new SimpleObjectProperty<>();
    /** An entity just accepted from "Who is here", to choose once the entity list holding it is read (0: none). */
    private long focusWhenListed;
    private final ObservableList<EntityProposal> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NamingTable> naming = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClaimMatrix> claims = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AlignedPair> pairs = FXCollections.observableArrayList();
    private final FilteredList<AlignedPair> shownPairs = new FilteredList<>(pairs);
    private final ObservableList<ClaimSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ObservableList<Entity> ranked = FXCollections.observableArrayList();
    private final ObservableList<Discovering.Candidate> candidates = FXCollections.observableArrayList();
    private final Map<Long, Integer> mentionCounts = new HashMap<>();
    // Counts the committed changes to entities (names, aliases, removed forms), for views that show an entity's forms.
    private final ReadOnlyIntegerWrapper entityChanges = new ReadOnlyIntegerWrapper();
    private final Origin origin;
    private boolean batching;
    private Runnable onChanged = () -> { };
    // Created and used on the background thread only: it holds the store.
    private MentionService service;

    public CompareViewModel(StoreSession session, Catalog catalog, Clock clock, String author, int paneCount) {
        if (paneCount < 2 || paneCount > 4) {
            throw new IllegalArgumentException("compare two to four documents, not " + paneCount);
        }
        this.session = session;
        this.catalog = catalog;
        this.clock = clock;
        this.author = author;
        // One scope per compare window: Ctrl+Z in any of its panes undoes its latest step, in a pane or
        // across them (a link, a merge); the rows each pane writes still name that pane.
        String scope = "compare window " + WINDOWS.incrementAndGet();
        // On a team database every row names the user who wrote it (ADR 10), not the window or pane.
        this.origin = session.onServer() ? new Origin(scope, author) : Origin.of(scope);
        for (int i = 0; i < paneCount; i++) {
            DocumentViewModel pane = new DocumentViewModel(session, catalog, clock, author, new Origin(scope, "compare pane " + (i + 1)));
            if (session.onServer()) {
                pane.useUserAsWriter();
            }
            // A step of this window reloads the tables once after showing it in every pane (commit), not once per pane.
            pane.setOnAnnotationsCommitted(() -> {
                if (!batching) {
                    refreshTables();
                }
            });
            pane.annotations().addListener((ListChangeListener<Annotation>) c -> rerank());
            panes.add(pane);
        }
        catalog.entities().addListener((ListChangeListener<Entity>) c -> rerank());
        focused.addListener((o, a, b) -> proposals.clear());
        proposals.addListener((ListChangeListener<EntityProposal>) c -> redrawProposals());
        suggestions.addListener((ListChangeListener<ClaimSuggestion>) c -> redrawProposals());
        // Ranked now, not only on a later change: documents without any annotation fire none, and their
        // entities must still be listed to choose from.
        rerank();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Opens one document per pane; {@code then} runs once all are shown and the tables are built. */
    public void open(List<Long> documentIds, Runnable then) {
        if (documentIds.size() != panes.size()) {
            throw new IllegalArgumentException(documentIds.size() + " documents for " + panes.size() + " panes");
        }
        int[] left = {panes.size()};
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).open(documentIds.get(i), () -> {
                if (--left[0] == 0) {
                    alignAll();
                    refreshTables(then);
                }
            });
        }
    }

    /** Proposes every mention of the focused entity in every pane, drawn dashed until accepted or rejected. */
    public void findMentions() {
        Entity entity = focused.get();
        List<Document> docs = documents();
        if (entity == null || docs.size() != panes.size()) {
            return;
        }
        session.read(s -> service(s).propose(entity, docs), found -> {
            if (entity.equals(focused.get())) {
                proposals.setAll(found);
            }
        });
    }

    public void accept(EntityProposal p) {
        acceptAll(List.of(p));
    }

    /**
     * Stores the proposals as mentions of their entity: one undoable step in each pane they fall in (Ctrl+Z
     * there takes them back); the rest stay proposed.
     */
    public void acceptAll(List<EntityProposal> chosen) {
        storePerPane(chosen, EntityProposal::documentId, (s, docs, items) -> service(s).toAnnotations(items), proposals);
    }

    /** The Accept all button: every proposal but the typos, which are accepted one by one. */
    public void acceptAllButTypos() {
        acceptAll(MentionService.acceptableInBulk(List.copyOf(proposals)));
    }

    /** Accepts the dashed proposal (mention or suggested quote/claim) drawn at {@code span} in pane {@code i}, if any. */
    public void acceptAt(int i, Span span) {
        Document d = panes.get(i).documentProperty().get();
        if (d == null) {
            return;
        }
        proposals.stream().filter(p -> p.documentId() == d.id() && p.span().equals(span)).findFirst().ifPresentOrElse(this::accept,
                () -> suggestions.stream().filter(c -> c.documentId() == d.id() && c.span().equals(span)).findFirst()
                        .ifPresent(c -> acceptSuggestions(List.of(c))));
    }

    public void reject(EntityProposal p) {
        proposals.remove(p);
    }

    public void rejectAll() {
        batch(() -> {
            proposals.clear();
            suggestions.clear();
        });
    }

    /** Proposes the quotes and claims of every pane (speaker filled when it names a known entity), drawn dashed. */
    public void suggestClaims() {
        List<Document> docs = documents();
        List<Entity> known = List.copyOf(catalog.entities());
        session.read(s -> {
            List<ClaimSuggestion> found = new ArrayList<>();
            for (Document d : docs) {
                found.addAll(ClaimSuggester.suggest(d, known, s.annotations().forDocument(d.id()), s.tags().list()));
            }
            return found;
        }, suggestions::setAll);
    }

    /** Stores every suggested quote and claim with its speaker: one undoable step in each pane. */
    public void acceptSuggestions() {
        acceptSuggestions(List.copyOf(suggestions));
    }

    private void acceptSuggestions(List<ClaimSuggestion> chosen) {
        storePerPane(chosen, ClaimSuggestion::documentId, (s, docs, items) -> {
            List<hamish.model.Tag> palette = s.tags().list();
            return items.stream().map(c -> ClaimSuggester.toAnnotation(c, docs.get(c.documentId()), palette, author, clock.instant()))
                    .toList();
        }, suggestions);
    }

    /** How proposed items of the open documents become the annotations that accept them (on the store's thread). */
    private interface Acceptance<T> {
        List<Annotation> toAnnotations(Stores s, Map<Long, Document> documents, List<T> items);
    }

    /**
     * Stores the chosen proposals of every pane as one undoable step of this window, in one background task;
     * on the FX thread each pane's list, the proposals and the entity ranking then change once.
     */
    private <T> void storePerPane(List<T> chosen, ToLongFunction<T> documentOf, Acceptance<T> acceptance, ObservableList<T> proposedIn) {
        Map<Long, Document> open = new HashMap<>();
        documents().forEach(d -> open.put(d.id(), d));
        List<T> batch = chosen.stream().filter(t -> open.containsKey(documentOf.applyAsLong(t))).toList();
        if (batch.isEmpty()) {
            return;
        }
        commit(s -> {
            List<Annotation> unsaved = acceptance.toAnnotations(s, open, batch);
            List<Annotation> stored = annotating(s).tag(origin, unsaved);
            return new Change(stored.stream().map(Annotation::documentId).collect(java.util.stream.Collectors.toSet()), stored,
                    List.of(), false, false);
        }, () -> withdraw(proposedIn, batch));
    }

    /**
     * Takes the accepted items out of their list in one change. Not {@code removeAll(batch)}: that asks the
     * batch list {@code contains} for every item shown, N x N comparisons, which cost most of the FX
     * thread's 50 to 200 ms callback for 2,000 mentions; a hash set makes it one pass.
     */
    private static <T> void withdraw(ObservableList<T> proposedIn, List<T> accepted) {
        Set<T> gone = new HashSet<>(accepted);
        List<T> left = proposedIn.stream().filter(t -> !gone.contains(t)).toList();
        if (left.size() != proposedIn.size()) {
            proposedIn.setAll(left);
        }
    }

    /** Links the annotations selected in two panes (the first two panes with a selection) as {@code type}: one undoable step. */
    public void linkSelected(LinkType type) {
        List<Annotation> chosen = panes.stream().map(p -> p.selectedProperty().get()).filter(Objects::nonNull).limit(2).toList();
        if (chosen.size() < 2) {
            session.notifier().error("Select one annotation in each of two panes to link them.");
            return;
        }
        commit(s -> linking(s).link(origin, author, chosen.get(0).id(), chosen.get(1).id(), type), () -> { });
    }

    /** Removes a link between two claims (the annotations stay): one undoable step. */
    public void deleteLink(Link link) {
        commit(s -> linking(s).unlink(origin, link), () -> { });
    }

    /** Turns a sentence pair into two Claim annotations, in the two documents it joins, linked as the same claim: one undoable step. */
    public void linkPair(AlignedPair pair) {
        List<Document> docs = documents();
        Document first = docs.get(pair.first());
        Document second = docs.get(pair.second());
        commit(s -> linking(s).linkAsSameClaim(origin, first, pair.a(), second, pair.b(), author), () -> { });
    }

    /**
     * Makes the annotation selected in pane {@code i} a mention of an entity named by its text (an existing one
     * whose name or alias folds alike, else a new one of the tag's type), and focuses that entity.
     */
    public void entityFromSelection(int i) {
        Annotation a = panes.get(i).selectedProperty().get();
        if (a != null) {
            String name = a.quote().strip();
            panes.get(i).assignEntity(a.id(), name);
            session.read(s -> s.entities().findByName(name), found -> found.ifPresent(focused::set));
        }
    }

    /** Gives {@code keep} the mentions, name and aliases of {@code other}, then forgets {@code other}: one undoable step. */
    public void merge(Entity keep, Entity other) {
        commit(s -> linking(s).merge(origin, keep.id(), other.id()), () -> focused.set(catalog.entity(keep.id()).orElse(null)));
    }

    /** The forms of {@code entity} (names, generated forms, removed ones), read in the background for "Forms…". */
    public void loadForms(Entity entity, Consumer<List<EntityForms.Form>> shown) {
        session.read(s -> entityForms(s).list(entity.id()), shown);
    }

    /**
     * Removes a form from {@code entity} (an alias is deleted, a generated form no longer proposed), or restores a
     * removed one: one undoable step of this window. Proposals shown for the entity are found again at once, so
     * those only the removed form gave disappear.
     */
    public void toggleForm(Entity entity, EntityForms.Form form) {
        if (form.restorable()) {
            commit(s -> entityForms(s).restore(origin, entity.id(), form.text()), () -> { });
        } else if (form.removable()) {
            commit(s -> entityForms(s).remove(origin, entity.id(), form.text()), () -> { });
        }
    }

    /** Gives one mention an entity of its own, named by its text: one undoable step. */
    public void split(Annotation mention) {
        commit(s -> annotating(s).split(origin, mention.id()).change(), () -> { });
    }

    /** "Who is here": the people, organisations and places named across the open documents, found in the background. */
    public void discoverEntities() {
        List<Long> ids = documents().stream().map(Document::id).toList();
        if (ids.size() == panes.size()) {
            session.read(s -> new Discovering(s, session.history()).discover(ids), candidates::setAll);
        }
    }

    /** Stores the candidate as an entity with all its forms as aliases: one undoable step of this window. */
    public void acceptCandidate(Discovering.Candidate candidate) {
        commit(s -> new Discovering(s, session.history()).accept(origin, candidate.entity()), () -> candidates.remove(candidate));
    }

    /**
     * Accepts the candidate, then chooses the new entity and proposes its mentions in every pane, so "Accept all"
     * tags them: two steps, the second as reviewable as any Find mentions.
     */
    public void acceptCandidateAndFindMentions(Discovering.Candidate candidate) {
        java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
        commit(s -> {
            Discovering.Accepted accepted = new Discovering(s, session.history()).acceptWithEntity(origin, candidate.entity());
            made.set(accepted.entity().id());
            return accepted.change();
        }, () -> {
            candidates.remove(candidate);
            focusWhenListed = made.get();
        });
    }

    public ObservableList<Discovering.Candidate> candidates() {
        return candidates;
    }

    /** Undoes this window's latest step (in any pane, or across them), unless something changed since. */
    public void undo() {
        commit(s -> annotating(s).undo(origin).orElse(null), () -> { });
    }

    public void redo() {
        commit(s -> annotating(s).redo(origin).orElse(null), () -> { });
    }

    /** Writes naming.csv and claims.csv into {@code folder}; {@code done} hears of the files written. */
    public void exportCsv(Path folder, Consumer<List<Path>> done) {
        NamingTable n = naming.get();
        ClaimMatrix m = claims.get();
        if (n != null && m != null) {
            session.write(s -> {
                try (SafeOutput files = new SafeOutput(folder, false)) {
                    return CompareCsv.write(files, n, m);
                }
            }, done);
        }
    }

    /** Writes one file into {@code folder} in the background (the overview's picture); {@code done} hears of the file. */
    public void export(Path folder, Function<SafeOutput, Path> write, Consumer<Path> done) {
        session.write(s -> {
            // The user confirmed replacing an existing file in the save dialog.
            try (SafeOutput files = new SafeOutput(folder, true)) {
                return write.apply(files);
            }
        }, done);
    }

    public void inform(String message) {
        session.notifier().info(message);
    }

    // ---- state ----------------------------------------------------------------------------

    public List<DocumentViewModel> panes() {
        return List.copyOf(panes);
    }

    public ObjectProperty<Entity> focusedProperty() {
        return focused;
    }

    public ObservableList<EntityProposal> proposals() {
        return proposals;
    }

    /** Changes once per committed step that changed entities (this window's, or its undo and redo). */
    public ReadOnlyIntegerProperty entityChangesProperty() {
        return entityChanges.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NamingTable> namingProperty() {
        return naming.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClaimMatrix> claimsProperty() {
        return claims.getReadOnlyProperty();
    }

    /** The naming table and claim matrix per outlet, drawn in the Overview tab; rebuilt with the tables. */
    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<ClaimSuggestion> suggestions() {
        return suggestions;
    }

    /** The sentence pairs of every two open documents. */
    public ObservableList<AlignedPair> pairs() {
        return pairs;
    }

    /** The pairs of the chosen two documents ({@link #showPairsOf}), or all of them. */
    public ObservableList<AlignedPair> shownPairs() {
        return shownPairs;
    }

    /** Shows only the pairs between panes {@code first} and {@code second}; null shows every pair. */
    public void showPairsOf(DocumentPair which) {
        shownPairs.setPredicate(which == null ? null : p -> p.joins(which.first(), which.second()));
    }

    /** Every two panes, (0,1), (0,2), … in order: the choices of the pairs filter. */
    public List<DocumentPair> documentPairs() {
        List<DocumentPair> all = new ArrayList<>();
        for (int i = 0; i < panes.size(); i++) {
            for (int j = i + 1; j < panes.size(); j++) {
                all.add(new DocumentPair(i, j));
            }
        }
        return all;
    }

    /** "A ↔ B" for the documents of panes {@code first} and {@code second}, by outlet when known, else by title. */
    public String pairLabel(int first, int second) {
        List<String> labels = DocumentLabels.of(documents());
        return second < labels.size() ? labels.get(first) + " ↔ " + labels.get(second) : "";
    }

    /** The stored links among the open documents' annotations. */
    public ObservableList<Link> links() {
        return links;
    }

    /** Runs after every change this view commits (the main window rereads what it shows). */
    public void setOnChanged(Runnable action) {
        onChanged = action == null ? () -> { } : action;
    }

    /**
     * The lines between pane {@code left} and pane {@code left + 1}: the links between their annotations, and the
     * proposed sentence pairs of their two documents not yet linked.
     */
    public List<Connector> connectors(int left) {
        if (left < 0 || left + 1 >= panes.size()) {
            return List.of();
        }
        Map<Long, Annotation> l = byId(panes.get(left));
        Map<Long, Annotation> r = byId(panes.get(left + 1));
        List<Connector> out = new ArrayList<>();
        Set<List<Span>> linked = new HashSet<>();
        for (Link link : links) {
            Annotation from = l.get(link.fromAnnotationId()) != null ? l.get(link.fromAnnotationId()) : l.get(link.toAnnotationId());
            Annotation to = r.get(link.toAnnotationId()) != null ? r.get(link.toAnnotationId()) : r.get(link.fromAnnotationId());
            if (from != null && to != null && from.id() != to.id()) {
                out.add(Connector.linked(from.span(), to.span(), link));
                linked.add(List.of(from.span(), to.span()));
            }
        }
        pairs.stream().filter(p -> p.joins(left, left + 1) && !linked.contains(List.of(p.a(), p.b())))
                .map(Connector::proposed).forEach(out::add);
        return out;
    }

    private static Map<Long, Annotation> byId(DocumentViewModel pane) {
        Map<Long, Annotation> m = new HashMap<>();
        pane.annotations().forEach(a -> m.put(a.id(), a));
        return m;
    }

    /** The focused entity's mentions in pane {@code i}, in reading order. */
    public List<Annotation> focusedMentions(int i) {
        Entity e = focused.get();
        return e == null ? List.of() : panes.get(i).annotations().stream()
                .filter(a -> a.entityId() != null && a.entityId() == e.id()).toList();
    }

    /** Pane {@code i}'s highlights with the focused entity's mentions drawn in FOCUS style. */
    public List<Highlight> highlights(int i) {
        Set<Long> ids = new HashSet<>();
        focusedMentions(i).forEach(a -> ids.add(a.id()));
        return restyle(panes.get(i).highlightsProperty().get(), ids);
    }

    static List<Highlight> restyle(Collection<Highlight> base, Set<Long> focusIds) {
        if (focusIds.isEmpty()) {
            return List.copyOf(base);
        }
        return base.stream().map(h -> focusIds.contains(h.annotationId()) && h.style() == HighlightStyle.FILL
                ? new Highlight(h.annotationId(), h.span(), h.colour(), HighlightStyle.FOCUS) : h).toList();
    }

    /** Entities, those with the most mentions in these documents first (recomputed once per change, not per query). */
    public List<Entity> entitiesByMentions() {
        return List.copyOf(ranked);
    }

    /** The same ranking, as a list that changes once per committed change of the panes or the entities. */
    public ObservableList<Entity> rankedEntities() {
        return ranked;
    }

    public int mentionCount(Entity e) {
        return mentionCounts.getOrDefault(e.id(), 0);
    }

    /** One pass over every pane's annotations, then one change of the ranked list; none while a batch is shown. */
    private void rerank() {
        if (batching) {
            return;
        }
        mentionCounts.clear();
        for (DocumentViewModel p : panes) {
            for (Annotation a : p.annotations()) {
                if (a.entityId() != null) {
                    mentionCounts.merge(a.entityId(), 1, Integer::sum);
                }
            }
        }
        List<Entity> all = new ArrayList<>(catalog.entities());
        all.sort(Comparator.comparingInt((Entity e) -> -mentionCount(e)).thenComparing(Entity::canonicalName));
        if (!all.equals(ranked)) {
            ranked.setAll(all);
        }
    }

    private List<Document> documents() {
        return panes.stream().map(p -> p.documentProperty().get()).filter(Objects::nonNull).toList();
    }

    // ---- internals ------------------------------------------------------------------------

    private Annotating annotating(Stores s) {
        return new Annotating(s, session.history(), clock);
    }

    private EntityForms entityForms(Stores s) {
        return new EntityForms(s, session.history(), clock);
    }

    private Linking linking(Stores s) {
        return new Linking(s, session.history(), clock);
    }

    /** A committed step, with this window's undo state read on the store's thread where the history lives. */
    private record Committed(Change change, boolean canUndo, boolean canRedo) {
    }

    /**
     * Runs one step of this window in the background; on the FX thread shows it in every pane it touches,
     * rereads entities and links when it changed them, and runs {@code then}, all as one batch.
     */
    private void commit(Function<Stores, Change> step, Runnable then) {
        session.write(s -> {
            Change change = step.apply(s);
            return new Committed(change, session.history().canUndo(origin.scope()), session.history().canRedo(origin.scope()));
        }, done -> {
            Change change = done.change();
            batch(() -> {
                for (DocumentViewModel pane : panes) {
                    pane.showCommitted(change == null ? Change.none() : change, done.canUndo(), done.canRedo());
                }
                then.run();
            });
            if (change != null && change.entities()) {
                session.read(s -> s.entities().list(), entities -> {
                    catalog.entities().setAll(entities);
                    if (focusWhenListed != 0) {
                        catalog.entity(focusWhenListed).ifPresent(focused::set);
                        focusWhenListed = 0;
                        findMentions();
                    }
                    followFocusedEntity();
                    entityChanges.set(entityChanges.get() + 1);
                });
            }
            refreshTables();
        }, failure -> session.read(s -> new Committed(null, session.history().canUndo(origin.scope()),
                session.history().canRedo(origin.scope())), done -> panes.forEach(p -> p.showCommitted(Change.none(),
                done.canUndo(), done.canRedo()))));
    }

    /**
     * After entities changed (a form removed or restored, an alias deleted, a merge, or the undo of one), the focused
     * entity is the one now stored, and the mentions proposed for it are found again with its forms as they are now.
     */
    private void followFocusedEntity() {
        Entity shown = focused.get();
        Entity stored = shown == null ? null : catalog.entity(shown.id()).orElse(null);
        if (stored == null) {
            return;
        }
        boolean proposing = !proposals.isEmpty();
        if (!stored.equals(shown)) {
            focused.set(stored);
        }
        if (proposing) {
            findMentions();
        }
    }

    /** Shows several list changes with the entity ranking and the panes' dashed proposals recomputed once, after them. */
    private void batch(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
        }
        rerank();
        showProposals();
    }

    private void redrawProposals() {
        if (!batching) {
            showProposals();
        }
    }

    private MentionService service(Stores s) {
        if (service == null) {
            service = new MentionService(s, author, clock);
        }
        return service;
    }

    private void showProposals() {
        for (DocumentViewModel pane : panes) {
            Document d = pane.documentProperty().get();
            List<Span> spans = new ArrayList<>();
            if (d != null) {
                proposals.stream().filter(p -> p.documentId() == d.id()).forEach(p -> spans.add(p.span()));
                suggestions.stream().filter(c -> c.documentId() == d.id()).forEach(c -> spans.add(c.span()));
            }
            // Unchanged spans (a pane the step did not touch): no list change, no repaint of its highlights.
            if (!pane.proposals().equals(spans)) {
                pane.proposals().setAll(spans);
            }
        }
    }

    private void refreshTables() {
        refreshTables(() -> { });
    }

    /** Removes this window's listener for other users' changes; nothing while none is set. */
    private Runnable stopWatching = () -> { };

    /**
     * On a team database, rereads every pane's annotations and the tables when other users change the database, in
     * place (ADR 10, decision 7), until {@link #stopWatchingOthers}.
     */
    public void watchOthers() {
        if (session.onServer()) {
            stopWatching.run();
            stopWatching = session.addOthersChangedListener(tables -> javafx.application.Platform.runLater(() -> {
                panes.forEach(DocumentViewModel::reloadAnnotations);
                refreshTables();
            }));
        }
    }

    public void stopWatchingOthers() {
        stopWatching.run();
        stopWatching = () -> { };
    }

    private void refreshTables(Runnable then) {
        List<Long> ids = documents().stream().map(Document::id).toList();
        session.read(s -> CompareTables.load(s, ids), t -> {
            naming.set(t.naming());
            claims.set(t.claims());
            overview.set(t.overview());
            links.setAll(t.links());
            then.run();
            onChanged.run();
        });
    }

    /** Aligns every two open documents on the session's background thread (six pairs for four panes). */
    private void alignAll() {
        List<Document> docs = documents();
        session.read(s -> Aligning.pairsOf(docs), pairs::setAll);
    }
}
