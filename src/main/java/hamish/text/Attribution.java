package hamish.text;

import hamish.model.Span;
import java.util.Objects;

/**
 * A statement attributed to a speaker: the reporting word (وقال, مضيفا, وفق…) and its lemma, the speaker
 * as written ({@code subject}, empty when not named; when the speaker is left implicit — وأضاف, مضيفا — it is
 * the subject of the attribution before it in the same or the previous paragraph, so it may lie before the
 * verb), the reported statement ({@code content}: the quotation, or the clause after إن/أن) and the sentence.
 */
public record Attribution(Span verb, String verbLemma, Span subject, String subjectText, Span content, Span sentence) {

    public Attribution {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(verbLemma, "verbLemma");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectText, "subjectText");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentence, "sentence");
        if (subjectText.length() != subject.length()) {
            throw new IllegalArgumentException("subject text \"" + subjectText + "\" does not fit span " + subject);
        }
    }

    public boolean hasSubject() {
        return !subject.isEmpty();
    }

    /** True when the speaker was carried over from an earlier attribution. */
    public boolean subjectInherited() {
        return hasSubject() && subject.end() <= verb.start();
    }
}
