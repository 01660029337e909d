package hamish.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Krippendorff's alpha for nominal labels, any number of annotators, a label missing where an annotator gave none:
 * α = 1 − D<sub>o</sub> / D<sub>e</sub>, from the coincidence matrix o<sub>ck</sub> (every ordered pair of labels
 * two annotators gave one unit, weighted 1 / (m<sub>u</sub> − 1) for a unit with m<sub>u</sub> labels; units with
 * fewer than two labels are left out): α = 1 − (n − 1) Σ<sub>c≠k</sub> o<sub>ck</sub> / Σ<sub>c≠k</sub>
 * n<sub>c</sub> n<sub>k</sub> (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). Hamish's units
 * are the words of the documents, labelled as for Cohen's kappa ({@link WordLabels}): alpha on word units; the
 * unitised α<sub>U</sub> over character stretches is {@link UnitizedAlpha}. Not defined (NaN) when every pairable label is the same one.
 */
public record KrippendorffAlpha(double pairable, double observedDisagreement, double expectedDisagreement) {

    /**
     * α over units: {@code labels.get(i).get(u)} is annotator i's label of unit u, null where i gave none. Every
     * annotator's list has one entry per unit.
     */
    public static KrippendorffAlpha nominal(List<List<String>> labels) {
        Objects.requireNonNull(labels, "labels");
        int units = labels.isEmpty() ? 0 : labels.get(0).size();
        for (List<String> annotator : labels) {
            if (annotator.size() != units) {
                throw new IllegalArgumentException("every annotator needs a label (or null) for each of the " + units + " units");
            }
        }
        Map<String, Double> totals = new HashMap<>();
        double disagreeing = 0;
        Map<String, Integer> inUnit = new HashMap<>();
        for (int u = 0; u < units; u++) {
            inUnit.clear();
            int m = 0;
            for (List<String> annotator : labels) {
                String label = annotator.get(u);
                if (label != null) {
                    inUnit.merge(label, 1, Integer::sum);
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (Map.Entry<String, Integer> e : inUnit.entrySet()) {
                // Pairs with a different label, from this label's side: n_c (m − n_c), over m − 1.
                disagreeing += (double) e.getValue() * (m - e.getValue()) / (m - 1);
                totals.merge(e.getKey(), (double) e.getValue(), Double::sum);
            }
        }
        double n = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        double squares = totals.values().stream().mapToDouble(v -> v * v).sum();
        double expectedPairs = n * n - squares; // Σ over c ≠ k of n_c n_k
        return new KrippendorffAlpha(n, n == 0 ? Double.NaN : disagreeing / n,
                n <= 1 ? Double.NaN : expectedPairs / (n * (n - 1)));
    }

    public boolean defined() {
        return pairable > 1 && expectedDisagreement > 0;
    }

    public double alpha() {
        return defined() ? 1 - observedDisagreement / expectedDisagreement : Double.NaN;
    }
}
