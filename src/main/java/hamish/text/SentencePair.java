package hamish.text;

import hamish.model.Span;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence of the first text and a sentence of the second that may report the same thing. {@code kind}
 * tells an analyst whether the two outlets wrote the sentence themselves ({@link Kind#SIMILAR}) or printed
 * the same copied text, typically an agency's ({@link Kind#WIRE}, see {@link WireCopy}).
 */
public record SentencePair(Span a, Span b, double score, Set<String> sharedWords, Kind kind) {

    /** How the two sentences are related. */
    public enum Kind {
        /** They share rare words: perhaps the same fact, in each outlet's own words. */
        SIMILAR,
        /** One is the other's text copied verbatim or nearly so (wire copy). */
        WIRE
    }

    public SentencePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        sharedWords = Set.copyOf(sharedWords);
    }

    public SentencePair(Span a, Span b, double score, Set<String> sharedWords) {
        this(a, b, score, sharedWords, Kind.SIMILAR);
    }

    public boolean isWire() {
        return kind == Kind.WIRE;
    }
}
