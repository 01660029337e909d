package hamish.text;

import hamish.model.Span;
import java.util.Objects;
import java.util.Set;

/** A sentence of the first text and a sentence of the second that may report the same thing. */
public record SentencePair(Span a, Span b, double score, Set<String> sharedWords) {

    public SentencePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        sharedWords = Set.copyOf(sharedWords);
    }
}
