package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitizedAlphaTest {

    private static TaggedSpan unit(int start, int length, String tag) {
        return new TaggedSpan(start, start + length, tag);
    }

    /**
     * Krippendorff's worked example ("Content Analysis", 2004, p. 254): a continuum from 150 to 450, two observers,
     * tags c and k. The book gives D_o(c) = 0.0144, D_e(c) = 0.0532, α(c) = 0.7286, D_o(k) = 0, D_e(k) = 0.0490 and
     * α_U = 0.8591 (from the rounded D's). DKPro Statistics' KrippendorffAlphaUnitizingAgreement reproduces them.
     */
    @Test
    void thePublishedExampleOf2004() {
        List<TaggedSpan> i = List.of(unit(225, 70, "c"), unit(370, 30, "c"), unit(180, 60, "k"), unit(300, 50, "k"));
        List<TaggedSpan> j = List.of(unit(220, 80, "c"), unit(355, 20, "c"), unit(400, 20, "c"), unit(180, 60, "k"),
                unit(300, 50, "k"));
        UnitizedAlpha alpha = UnitizedAlpha.of(150, 450, List.of(i, j));
        UnitizedAlpha.Category c = alpha.perTag().get("c");
        UnitizedAlpha.Category k = alpha.perTag().get("k");
        // δ² by hand: 50 (225+70 against 220+80), 850 (370+30 against 355+20), 400 (the gap 400–450 round 400+20),
        // each counted for (i, j) and (j, i), over m(m − 1)L² = 2 · 300².
        assertEquals(2 * (50 + 850 + 400) / (2 * 300.0 * 300), c.observedDisagreement(), 1e-12);
        assertEquals(0.0144, c.observedDisagreement(), 0.00005);
        assertEquals(0.0532, c.expectedDisagreement(), 0.00005);
        assertEquals(0.7286, c.alpha(), 0.00005);
        assertEquals(0, k.observedDisagreement(), 0);
        assertEquals(0.0490, k.expectedDisagreement(), 0.00005);
        assertEquals(1, k.alpha(), 0);
        assertEquals(0.8591, alpha.alpha(), 0.0005);
        assertEquals(5, c.units());
        assertEquals(List.of("c", "k"), alpha.tags());
    }

    /**
     * Krippendorff's four pairs of observers (1995, p. 57), 24 positions, as a test suite of DKPro Statistics uses
     * them: its observed disagreements are exact; its expected ones come from the 1995 formula, whose sign slip the
     * 2004 form corrects, and it accepts them within 0.005 (and α within 0.02) on a continuum stretched 50,000-fold.
     */
    @Test
    void thePairsOf1995() {
        assertEquals(0.03125, pairOf1995("A", 1).observedDisagreement(), 0.00001);
        assertEquals(2.26736, pairOf1995("B", 1).observedDisagreement(), 0.00001);
        assertEquals(0.02777, pairOf1995("C", 1).observedDisagreement(), 0.00001);
        assertEquals(0.38715, pairOf1995("D", 1).observedDisagreement(), 0.00001);
        // Half scale, where the slip does not show: D_e(C) = 0.05494 exactly.
        assertEquals(0.05494, pairOf1995("C", 0.5).expectedDisagreement(), 0.00001);
        double[][] expectedAndAlpha = {{0.06990, 0.553}, {1.17731, -0.926}, {0.08642, 0.679}, {0.41445, 0.066}};
        String[] pairs = {"A", "B", "C", "D"};
        for (int p = 0; p < pairs.length; p++) {
            UnitizedAlpha.Category c = pairOf1995(pairs[p], 50_000);
            assertEquals(expectedAndAlpha[p][0], c.expectedDisagreement(), 0.005, pairs[p]);
            assertEquals(expectedAndAlpha[p][1], c.alpha(), 0.02, pairs[p]);
        }
    }

    private static UnitizedAlpha.Category pairOf1995(String pair, double stretch) {
        int[][][] units = switch (pair) {
            case "A" -> new int[][][] {{{2, 8}, {14, 6}}, {{4, 4}, {15, 2}}};
            case "B" -> new int[][][] {{{0, 18}}, {{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 3}, {9, 1}}};
            case "C" -> new int[][][] {{{2, 6}, {10, 2}, {14, 4}, {20, 2}}, {{0, 2}, {4, 4}, {10, 4}, {16, 2}, {20, 2}}};
            default -> new int[][][] {{{0, 2}, {2, 8}, {10, 4}, {14, 6}, {20, 4}}, {{0, 4}, {4, 4}, {8, 7}, {15, 2}, {17, 7}}};
        };
        List<List<TaggedSpan>> observers = new ArrayList<>();
        for (int[][] observer : units) {
            List<TaggedSpan> spans = new ArrayList<>();
            for (int[] u : observer) {
                spans.add(unit((int) (u[0] * stretch), (int) (u[1] * stretch), pair));
            }
            observers.add(spans);
        }
        return UnitizedAlpha.of(0, (long) (24 * stretch), observers).perTag().get(pair);
    }

    /** Three annotators, worked by hand (see the figures in the comments). */
    @Test
    void threeAnnotatorsByHand() {
        UnitizedAlpha alpha = UnitizedAlpha.of(0, 10, List.of(
                List.of(unit(2, 3, "X")), List.of(unit(2, 3, "X")), List.of(unit(3, 3, "X"))));
        // Only 2–5 against 3–6 disagrees: 1² + 1² for A·C and B·C, both orders: 8, over 3 · 2 · 10².
        assertEquals(8.0 / 600, alpha.observedDisagreement(), 1e-12);
        // Units 3, 3, 3 (N = 3); gaps 2, 5, 2, 5, 3, 4. Per unit: (2/3)(54 − 27 + 3) = 20, plus 9 · (3 + 3 + 1 + 2) = 81.
        // Over 30 · 29 − 3 · 6 = 852, times 2 / L.
        assertEquals(0.2 * 303 / 852, alpha.expectedDisagreement(), 1e-12);
        assertEquals(1 - (8.0 / 600) / (0.2 * 303 / 852), alpha.alpha(), 1e-12);
    }

    @Test
    void identicalUnitisingAgreesFullyAndTagsAreSeparateCategories() {
        List<TaggedSpan> same = List.of(unit(0, 4, "person"), unit(10, 5, "place"), unit(11, 2, "person"));
        UnitizedAlpha alpha = UnitizedAlpha.of(0, 40, List.of(same, same));
        assertEquals(1, alpha.alpha(), 0);
        assertEquals(2, alpha.perTag().size());
    }

    @Test
    void oneAnnotatorsOverlappingSpansOfOneTagCountAsTheirUnionAndAbuttingOnesStayTwo() {
        List<TaggedSpan> overlapping = List.of(unit(5, 5, "X"), unit(8, 6, "X"));
        List<TaggedSpan> union = List.of(unit(5, 9, "X"));
        UnitizedAlpha merged = UnitizedAlpha.of(0, 30, List.of(overlapping, union));
        assertEquals(1, merged.alpha(), 0);
        assertEquals(1, merged.mergedSpans());

        List<TaggedSpan> abutting = List.of(unit(5, 4, "X"), unit(9, 5, "X"));
        UnitizedAlpha split = UnitizedAlpha.of(0, 30, List.of(abutting, union));
        assertEquals(0, split.mergedSpans());
        assertTrue(split.alpha() < 1, "two abutting units are not the one unit they cover");
        // 5–9 and 9–14 against 5–14: (0² + 5²) + (4² + 0²).
        assertEquals(2 * (25 + 16) / (2 * 30.0 * 30), split.observedDisagreement(), 1e-12);
    }

    @Test
    void aUnitOnlyOneAnnotatorMarkedCountsItsLengthSquared() {
        UnitizedAlpha alpha = UnitizedAlpha.of(0, 20, List.of(List.of(unit(4, 3, "X")), List.of()));
        assertEquals(2 * 9 / (2 * 400.0), alpha.observedDisagreement(), 1e-12);
        assertTrue(alpha.alpha() < 0.5);
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> UnitizedAlpha.of(0, 10, List.of(List.of(unit(0, 2, "X")))));
        assertThrows(IllegalArgumentException.class, () -> UnitizedAlpha.of(0, 10, List.of(List.of(unit(8, 4, "X")), List.of())));
        assertThrows(IllegalArgumentException.class, () -> UnitizedAlpha.of(5, 5, List.of(List.of(), List.of())));
        UnitizedAlpha nothing = UnitizedAlpha.of(0, 10, List.of(List.of(), List.of()));
        assertTrue(Double.isNaN(nothing.alpha()), "no units: nothing to divide by");
    }
}
