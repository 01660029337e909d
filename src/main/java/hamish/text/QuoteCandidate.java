package hamish.text;

import hamish.model.Span;
import java.util.Objects;

/**
 * Text between quote marks. {@code span} is the quoted text inside the marks, trimmed of blanks;
 * {@code withMarks} adds the marks. A quotation left open ends at the end of its paragraph, and says so:
 * where it really ends is a guess.
 */
public record QuoteCandidate(Span span, Span withMarks, Kind kind, boolean closedAtParagraphEnd) {

    public enum Kind {
        /** A quotation: a proposal for a Quote annotation. */
        QUOTE,
        /** At most three words without a verb (“غانتس”, “تويتر”): a name or term in quote marks, not a quotation. */
        NAME_IN_QUOTES
    }

    public QuoteCandidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(withMarks, "withMarks");
        Objects.requireNonNull(kind, "kind");
        if (!withMarks.contains(span)) {
            throw new IllegalArgumentException("quote " + span + " lies outside its marks " + withMarks);
        }
    }

    /** True for a quotation whose closing mark was found; an open one is a weaker proposal. */
    public boolean isHighConfidence() {
        return kind == Kind.QUOTE && !closedAtParagraphEnd;
    }
}
