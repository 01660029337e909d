package hamish.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Cohen's kappa for two annotators who each gave every item one label:
 * κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), with p<sub>o</sub> the share of items both labelled
 * alike and p<sub>e</sub> = Σ<sub>k</sub> (share of items A labelled k) · (share B labelled k), the agreement
 * expected by chance from each annotator's own label frequencies (Cohen 1960). Symmetric in the two annotators.
 * When p<sub>e</sub> is 1 (both gave every item the same one label) or there are no items, κ is not defined:
 * {@link #kappa()} is then {@link Double#NaN} and {@link #defined()} false.
 */
public record CohenKappa(int items, double observed, double expected) {

    /** κ from a square table of counts: {@code table[i][j]} items A labelled i and B labelled j. */
    public static CohenKappa ofTable(long[][] table) {
        int k = table.length;
        long n = 0;
        long[] rows = new long[k];
        long[] cols = new long[k];
        long diagonal = 0;
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("the table is not square");
            }
            for (int j = 0; j < k; j++) {
                if (table[i][j] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                n += table[i][j];
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
            diagonal += table[i][i];
        }
        if (n == 0) {
            return new CohenKappa(0, Double.NaN, Double.NaN);
        }
        double expected = 0;
        for (int i = 0; i < k; i++) {
            expected += ((double) rows[i] / n) * ((double) cols[i] / n);
        }
        return new CohenKappa(Math.toIntExact(n), (double) diagonal / n, expected);
    }

    /** κ over items labelled by both annotators: {@code a.get(i)} and {@code b.get(i)} are the labels of item i. */
    public static CohenKappa of(List<String> a, List<String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("A labelled " + a.size() + " items, B " + b.size());
        }
        TreeSet<String> names = new TreeSet<>(a);
        names.addAll(b);
        List<String> labels = new ArrayList<>(names);
        long[][] table = new long[labels.size()][labels.size()];
        for (int i = 0; i < a.size(); i++) {
            table[labels.indexOf(a.get(i))][labels.indexOf(b.get(i))]++;
        }
        return ofTable(table);
    }

    /** κ of the binary labelling "{@code label}" against "anything else", item by item. */
    public static CohenKappa binary(List<String> a, List<String> b, String label) {
        return of(a.stream().map(l -> l.equals(label) ? "yes" : "no").toList(),
                b.stream().map(l -> l.equals(label) ? "yes" : "no").toList());
    }

    public boolean defined() {
        return items > 0 && expected < 1.0;
    }

    public double kappa() {
        return defined() ? (observed - expected) / (1.0 - expected) : Double.NaN;
    }
}
