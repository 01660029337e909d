package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hamish.analysis.SpanAgreement.Match;
import hamish.analysis.SpanAgreement.Paired;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SpanAgreement#pair}: the pairing a curator goes through, consistent with what {@link SpanAgreement#compare} counts. */
class SpanPairingTest {

    @Test
    void exactThenSameTagOverlapThenOtherTagThenAlone() {
        List<TaggedSpan> a = List.of(new TaggedSpan(0, 4, "Person"), new TaggedSpan(10, 14, "Place"), new TaggedSpan(20, 25, "Place"),
                new TaggedSpan(30, 34, "Quote"));
        List<TaggedSpan> b = List.of(new TaggedSpan(40, 44, "Person"), new TaggedSpan(21, 25, "Organisation"), new TaggedSpan(8, 14, "Place"),
                new TaggedSpan(0, 4, "Person"));
        assertEquals(List.of(new Paired(0, 3, Match.EXACT), new Paired(1, 2, Match.OVERLAPPING), new Paired(2, 1, Match.OVERLAPPING),
                new Paired(3, -1, Match.ONLY_A), new Paired(-1, 0, Match.ONLY_B)), SpanAgreement.pair(a, b));
    }

    @Test
    void sameTagOverlapIsPreferredToAnotherTagsLargerOverlap() {
        List<TaggedSpan> a = List.of(new TaggedSpan(0, 10, "Place"));
        List<TaggedSpan> b = List.of(new TaggedSpan(0, 9, "Organisation"), new TaggedSpan(5, 12, "Place"));
        assertEquals(List.of(new Paired(-1, 0, Match.ONLY_B), new Paired(0, 1, Match.OVERLAPPING)), SpanAgreement.pair(a, b));
    }

    /** Every span in exactly one pairing, and as many exact pairs as compare counts matched exactly. */
    @Test
    void randomSpansAgreeWithTheCounts() {
        Random random = new Random(16);
        String[] tags = {"Person", "Place", "Quote"};
        for (int round = 0; round < 300; round++) {
            List<TaggedSpan> a = spans(random, tags);
            List<TaggedSpan> b = spans(random, tags);
            List<Paired> pairs = SpanAgreement.pair(a, b);
            assertEquals(a.size(), pairs.stream().filter(p -> p.a() >= 0).map(Paired::a).distinct().count());
            assertEquals(b.size(), pairs.stream().filter(p -> p.b() >= 0).map(Paired::b).distinct().count());
            assertEquals(a.size(), pairs.stream().filter(p -> p.a() >= 0).count());
            assertEquals(b.size(), pairs.stream().filter(p -> p.b() >= 0).count());
            assertEquals(SpanAgreement.compare(a, b).exact().matched(), pairs.stream().filter(p -> p.match() == Match.EXACT).count());
            for (Paired p : pairs) {
                if (p.match() == Match.OVERLAPPING) {
                    TaggedSpan x = a.get(p.a());
                    TaggedSpan y = b.get(p.b());
                    assertEquals(true, Math.min(x.end(), y.end()) > Math.max(x.start(), y.start()));
                }
            }
        }
    }

    private static List<TaggedSpan> spans(Random random, String[] tags) {
        List<TaggedSpan> out = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(30);
            out.add(new TaggedSpan(start, start + 1 + random.nextInt(6), tags[random.nextInt(tags.length)]));
        }
        return out;
    }
}
