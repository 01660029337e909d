package hamish.text;

import hamish.model.Span;
import java.util.Objects;

/**
 * A quotation in quote marks with who said it: {@code span} is the quoted text (inside the marks), {@code speaker}
 * the speaker as the text names them — the whole noun phrase, role and name («المتحدث الأمني اللواء منصور التركي»),
 * or the speaker carried over from the attribution before (وأضاف, مضيفا) — empty when the text names nobody;
 * {@code cue} the reporting word (وقال, مضيفا, بحسب), empty when none was found.
 */
public record Quotation(Span span, boolean closedAtParagraphEnd, Span speaker, String speakerText, Span cue, String cueLemma) {

    public Quotation {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerText, "speakerText");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueLemma, "cueLemma");
    }

    public boolean hasSpeaker() {
        return !speaker.isEmpty();
    }
}
