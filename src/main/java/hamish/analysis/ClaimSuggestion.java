package hamish.analysis;

import hamish.model.Span;
import hamish.model.TagKind;
import java.util.Objects;

/**
 * A proposed Quote or Claim annotation: the statement, who said it (a known entity when the speaker as written
 * names one, else null; {@code speakerText} as written, empty when unknown) and the reporting word as written.
 */
public record ClaimSuggestion(long documentId, Span span, TagKind kind, Long speakerEntityId, String speakerText, String verb) {

    public ClaimSuggestion {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        speakerText = speakerText == null ? "" : speakerText;
        verb = verb == null ? "" : verb;
    }
}
