package hamish.app;

import hamish.analysis.SpanAgreement;
import hamish.analysis.TaggedSpan;
import hamish.app.history.Change;
import hamish.app.history.CurateSpans;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.model.CuratableDocument;
import hamish.model.CurationDecision;
import hamish.model.CurationDecision.TaggedExtent;
import hamish.model.Document;
import hamish.model.Revision;
import hamish.model.Tag;
import hamish.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Curation of one document between two annotators A and B: their spans paired as {@link SpanAgreement#pair} pairs
 * them (exact, overlapping with another extent or tag, only A's, only B's), in document order, and the curator's
 * decision on each. Accepting a side copies that span (offsets, tag, entity, speaker, note) into the curated layer:
 * annotations whose author is {@link #CURATED}, their rows written by the curator ({@link Origin#writer()}), so the
 * edit history and {@code changed_by} say who curated. Each decision is one undoable step of the {@link EditHistory}.
 *
 * <p>Every decision is also recorded ({@link CurationDecision}, migration 10), in the same step as the curated layer's
 * change, so that "neither", which leaves nothing in the curated layer, is kept like the others. An item is named by
 * A's and B's span and tag, and a curated annotation belongs to an item when it has the span and tag of A's or B's
 * span of it: entity, speaker and note do not name an item. Accepting the other side replaces that annotation in the
 * same step; "neither" removes it. The curated layer says which side was accepted; the record says "neither" where the
 * layer holds nothing. Decisions are kept per pair of annotators in name order, so a curator who chooses bob as A and
 * alice as B sees the decisions taken with alice as A, sides turned round.
 */
public final class Curating {

    /** The author of the curated layer: a reserved name no annotator should use. */
    public static final String CURATED = "curated";

    public enum Side { A, B, NEITHER }

    /**
     * One pairing: {@code a} or {@code b} null for the side without a span; {@code curated} the curated annotations
     * with the span and tag of {@code a} or {@code b}; {@code recorded} the decision recorded on it, with A and B as
     * asked (null when none).
     */
    public record Item(SpanAgreement.Match match, Annotation a, Annotation b, List<Annotation> curated, CurationDecision recorded) {

        public Item {
            curated = List.copyOf(curated);
        }

        public int start() {
            return Math.min(a == null ? Integer.MAX_VALUE : a.start(), b == null ? Integer.MAX_VALUE : b.start());
        }

        public int end() {
            return Math.max(a == null ? 0 : a.end(), b == null ? 0 : b.end());
        }

        /** Decided (A, B or neither), or curated otherwise (a copy edited since). */
        public boolean done() {
            return !curated.isEmpty() || decision().isPresent();
        }

        /** Whose copy the curated layer holds: A's, B's (an exact match of identical content counts as A's), or empty. */
        public Optional<Side> accepted() {
            if (a != null && curated.stream().anyMatch(c -> sameContent(c, a))) {
                return Optional.of(Side.A);
            }
            if (b != null && curated.stream().anyMatch(c -> sameContent(c, b))) {
                return Optional.of(Side.B);
            }
            return Optional.empty();
        }

        /**
         * The decision on this item: the side whose copy the curated layer holds, else NEITHER when that was recorded
         * and the layer holds nothing of it; empty when undecided (or curated otherwise).
         */
        public Optional<Side> decision() {
            Optional<Side> accepted = accepted();
            if (accepted.isPresent()) {
                return accepted;
            }
            return curated.isEmpty() && recorded != null && recorded.choice() == CurationDecision.Choice.NEITHER
                    ? Optional.of(Side.NEITHER) : Optional.empty();
        }

        /** The annotation of {@code side} (null for NEITHER or a side without a span). */
        public Annotation of(Side side) {
            return side == Side.A ? a : side == Side.B ? b : null;
        }

        /** The same pairing in a later reading: the same annotations of A and B. */
        boolean samePairing(Item o) {
            return idOf(a) == idOf(o.a) && idOf(b) == idOf(o.b);
        }

        private static long idOf(Annotation x) {
            return x == null ? 0 : x.id();
        }
    }

    /** A document's items for two annotators, the curated layer, and the tag names. */
    public record Items(Document document, String userA, String userB, List<Item> items, List<Annotation> curatedLayer,
                        Map<Long, String> tagNames) {
    }

    /** The input refuses the request: unknown document, the same user twice, a user without annotations. */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;

    public Curating(Stores stores, EditHistory history, Clock clock) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
    }

    /** The authors of the document's annotations but the curated layer, in name order: whom to choose A and B from. */
    public List<String> annotators(long documentId) {
        TreeSet<String> names = new TreeSet<>();
        stores.annotations().forDocument(documentId).forEach(a -> names.add(a.author()));
        names.remove(CURATED);
        return List.copyOf(names);
    }

    /** The documents annotated by two or more annotators (the curated layer apart), in import order: what can be curated. */
    public List<CuratableDocument> documents() {
        return stores.curation().curatableDocuments(CURATED);
    }

    /** The items of {@code documentId} between {@code userA} and {@code userB}, in document order. */
    public Items items(long documentId, String userA, String userB) {
        if (Objects.equals(userA, userB)) {
            throw new RefusedException("curation needs two different annotators, not " + userA + " twice");
        }
        if (CURATED.equals(userA) || CURATED.equals(userB)) {
            throw new RefusedException("\"" + CURATED + "\" is the curated layer, not an annotator");
        }
        return stores.readConsistently(() -> {
            Document d = stores.documents().get(documentId).orElseThrow(() -> new RefusedException("no document with id " + documentId));
            Map<Long, String> tagNames = new HashMap<>();
            for (Tag t : stores.tags().list()) {
                tagNames.put(t.id(), t.name());
            }
            List<Annotation> all = stores.annotations().forDocument(documentId);
            List<Annotation> ofA = all.stream().filter(x -> x.author().equals(userA)).toList();
            List<Annotation> ofB = all.stream().filter(x -> x.author().equals(userB)).toList();
            List<Annotation> curated = all.stream().filter(x -> x.author().equals(CURATED)).toList();
            List<CurationDecision> recorded = recordedDecisions(documentId, userA, userB);
            List<Item> items = new ArrayList<>();
            for (SpanAgreement.Paired p : SpanAgreement.pair(spans(ofA, tagNames), spans(ofB, tagNames))) {
                Annotation a = p.a() < 0 ? null : ofA.get(p.a());
                Annotation b = p.b() < 0 ? null : ofB.get(p.b());
                List<Annotation> bound = curated.stream().filter(c -> sameSpanAndTag(c, a) || sameSpanAndTag(c, b)).toList();
                CurationDecision decision = recorded.stream().filter(r -> r.isOn(userA, userB, extent(a), extent(b))).findFirst().orElse(null);
                items.add(new Item(p.match(), a, b, bound, decision));
            }
            return new Items(d, userA, userB, List.copyOf(items), curated, Map.copyOf(tagNames));
        });
    }

    /**
     * The curator's decision on {@code item} (as read by {@link #items}; read again here, so a decision taken since in
     * another window counts): one step, or empty when the curated layer already is as decided and the decision is
     * recorded.
     */
    public Optional<Change> accept(Origin curator, long documentId, String userA, String userB, Item item, Side side) {
        return decide(curator, documentId, userA, userB, List.of(item), side, side == Side.NEITHER ? "curate: neither" : "curate: accept " + side);
    }

    /**
     * Accepts every exact match not yet decided as one step (A's copy); an agreement decided "neither" is left as it
     * is. Empty when there is none.
     */
    public Optional<Change> acceptAgreements(Origin curator, long documentId, String userA, String userB) {
        List<Item> exact = items(documentId, userA, userB).items().stream()
                .filter(i -> i.match() == SpanAgreement.Match.EXACT && !i.done()).toList();
        return decide(curator, documentId, userA, userB, exact, Side.A, "curate: accept " + exact.size() + " agreements");
    }

    public Optional<Change> undo(Origin curator) {
        return history.undo(curator.scope(), stores);
    }

    public Optional<Change> redo(Origin curator) {
        return history.redo(curator.scope(), stores);
    }

    private Optional<Change> decide(Origin curator, long documentId, String userA, String userB, List<Item> chosen, Side side,
                                    String description) {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return stores.inTransaction(() -> {
            List<Item> fresh = items(documentId, userA, userB).items();
            List<Annotation> replaced = new ArrayList<>();
            List<Revision> revisions = new ArrayList<>();
            List<Annotation> copies = new ArrayList<>();
            List<CurationDecision> replacedDecisions = new ArrayList<>();
            List<CurationDecision> decisions = new ArrayList<>();
            Set<List<TaggedExtent>> decided = new HashSet<>();
            Instant now = clock.instant();
            for (Item wanted : chosen) {
                Item item = fresh.stream().filter(wanted::samePairing).findFirst()
                        .orElseThrow(() -> new RefusedException("the annotators' spans changed since this list was read; nothing was curated"));
                Annotation source = item.of(side);
                if (side != Side.NEITHER && source == null) {
                    throw new RefusedException("annotator " + (side == Side.A ? userA : userB) + " has no span here; nothing was curated");
                }
                boolean present = false;
                for (Annotation c : item.curated()) {
                    if (source != null && sameContent(c, source) && !present) {
                        present = true;
                    } else if (replaced.stream().noneMatch(r -> r.id() == c.id())) {
                        replaced.add(c);
                        revisions.add(stores.annotations().revision(c.id()).orElseThrow());
                    }
                }
                if (source != null && !present) {
                    copies.add(copyOf(source, now));
                }
                CurationDecision.Choice choice = CurationDecision.Choice.valueOf(side.name());
                // Two items of one key (an annotator who tagged the same span twice) share one decision.
                boolean first = decided.add(Arrays.asList(extent(item.a()), extent(item.b())));
                if (first && (item.recorded() == null || item.recorded().choice() != choice)) {
                    if (item.recorded() != null) {
                        replacedDecisions.add(inNameOrder(item.recorded()));
                    }
                    decisions.add(inNameOrder(new CurationDecision(0, documentId, userA, userB, extent(item.a()), extent(item.b()),
                            choice, curator.writer(), now, 0)));
                }
            }
            if (replaced.isEmpty() && copies.isEmpty() && decisions.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(history.run(new CurateSpans(replaced, revisions, copies, replacedDecisions, decisions, curator.writer(),
                    description), curator.scope(), stores));
        });
    }

    /** The decisions recorded on the document for these two annotators, with A and B as asked. */
    private List<CurationDecision> recordedDecisions(long documentId, String userA, String userB) {
        boolean turned = userA.compareTo(userB) > 0;
        List<CurationDecision> stored = turned ? stores.curation().decisions(documentId, userB, userA)
                : stores.curation().decisions(documentId, userA, userB);
        return turned ? stored.stream().map(CurationDecision::swapped).toList() : stored;
    }

    /** {@code d} as it is stored: its two annotators in name order (turning it twice gives it back). */
    private static CurationDecision inNameOrder(CurationDecision d) {
        return d.userA().compareTo(d.userB()) > 0 ? d.swapped() : d;
    }

    private static TaggedExtent extent(Annotation x) {
        return x == null ? null : new TaggedExtent(x.span(), x.tagId());
    }

    /** {@code source} as a curated annotation: the same characters, tag, entity, speaker and note. */
    static Annotation copyOf(Annotation source, Instant now) {
        return new Annotation(0, source.documentId(), source.span(), source.quote(), source.prefix(), source.suffix(), source.tagId(),
                source.entityId(), source.speakerEntityId(), source.note(), CURATED, now, now);
    }

    static boolean sameSpanAndTag(Annotation x, Annotation y) {
        return x != null && y != null && x.span().equals(y.span()) && x.tagId() == y.tagId();
    }

    static boolean sameContent(Annotation x, Annotation y) {
        return sameSpanAndTag(x, y) && Objects.equals(x.entityId(), y.entityId())
                && Objects.equals(x.speakerEntityId(), y.speakerEntityId()) && x.note().equals(y.note());
    }

    private static List<TaggedSpan> spans(List<Annotation> annotations, Map<Long, String> tagNames) {
        return annotations.stream().map(a -> new TaggedSpan(a.span(), tagNames.getOrDefault(a.tagId(), "#" + a.tagId()))).toList();
    }
}
