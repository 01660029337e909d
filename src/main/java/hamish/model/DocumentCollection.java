package hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A named group of documents the user made (the reports of one event, a project's corpus), with how many
 * documents it holds. A document may be in several. Named so, not {@code Collection}, to stay clear of java.util.
 */
public record DocumentCollection(long id, String name, Instant created, int size) {

    public DocumentCollection {
        Objects.requireNonNull(name, "name");
    }
}
