package hamish.model;

import java.time.Instant;

/** A document in a collection, and when it was put there (kept so an undone removal puts it back as it was). */
public record CollectionMember(long documentId, Instant added) {
}
