package hamish.model;

import java.util.Objects;

/**
 * One keyword-in-context line of a search hit. {@code match} is in the document's stored text (the
 * reader opens the document there); {@code before}, {@code matched} and {@code after} are the text of
 * the line around it, cut at word boundaries within the paragraph, to be shown right to left with
 * {@code matched} highlighted.
 */
public record Kwic(Span match, String before, String matched, String after) {

    public Kwic {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(after, "after");
    }

    /** The line as plain text (before + matched + after). */
    public String line() {
        return before + matched + after;
    }
}
