package hamish.analysis;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Span-level agreement of annotator B against annotator A (the reference) on the same text, per tag and over
 * all tags together (micro-average: the counts of every tag added before the ratios are taken).
 *
 * <ul>
 *   <li><b>Exact</b>: a span of B matches a span of A with the same start, end and tag.</li>
 *   <li><b>Overlapping</b>: a span of B matches a span of A with the same tag that shares at least one character
 *   with it. Pairs are one to one, chosen greedily by the largest number of characters in common (ties: the
 *   earlier span of A, then the earlier span of B), so no span counts twice.</li>
 * </ul>
 *
 * <p>Precision (matched / spans of B) and recall (matched / spans of A) depend on which annotator is the
 * reference: swapping them swaps the two. F1 (2·matched / (spans of A + spans of B)) and the number matched are
 * symmetric. A span of the same characters with a different tag is a miss for A's tag and an addition for B's.
 * Duplicate spans (same start, end, tag, same annotator) are each counted.
 */
public final class SpanAgreement {

    /** Exact and overlapping counts for one tag. */
    public record TagCounts(SpanCounts exact, SpanCounts overlapping) {
    }

    /** The counts per tag (by name, in name order) and their sums over all tags. */
    public record Result(SortedMap<String, TagCounts> perTag, SpanCounts exact, SpanCounts overlapping) {

        /** The sum of two results, as for several documents of one pair of annotators. */
        public Result plus(Result o) {
            SortedMap<String, TagCounts> tags = new TreeMap<>(perTag);
            o.perTag.forEach((tag, c) -> tags.merge(tag, c,
                    (x, y) -> new TagCounts(x.exact.plus(y.exact), x.overlapping.plus(y.overlapping))));
            return new Result(Collections.unmodifiableSortedMap(tags), exact.plus(o.exact), overlapping.plus(o.overlapping));
        }
    }

    public static final Result EMPTY = new Result(Collections.unmodifiableSortedMap(new TreeMap<>()), SpanCounts.ZERO, SpanCounts.ZERO);

    private SpanAgreement() {
    }

    /** B's spans measured against A's. */
    public static Result compare(List<TaggedSpan> a, List<TaggedSpan> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        SortedMap<String, List<TaggedSpan>> byTagA = byTag(a);
        SortedMap<String, List<TaggedSpan>> byTagB = byTag(b);
        SortedMap<String, TagCounts> perTag = new TreeMap<>();
        SpanCounts exact = SpanCounts.ZERO;
        SpanCounts overlapping = SpanCounts.ZERO;
        SortedSet<String> tags = new TreeSet<>(byTagA.keySet());
        tags.addAll(byTagB.keySet());
        for (String tag : tags) {
            List<TaggedSpan> ta = byTagA.getOrDefault(tag, List.of());
            List<TaggedSpan> tb = byTagB.getOrDefault(tag, List.of());
            TagCounts c = new TagCounts(exactCounts(ta, tb), overlapCounts(ta, tb));
            perTag.put(tag, c);
            exact = exact.plus(c.exact());
            overlapping = overlapping.plus(c.overlapping());
        }
        return new Result(Collections.unmodifiableSortedMap(perTag), exact, overlapping);
    }

    private static SortedMap<String, List<TaggedSpan>> byTag(List<TaggedSpan> spans) {
        SortedMap<String, List<TaggedSpan>> m = new TreeMap<>();
        for (TaggedSpan s : spans) {
            m.computeIfAbsent(s.tag(), t -> new ArrayList<>()).add(s);
        }
        return m;
    }

    /** Spans of one tag: each span of B pairs with an unpaired span of A at the same offsets. */
    private static SpanCounts exactCounts(List<TaggedSpan> a, List<TaggedSpan> b) {
        Map<Span, Integer> left = new HashMap<>();
        for (TaggedSpan s : a) {
            left.merge(s.span(), 1, Integer::sum);
        }
        int matched = 0;
        for (TaggedSpan s : b) {
            Integer n = left.get(s.span());
            if (n != null && n > 0) {
                left.put(s.span(), n - 1);
                matched++;
            }
        }
        return new SpanCounts(matched, a.size() - matched, b.size() - matched);
    }

    private record Pair(int i, int j, int common, int startA, int startB) {
    }

