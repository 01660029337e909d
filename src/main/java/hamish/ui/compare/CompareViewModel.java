package hamish.ui.compare;

import hamish.io.SafeOutput;
import hamish.io.compare.ClaimMatrix;
import hamish.io.compare.ClaimSuggester;
import hamish.io.compare.ClaimSuggestion;
import hamish.io.compare.CompareCsv;
import hamish.io.compare.EntityProposal;
import hamish.io.compare.MentionService;
import hamish.io.compare.NamingTable;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.TagKind;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.text.SentenceAligner;
import hamish.text.SentencePair;
import hamish.ui.Catalog;
import hamish.ui.StoreSession;
import hamish.ui.annotations.DocumentViewModel;
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
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Two to four documents side by side. Each pane is a {@link DocumentViewModel} (the main window's, so tagging,
 * selecting and undo work in every pane as in the main reader); this view-model adds what spans the panes: the
 * focused entity (its mentions highlighted in every pane), proposed mentions of it to accept or reject, links
 * between claims of two panes, the naming table and claim matrix, and sentence pairs of the first two documents.
 * All store work goes through the window's session, on its background thread.
 */
public final class CompareViewModel {

    private final StoreSession session;
    private final Catalog catalog;
    private final Clock clock;
    private final String author;
    private final List<DocumentViewModel> panes = new ArrayList<>();
    private final ObjectProperty<Entity> focused = new SimpleObjectProperty<>();
    private final ObservableList<EntityProposal> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NamingTable> naming = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClaimMatrix> claims = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SentencePair> pairs = FXCollections.observableArrayList();
    private final ObservableList<ClaimSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
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
        for (int i = 0; i < paneCount; i++) {
            DocumentViewModel pane = new DocumentViewModel(session, catalog, clock, author);
            pane.setOnAnnotationsCommitted(this::refreshTables);
            panes.add(pane);
        }
        focused.addListener((o, a, b) -> proposals.clear());
        proposals.addListener((ListChangeListener<EntityProposal>) c -> showProposals());
        suggestions.addListener((ListChangeListener<ClaimSuggestion>) c -> showProposals());
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
                    alignFirstTwo();
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
        storePerPane(chosen, EntityProposal::documentId, (s, d, p) -> service(s).toAnnotation(p), proposals);
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
        proposals.clear();
        suggestions.clear();
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
        storePerPane(chosen, ClaimSuggestion::documentId,
                (s, d, c) -> ClaimSuggester.toAnnotation(c, d, s.tags().list(), author, clock.instant()), suggestions);
    }

    /** How a proposed item becomes the annotation that accepts it (on the store's thread). */
    private interface Acceptance<T> {
        Annotation toAnnotation(Stores s, Document d, T item);
    }

    /** Stores the chosen proposals as one undoable step in each pane they fall in; stored ones stop being proposed. */
    private <T> void storePerPane(List<T> chosen, ToLongFunction<T> documentOf, Acceptance<T> acceptance, ObservableList<T> proposedIn) {
        for (DocumentViewModel pane : panes) {
            Document d = pane.documentProperty().get();
            List<T> batch = d == null ? List.of() : chosen.stream().filter(t -> documentOf.applyAsLong(t) == d.id()).toList();
            if (!batch.isEmpty()) {
                pane.createAll(s -> batch.stream().map(t -> acceptance.toAnnotation(s, d, t)).toList(), stored -> proposedIn.removeAll(batch));
            }
        }
    }

    /** Links the annotations selected in two panes (the first two panes with a selection) as {@code type}. */
    public void linkSelected(LinkType type) {
        List<Annotation> chosen = panes.stream().map(p -> p.selectedProperty().get()).filter(Objects::nonNull).limit(2).toList();
        if (chosen.size() < 2) {
            session.notifier().error("Select one annotation in each of two panes to link them.");
            return;
        }
        Link link = new Link(0, chosen.get(0).id(), chosen.get(1).id(), type, "", clock.instant());
        session.write(s -> s.links().insert(link), stored -> refreshTables());
    }

    /** Removes a link between two claims (the annotations stay). */
    public void deleteLink(Link link) {
        session.write(s -> {
            s.links().delete(link.id());
            return link;
        }, deleted -> refreshTables());
    }

    /** Turns a sentence pair of the first two panes into two Claim annotations linked as the same claim. */
    public void linkPair(SentencePair pair) {
        List<Document> docs = documents();
        session.write(s -> s.database().inTransaction(c -> {
            long claimTag = s.tags().list().stream().filter(t -> t.kind() == TagKind.CLAIM).findFirst()
                    .orElseThrow(() -> new StoreException("no claim tag in the tag palette; add one to link claims")).id();
            Annotation a = s.annotations().insert(Annotation.of(docs.get(0).id(), docs.get(0).text(), pair.a(), claimTag, author, clock.instant()));
            Annotation b = s.annotations().insert(Annotation.of(docs.get(1).id(), docs.get(1).text(), pair.b(), claimTag, author, clock.instant()));
            return s.links().insert(new Link(0, a.id(), b.id(), LinkType.SAME_CLAIM, "", clock.instant()));
        }), link -> reload(List.of(docs.get(0).id(), docs.get(1).id())));
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

    /** Gives the selected mention's entity the mentions of {@code other} too, then forgets {@code other}. */
    public void merge(Entity keep, Entity other) {
        session.write(s -> {
            s.entities().merge(keep.id(), other.id());
            return s.entities().list();
        }, entities -> {
            catalog.entities().setAll(entities);
            focused.set(catalog.entity(keep.id()).orElse(null));
            reload(documents().stream().map(Document::id).toList());
        });
    }

    /** Gives one mention an entity of its own, named by its text. */
    public void split(Annotation mention) {
        session.write(s -> {
            service(s).split(mention.id());
            return s.entities().list();
        }, entities -> {
            catalog.entities().setAll(entities);
            reload(List.of(mention.documentId()));
        });
    }

    /** Writes naming.csv and claims.csv into {@code folder}; {@code done} hears of the files written. */
    public void exportCsv(Path folder, Consumer<List<Path>> done) {
        NamingTable n = naming.get();
        ClaimMatrix m = claims.get();
        if (n != null && m != null) {
            session.write(s -> CompareCsv.write(new SafeOutput(folder, false), n, m), done);
        }
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

    public ReadOnlyObjectProperty<NamingTable> namingProperty() {
        return naming.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClaimMatrix> claimsProperty() {
        return claims.getReadOnlyProperty();
    }

    public ObservableList<ClaimSuggestion> suggestions() {
        return suggestions;
    }

    public ObservableList<SentencePair> pairs() {
        return pairs;
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
     * The lines between pane {@code left} and pane {@code left + 1}: the links between their annotations, and for
     * the first two panes the proposed sentence pairs not yet linked.
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
        if (left == 0) {
            pairs.stream().filter(p -> !linked.contains(List.of(p.a(), p.b()))).map(Connector::proposed).forEach(out::add);
        }
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

    /** Entities, those with the most mentions in these documents first. */
    public List<Entity> entitiesByMentions() {
        List<Entity> all = new ArrayList<>(catalog.entities());
        all.sort(Comparator.comparingInt((Entity e) -> -mentionCount(e)).thenComparing(Entity::canonicalName));
        return all;
    }

    public int mentionCount(Entity e) {
        return (int) panes.stream().flatMap(p -> p.annotations().stream())
                .filter(a -> a.entityId() != null && a.entityId() == e.id()).count();
    }

    private List<Document> documents() {
        return panes.stream().map(p -> p.documentProperty().get()).filter(Objects::nonNull).toList();
    }

    // ---- internals ------------------------------------------------------------------------

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
            pane.proposals().setAll(spans);
        }
    }

    /** Rereads the annotations of the panes showing these documents (changed behind their back), keeping place and proposals. */
    private void reload(List<Long> documentIds) {
        for (DocumentViewModel pane : panes) {
            Document d = pane.documentProperty().get();
            if (d != null && documentIds.contains(d.id())) {
                pane.reloadAnnotations();
            }
        }
        refreshTables();
    }

    private void refreshTables() {
        refreshTables(() -> { });
    }

    private void refreshTables(Runnable then) {
        List<Long> ids = documents().stream().map(Document::id).toList();
        session.read(s -> Tables.load(s, ids), t -> {
            naming.set(t.naming());
            claims.set(t.claims());
            links.setAll(t.links());
            then.run();
            onChanged.run();
        });
    }

    private void alignFirstTwo() {
        List<Document> docs = documents();
        session.read(s -> SentenceAligner.align(docs.get(0).text(), docs.get(1).text()), pairs::setAll);
    }
}
