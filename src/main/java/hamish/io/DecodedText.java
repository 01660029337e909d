package hamish.io;

import java.util.Objects;

/**
 * A file's bytes turned into text. {@code charset} is the Java name of the encoding that was used
 * ({@code UTF-8}, {@code UTF-16LE}, {@code windows-1256}, ...). {@code confident} is false when the
 * encoding was guessed from weak evidence (a short single-byte file, a faint UTF-16 pattern): the window
 * should then show the user a preview before importing.
 */
public record DecodedText(String text, String charset, boolean confident) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
