package hamish.analysis;

import hamish.model.Span;
import java.util.Objects;

/** One annotator's span with the name of its tag, as the agreement measures compare them. */
public record TaggedSpan(Span span, String tag) {

    public TaggedSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tag, "tag");
    }

    public TaggedSpan(int start, int end, String tag) {
        this(new Span(start, end), tag);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
