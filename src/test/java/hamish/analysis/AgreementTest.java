package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Span P/R/F1 and Cohen's kappa against figures worked out by hand and against published examples. */
class AgreementTest {

    private static final double EPS = 1e-12;

    /** Harakat on two words and an emoji (two UTF-16 units, not a word) before the place, so offsets are exercised. */
    static final String TEXT = "قالَ الرئيسُ محمد علي 🙂 في القاهرة إن وزارة الخارجية تعمل";

    static TaggedSpan span(String words, String tag) {
        int start = TEXT.indexOf(words);
        assertTrue(start >= 0, words);
        return new TaggedSpan(start, start + words.length(), tag);
    }

    /** Annotator A (the reference): Person محمد علي, Place القاهرة, Organisation وزارة الخارجية. */
    static List<TaggedSpan> alice() {
        return List.of(span("محمد علي", "Person"), span("القاهرة", "Place"), span("وزارة الخارجية", "Organisation"));
    }

    /**
     * Annotator B: Person الرئيسُ محمد علي (overlaps A's person, not exact), Place القاهرة (exact), Place
     * وزارة الخارجية (A's organisation with another tag).
     */
    static List<TaggedSpan> bob() {
        return List.of(span("الرئيسُ محمد علي", "Person"), span("القاهرة", "Place"), span("وزارة الخارجية", "Place"));
    }

    /*
     * Exact (same start, end, tag):
     *   Person       A {محمد علي}        B {الرئيسُ محمد علي}          matched 0, only A 1, only B 1
     *   Place        A {القاهرة}          B {القاهرة, وزارة الخارجية}  matched 1, only A 0, only B 1
     *   Organisation A {وزارة الخارجية}  B {}                          matched 0, only A 1, only B 0
     *   all tags: matched 1, only A 2, only B 2 -> P = 1/3, R = 1/3, F1 = 2·1/(3+3) = 1/3
     * Overlapping (same tag, a character in common, one to one):
     *   Person       matched 1, 0, 0 -> P = R = F1 = 1
     *   Place        matched 1, only A 0, only B 1 -> P = 1/2, R = 1, F1 = 2/3
     *   Organisation matched 0, only A 1, only B 0 -> P undefined (B has none), R = 0, F1 = 0
     *   all tags: matched 2, only A 1, only B 1 -> P = R = F1 = 2/3
     */
    @Test
    void handComputedSpanAgreement() {
        SpanAgreement.Result r = SpanAgreement.compare(alice(), bob());
        assertEquals(new SpanCounts(1, 2, 2), r.exact());
        assertEquals(1.0 / 3, r.exact().precision(), EPS);
        assertEquals(1.0 / 3, r.exact().recall(), EPS);
        assertEquals(1.0 / 3, r.exact().f1(), EPS);
        assertEquals(new SpanCounts(2, 1, 1), r.overlapping());
        assertEquals(2.0 / 3, r.overlapping().precision(), EPS);
        assertEquals(2.0 / 3, r.overlapping().recall(), EPS);
        assertEquals(2.0 / 3, r.overlapping().f1(), EPS);

        assertEquals(List.of("Organisation", "Person", "Place"), new ArrayList<>(r.perTag().keySet()));
        assertEquals(new SpanCounts(0, 1, 1), r.perTag().get("Person").exact());
        assertEquals(new SpanCounts(1, 0, 0), r.perTag().get("Person").overlapping());
        assertEquals(1.0, r.perTag().get("Person").overlapping().f1(), EPS);
        SpanCounts place = r.perTag().get("Place").overlapping();
        assertEquals(new SpanCounts(1, 0, 1), place);
        assertEquals(0.5, place.precision(), EPS);
        assertEquals(1.0, place.recall(), EPS);
        assertEquals(2.0 / 3, place.f1(), EPS);
        SpanCounts org = r.perTag().get("Organisation").overlapping();
        assertFalse(org.hasPrecision());
        assertTrue(Double.isNaN(org.precision()));
        assertEquals(0.0, org.recall(), EPS);
        assertEquals(0.0, org.f1(), EPS);
    }

