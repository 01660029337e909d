package hamish.text;

import hamish.model.Span;
import java.util.Set;

/**
 * A sentence pair between two of several texts: {@code first} and {@code second} are the texts' positions
 * (first &lt; second), the pair's {@code a} lies in the first and its {@code b} in the second.
 */
public record AlignedPair(int first, int second, SentencePair pair) {

    public AlignedPair {
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("texts " + first + " and " + second);
        }
        java.util.Objects.requireNonNull(pair, "pair");
    }

    public Span a() {
        return pair.a();
    }

    public Span b() {
        return pair.b();
    }

    public double score() {
        return pair.score();
    }

    public SentencePair.Kind kind() {
        return pair.kind();
    }

    public Set<String> sharedWords() {
        return pair.sharedWords();
    }

    /** Whether this pair joins texts {@code i} and {@code j}, in either order. */
    public boolean joins(int i, int j) {
        return first == Math.min(i, j) && second == Math.max(i, j);
    }
}
