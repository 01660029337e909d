package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.SpanCounts;
import hamish.model.Annotation;
import hamish.model.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The use case behind {@code hamish agree}, without a database: counts summed over documents, κ over all their words. */
class AgreeingTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Map<Long, String> TAGS = Map.of(1L, "Person", 2L, "Place");

    private static Annotation a(String text, String words, long tag, String author) {
        int start = text.indexOf(words);
        assertTrue(start >= 0, words);
        return Annotation.of(1, text, new Span(start, start + words.length()), tag, author, NOW);
    }

    /*
     * Document 1 "زارَ محمد دمشق" (3 words): alice Person محمد, Place دمشق; bob Person محمد.
     * Document 2 "عاد 🙂 علي" (2 words; the emoji is no word): alice Person علي; bob nothing here.
     * Spans, exact = overlapping: matched 1, only alice 2, only bob 0 -> P = 1, R = 1/3, F1 = 2/4 = 0.5.
     * Words (5): alice none Person Place none Person; bob none Person none none none.
     * Alike on 1, 2, 4: p_o = 3/5. Marginals alice none 2, Person 2, Place 1; bob none 4, Person 1.
     * p_e = (2·4 + 2·1 + 1·0) / 25 = 10/25 = 0.4; κ = (0.6 − 0.4) / 0.6 = 1/3.
     */
    private static final String ONE = "زارَ محمد دمشق";
    private static final String TWO = "عاد 🙂 علي";

    private static Agreeing.Report twoDocuments() {
        return Agreeing.measure(List.of(1L, 2L), List.of(
                new Agreeing.DocumentInput(ONE, List.of(a(ONE, "محمد", 1, "alice"), a(ONE, "دمشق", 2, "alice"), a(ONE, "محمد", 1, "bob"))),
                new Agreeing.DocumentInput(TWO, List.of(a(TWO, "علي", 1, "alice")))), TAGS, List.of("alice", "bob"));
    }

    @Test
    void countsAndKappaCoverEveryDocumentTogether() {
        Agreeing.Report r = twoDocuments();
        assertEquals(5, r.words());
        assertEquals(Map.of("alice", 3, "bob", 1), r.annotationsPerUser());
        Agreeing.PairReport p = r.pairs().get(0);
        assertEquals(new SpanCounts(1, 2, 0), p.spans().exact());
        assertEquals(new SpanCounts(1, 2, 0), p.spans().overlapping());
        assertEquals(1.0, p.spans().exact().precision(), 1e-12);
        assertEquals(1.0 / 3, p.spans().exact().recall(), 1e-12);
        assertEquals(0.5, p.spans().exact().f1(), 1e-12);
        assertEquals(0.6, p.kappa().observed(), 1e-12);
        assertEquals(0.4, p.kappa().expected(), 1e-12);
        assertEquals(1.0 / 3, p.kappa().kappa(), 1e-12);
    }

    /*
     * The same example, unitised: the documents laid end to end, 14 + 10 = 24 characters (the emoji is two).
     * Person: محمد 5–9 alike; alice's علي, 21–24 in the continuum, lies in bob's gap 9–24: 3². Place: alice's دمشق
     * 10–14 lies in bob's empty Place continuum: 4². Both orders, over 2 · 24². Were document 2 not moved past
     * document 1, علي (7–10) would overlap bob's محمد instead.
     */
    @Test
    void unitisedAlphaLaysTheDocumentsEndToEnd() {
        Agreeing.Report r = twoDocuments();
        assertEquals(24, ONE.length() + TWO.length());
        assertEquals(2 * 9 / (2 * 576.0), r.unitized().perTag().get("Person").observedDisagreement(), 1e-15);
        assertEquals(2 * 16 / (2 * 576.0), r.unitized().perTag().get("Place").observedDisagreement(), 1e-15);
        assertEquals(3, r.unitized().perTag().get("Person").units());
    }

    @Test
    void aUserWithoutAnnotationsIsRefusedByName() {
        String one = "زارَ محمد دمشق";
        Agreeing.RefusedException e = assertThrows(Agreeing.RefusedException.class, () -> Agreeing.measure(List.of(7L),
                List.of(new Agreeing.DocumentInput(one, List.of(a(one, "محمد", 1, "alice")))), TAGS, List.of("alice", "bob")));
        assertEquals("user bob has no annotations on document 7; authors there: alice", e.getMessage());
    }
}
