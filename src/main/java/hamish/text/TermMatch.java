package hamish.text;

import hamish.model.Span;
import java.util.Objects;

/**
 * One occurrence of a term in a text. {@code span} covers the term's own characters in the original
 * text, without the proclitic (و, ب, ال, لل…) written onto its first word; {@code tokenSpan} covers the
 * whole words. {@code proclitic} is the folded proclitic ("" when none), e.g. "و" for وواشنطن, "ل" for
 * للبنتاغون matched by البنتاغون, "لل" for للبنتاغون matched by بنتاغون.
 */
public record TermMatch(Span span, Span tokenSpan, String proclitic) {

    public TermMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tokenSpan, "tokenSpan");
        Objects.requireNonNull(proclitic, "proclitic");
        if (!tokenSpan.contains(span)) {
            throw new IllegalArgumentException("match " + span + " lies outside its words " + tokenSpan);
        }
    }

    public boolean hasProclitic() {
        return !proclitic.isEmpty();
    }
}
