package hamish.analysis;

import hamish.model.Span;
import hamish.text.MentionProposal;
import java.util.Objects;

/** A proposed mention of an entity in one document, waiting for the user to accept or reject it. */
public record EntityProposal(long documentId, long entityId, MentionProposal proposal) {

    public EntityProposal {
        Objects.requireNonNull(proposal, "proposal");
    }

    public Span span() {
        return proposal.span();
    }
}