    /** Spans of one tag: greedy one-to-one pairing by the largest number of characters in common. */
    private static SpanCounts overlapCounts(List<TaggedSpan> a, List<TaggedSpan> b) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                int common = Math.min(a.get(i).end(), b.get(j).end()) - Math.max(a.get(i).start(), b.get(j).start());
                if (common > 0) {
                    pairs.add(new Pair(i, j, common, a.get(i).start(), b.get(j).start()));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.common()).thenComparingInt(Pair::startA).thenComparingInt(Pair::startB)
                .thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        int matched = 0;
        for (Pair p : pairs) {
            if (!usedA[p.i()] && !usedB[p.j()]) {
                usedA[p.i()] = true;
                usedB[p.j()] = true;
                matched++;
            }
        }
        return new SpanCounts(matched, a.size() - matched, b.size() - matched);
    }

    /** How a span of A and a span of B were paired for curation. */
    public enum Match {
        /** The same start, end and tag. */
        EXACT,
        /** Sharing at least one character, with a different extent or a different tag. */
        OVERLAPPING,
        /** A's span, with nothing of B's left to pair it with. */
        ONLY_A,
        /** B's span, with nothing of A's left to pair it with. */
        ONLY_B
    }

    /** One pairing: indexes into A's and B's lists ({@code -1} for the side that has none). */
    public record Paired(int a, int b, Match match) {
    }

    /**
     * Every span of A and of B in one list, for a curator to go through: first the exact matches (as {@link #compare}
     * counts them), then, among the spans left, the overlapping pairs of the same tag (greedy by characters in common,
     * as {@link #compare} pairs them), then overlapping pairs of different tags (the same greedy rule), then each span
     * left on its own. Each span is in exactly one pairing. In document order: by the pairing's first character, then
     * its last, then A's index.
     */
    public static List<Paired> pair(List<TaggedSpan> a, List<TaggedSpan> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int[] partnerOfA = new int[a.size()];
        int[] partnerOfB = new int[b.size()];
        java.util.Arrays.fill(partnerOfA, -1);
        java.util.Arrays.fill(partnerOfB, -1);
        List<Paired> out = new ArrayList<>();
        // Exact: the same span and tag, each of A's used once, in list order.
        Map<TaggedSpan, List<Integer>> leftA = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            leftA.computeIfAbsent(a.get(i), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < b.size(); j++) {
            List<Integer> free = leftA.get(b.get(j));
            if (free != null && !free.isEmpty()) {
                int i = free.remove(0);
                partnerOfA[i] = j;
                partnerOfB[j] = i;
                out.add(new Paired(i, j, Match.EXACT));
            }
        }
        for (boolean sameTag : new boolean[] {true, false}) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    if (partnerOfA[i] >= 0 || partnerOfB[j] >= 0 || sameTag != a.get(i).tag().equals(b.get(j).tag())) {
                        continue;
                    }
                    int common = Math.min(a.get(i).end(), b.get(j).end()) - Math.max(a.get(i).start(), b.get(j).start());
                    if (common > 0) {
                        pairs.add(new Pair(i, j, common, a.get(i).start(), b.get(j).start()));
                    }
                }
            }
            pairs.sort(Comparator.comparingInt((Pair p) -> -p.common()).thenComparingInt(Pair::startA).thenComparingInt(Pair::startB)
                    .thenComparingInt(Pair::i).thenComparingInt(Pair::j));
            for (Pair p : pairs) {
                if (partnerOfA[p.i()] < 0 && partnerOfB[p.j()] < 0) {
                    partnerOfA[p.i()] = p.j();
                    partnerOfB[p.j()] = p.i();
                    out.add(new Paired(p.i(), p.j(), Match.OVERLAPPING));
                }
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (partnerOfA[i] < 0) {
                out.add(new Paired(i, -1, Match.ONLY_A));
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (partnerOfB[j] < 0) {
                out.add(new Paired(-1, j, Match.ONLY_B));
            }
        }
        Comparator<Paired> order = Comparator.comparingInt((Paired p) -> Math.min(p.a() < 0 ? Integer.MAX_VALUE : a.get(p.a()).start(),
                        p.b() < 0 ? Integer.MAX_VALUE : b.get(p.b()).start()))
                .thenComparingInt(p -> Math.max(p.a() < 0 ? 0 : a.get(p.a()).end(), p.b() < 0 ? 0 : b.get(p.b()).end()))
                .thenComparingInt(p -> p.a() < 0 ? Integer.MAX_VALUE : p.a())
                .thenComparingInt(Paired::b);
        out.sort(order);
        return List.copyOf(out);
    }
}
