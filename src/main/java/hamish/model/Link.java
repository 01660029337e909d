package hamish.model;

import java.time.Instant;
import java.util.Objects;

/** A typed relation between two annotations; {@code id} is 0 until stored. */
public record Link(long id, long fromAnnotationId, long toAnnotationId, LinkType type, String note, Instant created) {

    public Link {
        Objects.requireNonNull(type, "type");
        if (fromAnnotationId == toAnnotationId && fromAnnotationId != 0) {
            throw new IllegalArgumentException("an annotation cannot be linked to itself");
        }
        note = note == null ? "" : note;
    }

    public Link withId(long newId) {
        return new Link(newId, fromAnnotationId, toAnnotationId, type, note, created);
    }
}
