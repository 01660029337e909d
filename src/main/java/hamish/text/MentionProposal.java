package hamish.text;

import hamish.model.Span;
import java.util.Objects;

/**
 * A proposed mention of an entity: the characters to highlight (without the proclitic written onto the
 * first word), their text, how sure the proposal is, and why it was made, for the user who accepts or
 * rejects it.
 */
public record MentionProposal(Span span, String surface, Confidence confidence, String reason) {

    /** From strongest to weakest; the order is used to pick between overlapping proposals. */
    public enum Confidence {
        /** The folded name or alias, with or without proclitics. */
        EXACT,
        /**
         * A form of a person's name the user did not type: the surname alone, the name without its first
         * name, a shorter or longer lineage (see {@link PersonNameForms}). As sure as EXACT for the words, less
         * for the person: a namesake shares a surname.
         */
        FORM,
        /** Same skeleton (غ/ج/ق for g, long vowels), the name without its article, a related form or a name part. */
        VARIANT,
        /** One letter substituted in a name of five letters or more: a weak suggestion. */
        TYPO;

        /** Whether "Accept all" may take the proposal: typos are reviewed one by one. */
        public boolean acceptableInBulk() {
            return this != TYPO;
        }
    }

    public MentionProposal {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
        if (surface.length() != span.length()) {
            throw new IllegalArgumentException("surface \"" + surface + "\" does not fit span " + span);
        }
    }
}
