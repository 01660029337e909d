package hamish.text;

import hamish.model.Span;
import java.util.Objects;

/** A word of a text: its characters exactly as they stand in the text, and where they stand. */
public record Token(String text, Span span) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token \"" + text + "\" does not fit span " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
