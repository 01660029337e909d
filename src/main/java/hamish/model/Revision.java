package hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The version of a stored row's content: {@code number} changes with every write (and goes back when
 * an undo puts the row back as it was), {@code changedBy} names who wrote it last ("main window",
 * "compare pane 2", "command line"), {@code at} when (null when unknown, as in rows written before
 * revisions existed).
 */
public record Revision(long number, String changedBy, Instant at) {

    public Revision {
        Objects.requireNonNull(changedBy, "changedBy");
    }
}
