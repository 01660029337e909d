package hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A typed relation between two annotations; {@code id} is 0 until stored. {@code author}: the user who linked them
 * (empty when not known: a link made before schema 11, or imported without one).
 */
public record Link(long id, long fromAnnotationId, long toAnnotationId, LinkType type, String note, Instant created,
                   String author) {

    public Link {
        Objects.requireNonNull(type, "type");
        if (fromAnnotationId == toAnnotationId && fromAnnotationId != 0) {
            throw new IllegalArgumentException("an annotation cannot be linked to itself");
        }
        note = note == null ? "" : note;
        author = author == null ? "" : author;
    }

    /** A link by nobody in particular (an import, a pipeline). */
    public Link(long id, long fromAnnotationId, long toAnnotationId, LinkType type, String note, Instant created) {
        this(id, fromAnnotationId, toAnnotationId, type, note, created, "");
    }

    public Link withId(long newId) {
        return new Link(newId, fromAnnotationId, toAnnotationId, type, note, created, author);
    }
}