    @Test
    void swappingTheAnnotatorsSwapsPrecisionAndRecallButNotF1() {
        SpanAgreement.Result ab = SpanAgreement.compare(alice(), bob());
        SpanAgreement.Result ba = SpanAgreement.compare(bob(), alice());
        SpanCounts p = ab.perTag().get("Place").overlapping();
        SpanCounts q = ba.perTag().get("Place").overlapping();
        assertEquals(p.precision(), q.recall(), EPS);
        assertEquals(p.recall(), q.precision(), EPS);
        assertEquals(p.f1(), q.f1(), EPS);
    }

    /*
     * The words (the emoji is none): قالَ الرئيسُ محمد علي في القاهرة إن وزارة الخارجية تعمل, 10 words.
     *   A: none none Person Person none Place none Organisation Organisation none
     *   B: none Person Person Person none Place none Place Place none
     * Alike on words 1, 3, 4, 5, 6, 7, 10: p_o = 7/10 = 0.7.
     * Marginals A: none 5, Person 2, Place 1, Organisation 2; B: none 4, Person 3, Place 3, Organisation 0.
     * p_e = (5·4 + 2·3 + 1·3 + 2·0) / 100 = 0.29; κ = (0.7 − 0.29) / (1 − 0.29) = 0.41 / 0.71 = 0.5774647887…
     * Person or not: yes/yes 2, yes/no 0, no/yes 1, no/no 7: p_o = 0.9, p_e = 0.2·0.3 + 0.8·0.7 = 0.62,
     * κ = 0.28 / 0.38 = 0.7368421052…
     */
    @Test
    void handComputedKappaOnWords() {
        List<Token> words = WordLabels.words(TEXT);
        assertEquals(10, words.size(), words.toString());
        List<String> a = WordLabels.label(words, alice());
        List<String> b = WordLabels.label(words, bob());
        String none = WordLabels.NONE;
        assertEquals(List.of(none, none, "Person", "Person", none, "Place", none, "Organisation", "Organisation", none), a);
        assertEquals(List.of(none, "Person", "Person", "Person", none, "Place", none, "Place", "Place", none), b);
        CohenKappa k = CohenKappa.of(a, b);
        assertEquals(10, k.items());
        assertEquals(0.7, k.observed(), EPS);
        assertEquals(0.29, k.expected(), EPS);
        assertEquals(0.41 / 0.71, k.kappa(), EPS);
        assertEquals(0.5774647887, k.kappa(), 1e-10);
        assertEquals(0.28 / 0.38, CohenKappa.binary(a, b, "Person").kappa(), EPS);
        assertEquals(CohenKappa.of(b, a).kappa(), k.kappa(), EPS);
    }

    /**
     * The worked example of the Wikipedia article "Cohen's kappa": 50 proposals, both yes 20, A yes B no 5,
     * A no B yes 10, both no 15: p_o = 0.7, p_e = 0.5, κ = 0.4. Its two tables with the same p_o = 0.6:
     * 45/15/25/15 gives κ = 0.1304 and 25/35/5/35 gives κ = 0.2593.
     */
    @Test
    void textbookTables() {
        CohenKappa k = CohenKappa.ofTable(new long[][] {{20, 5}, {10, 15}});
        assertEquals(50, k.items());
        assertEquals(0.7, k.observed(), EPS);
        assertEquals(0.5, k.expected(), EPS);
        assertEquals(0.4, k.kappa(), EPS);
        assertEquals(0.1304, CohenKappa.ofTable(new long[][] {{45, 15}, {25, 15}}).kappa(), 5e-5);
        assertEquals(0.2593, CohenKappa.ofTable(new long[][] {{25, 35}, {5, 35}}).kappa(), 5e-5);
        // The same 50 items as label lists give the same κ.
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        assertEquals(0.4, CohenKappa.of(a, b).kappa(), EPS);
    }

