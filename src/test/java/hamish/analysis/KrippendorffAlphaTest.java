package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    private static List<String> row(String... labels) {
        return Arrays.asList(labels);
    }

    /**
     * The nominal example of Krippendorff's "Computing Krippendorff's Alpha-Reliability" (2011), four observers and
     * twelve units with missing values, for which the paper gives α = 0.743 (n = 40 pairable values).
     */
    @Test
    void thePublishedNominalExample() {
        KrippendorffAlpha alpha = KrippendorffAlpha.nominal(List.of(
                row("1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null),
                row("1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"),
                row(null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null),
                row("1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null)));
        assertEquals(40, alpha.pairable(), 1e-12);
        assertEquals(0.743, alpha.alpha(), 0.0005);
        // The exact value from the counts: 1 − 39 · 10 / 1,520 (the paper's 0.743 rounded).
        assertEquals(1 - 39.0 * 10 / 1520, alpha.alpha(), 1e-12);
    }

    @Test
    void twoAnnotatorsWithoutMissingValuesComeCloseToKappaWithTheSmallSampleCorrection() {
        // Cohen's worked table 20/5/10/15 (κ = 0.40); alpha pools both annotators' label frequencies.
        List<String> a = new java.util.ArrayList<>();
        List<String> b = new java.util.ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        double alpha = KrippendorffAlpha.nominal(List.of(a, b)).alpha();
        // By hand: n = 100, n_yes = 55, n_no = 45, o_yes,no + o_no,yes = 30; α = 1 − 99 · 30 / (2 · 55 · 45) = 0.4.
        assertEquals(1 - 99.0 * 30 / (2 * 55 * 45), alpha, 1e-12);
        assertEquals(0.4, alpha, 1e-12);
    }

    @Test
    void perfectAgreementIsOneAndASingleLabelIsUndefined() {
        assertEquals(1.0, KrippendorffAlpha.nominal(List.of(row("a", "b", "a"), row("a", "b", "a"))).alpha(), 1e-12);
        KrippendorffAlpha same = KrippendorffAlpha.nominal(List.of(row("a", "a"), row("a", "a")));
        assertFalse(same.defined());
        assertTrue(Double.isNaN(same.alpha()));
        assertFalse(KrippendorffAlpha.nominal(List.of()).defined());
    }

    @Test
    void unequalRowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KrippendorffAlpha.nominal(List.of(row("a"), row("a", "b"))));
    }

    private static void add(List<String> a, List<String> b, String x, String y, int times) {
        for (int i = 0; i < times; i++) {
            a.add(x);
            b.add(y);
        }
    }
}
