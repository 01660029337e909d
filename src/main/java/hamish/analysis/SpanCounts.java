package hamish.analysis;

/**
 * How the spans of annotator B fare against those of annotator A, the reference: {@code matched} spans paired
 * one to one, {@code onlyA} spans of A left unpaired (B missed them), {@code onlyB} spans of B left unpaired
 * (B added them). Precision is matched / (spans of B), recall matched / (spans of A); swapping A and B swaps
 * precision and recall and {@code onlyA} and {@code onlyB}, while F1 stays the same. A ratio whose denominator
 * is zero is not defined: {@link Double#NaN}, which {@link #hasPrecision()} and friends let a caller report.
 */
public record SpanCounts(int matched, int onlyA, int onlyB) {

    public static final SpanCounts ZERO = new SpanCounts(0, 0, 0);

    public SpanCounts {
        if (matched < 0 || onlyA < 0 || onlyB < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public SpanCounts plus(SpanCounts o) {
        return new SpanCounts(matched + o.matched, onlyA + o.onlyA, onlyB + o.onlyB);
    }

    public int spansA() {
        return matched + onlyA;
    }

    public int spansB() {
        return matched + onlyB;
    }

    public boolean hasPrecision() {
        return spansB() > 0;
    }

    public boolean hasRecall() {
        return spansA() > 0;
    }

    /** F1 is defined when either annotator has a span (it is 0 when one of them has none). */
    public boolean hasF1() {
        return spansA() + spansB() > 0;
    }

    public double precision() {
        return hasPrecision() ? (double) matched / spansB() : Double.NaN;
    }

    public double recall() {
        return hasRecall() ? (double) matched / spansA() : Double.NaN;
    }

    /** 2·matched / (spans of A + spans of B), the harmonic mean of precision and recall; symmetric in A and B. */
    public double f1() {
        return hasF1() ? 2.0 * matched / (spansA() + spansB()) : Double.NaN;
    }
}