    private static void add(List<String> a, List<String> b, String x, String y, int n) {
        for (int i = 0; i < n; i++) {
            a.add(x);
            b.add(y);
        }
    }

    @Test
    void identicalAnnotationsAgreeFully() {
        SpanAgreement.Result r = SpanAgreement.compare(alice(), alice());
        assertEquals(new SpanCounts(3, 0, 0), r.exact());
        assertEquals(1.0, r.exact().f1(), EPS);
        assertEquals(1.0, r.overlapping().f1(), EPS);
        List<Token> words = WordLabels.words(TEXT);
        assertEquals(1.0, CohenKappa.of(WordLabels.label(words, alice()), WordLabels.label(words, alice())).kappa(), EPS);
    }

    @Test
    void spansWithNothingInCommonMatchNothing() {
        List<TaggedSpan> a = List.of(span("محمد علي", "Person"));
        List<TaggedSpan> b = List.of(span("القاهرة", "Person"));
        SpanAgreement.Result r = SpanAgreement.compare(a, b);
        assertEquals(new SpanCounts(0, 1, 1), r.overlapping());
        assertEquals(0.0, r.overlapping().f1(), EPS);
        // Adjacent spans share no character.
        TaggedSpan left = new TaggedSpan(0, 4, "Person");
        TaggedSpan right = new TaggedSpan(4, 8, "Person");
        assertEquals(new SpanCounts(0, 1, 1), SpanAgreement.compare(List.of(left), List.of(right)).overlapping());
    }

    @Test
    void oneAnnotatorWithoutSpans() {
        SpanAgreement.Result r = SpanAgreement.compare(alice(), List.of());
        assertEquals(new SpanCounts(0, 3, 0), r.exact());
        assertFalse(r.exact().hasPrecision());
        assertEquals(0.0, r.exact().recall(), EPS);
        assertEquals(0.0, r.exact().f1(), EPS);
        SpanAgreement.Result none = SpanAgreement.compare(List.of(), List.of());
        assertFalse(none.exact().hasF1());
        assertTrue(Double.isNaN(none.exact().f1()));
        // Every word "none" for both: one label throughout, κ is not defined.
        List<Token> words = WordLabels.words(TEXT);
        CohenKappa k = CohenKappa.of(WordLabels.label(words, List.of()), WordLabels.label(words, List.of()));
        assertFalse(k.defined());
        assertTrue(Double.isNaN(k.kappa()));
    }

    /** One long span of B overlaps two of A: it is paired with the one it shares most with, and only once. */
    @Test
    void overlapPairsOneToOneByLargestOverlap() {
        List<TaggedSpan> a = List.of(new TaggedSpan(0, 3, "Person"), new TaggedSpan(5, 12, "Person"));
        List<TaggedSpan> b = List.of(new TaggedSpan(1, 10, "Person"));
        SpanAgreement.Result r = SpanAgreement.compare(a, b);
        assertEquals(new SpanCounts(1, 1, 0), r.overlapping());
        // Two spans of B inside one of A: one pairs, the other is B's alone.
        SpanAgreement.Result r2 = SpanAgreement.compare(List.of(new TaggedSpan(0, 10, "Place")),
                List.of(new TaggedSpan(0, 3, "Place"), new TaggedSpan(4, 10, "Place")));
        assertEquals(new SpanCounts(1, 0, 1), r2.overlapping());
    }

    /** A word covered by nested spans takes the innermost (shortest) one's tag. */
    @Test
    void theInnermostSpanLabelsAWord() {
        List<Token> words = WordLabels.words(TEXT);
        List<TaggedSpan> nested = List.of(span("إن وزارة الخارجية تعمل", "Quote"), span("وزارة الخارجية", "Organisation"));
        List<String> labels = WordLabels.label(words, nested);
        assertEquals(List.of("Quote", "Organisation", "Organisation", "Quote"), labels.subList(6, 10));
    }
}
