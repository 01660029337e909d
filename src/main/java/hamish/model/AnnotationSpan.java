package hamish.model;

import java.util.Objects;

/**
 * Where a stored annotation is and what it is tagged, without its quote, context, entities, note or times: what a
 * reader needs to draw it. Read first when a long article opens, so that its highlights show before the rest of
 * each annotation has been read.
 */
public record AnnotationSpan(long id, Span span, long tagId) {

    public AnnotationSpan {
        Objects.requireNonNull(span, "span");
    }

    /** {@code a}'s id, span and tag. */
    public static AnnotationSpan of(Annotation a) {
        return new AnnotationSpan(a.id(), a.span(), a.tagId());
    }
}
