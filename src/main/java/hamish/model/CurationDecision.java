package hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A curator's recorded decision on one curation item of a document between annotators {@code userA} and {@code userB}
 * (hamish.app.Curating): accept A's span, B's, or neither. The item is named by each side's span and tag ({@code a} or
 * {@code b} null for the side without a span), not by annotation ids, so a decision outlives the annotators' rows
 * being rewritten with the same span and tag. {@code revision} versions the row for the edit history (0: unsaved).
 */
public record CurationDecision(long id, long documentId, String userA, String userB, TaggedExtent a, TaggedExtent b,
                               Choice choice, String curator, Instant decided, long revision) {

    public enum Choice { A, B, NEITHER }

    /** One side of an item: where its span is and which tag it has. */
    public record TaggedExtent(Span span, long tagId) {
        public TaggedExtent {
            Objects.requireNonNull(span, "span");
        }
    }

    public CurationDecision {
        Objects.requireNonNull(userA, "userA");
        Objects.requireNonNull(userB, "userB");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(curator, "curator");
        if (a == null && b == null) {
            throw new IllegalArgumentException("a decision is on an item with at least one span");
        }
    }

    /** Whether this decision is on the item with sides {@code a} and {@code b} of the same annotators. */
    public boolean isOn(String userA, String userB, TaggedExtent a, TaggedExtent b) {
        return this.userA.equals(userA) && this.userB.equals(userB) && Objects.equals(this.a, a) && Objects.equals(this.b, b);
    }

    /** The same decision with A and B the other way round: the choice of A becomes B's and back. */
    public CurationDecision swapped() {
        Choice other = choice == Choice.A ? Choice.B : choice == Choice.B ? Choice.A : Choice.NEITHER;
        return new CurationDecision(id, documentId, userB, userA, b, a, other, curator, decided, revision);
    }

    public CurationDecision stored(long newId, long newRevision) {
        return new CurationDecision(newId, documentId, userA, userB, a, b, choice, curator, decided, newRevision);
    }
}
