package hamish.cli;

import java.util.Locale;

/**
 * Text from the database or the disk (titles, notes, entity names, article text, file names) made safe for
 * a terminal before a human-readable command prints it. A title from an article or a JSON-LD file may hold
 * a line break, which would split its record over two lines of line-oriented output, or an ESC sequence,
 * which the terminal would obey (colours, clearing the screen, setting the window title). Such characters
 * are shown as visible escapes instead: {@code \n}, {@code \r}, {@code \t}, {@code \x1b} for the other
 * ASCII controls, {@code \u0085} for the rest. The shown text is for reading, not for parsing back (a
 * backslash already in the text is left as it is); {@code --json} prints the exact strings.
 *
 * <p>Escaped: C0 controls, DEL, C1 controls (U+0085 NEL and U+009B CSI among them), the line and paragraph
 * separators U+2028/U+2029, the bidi embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069
 * (which reorder what follows them on the line, so "abc\u202Etxt.exe" shows as "abcexe.txt"), and halves of
 * surrogate pairs. Not escaped: Arabic and every other letter, harakat, the ordinary direction marks
 * (U+200E, U+200F, U+061C) and joiners (U+200C, U+200D), which Arabic and emoji text use and which cannot
 * reorder anything beyond themselves.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code s} for one line: every character above escaped, line breaks and tabs included. */
    static String line(String s) {
        return escape(s, false);
    }

    /** {@code s} for running text over several lines (an article): line breaks and tabs kept, the rest escaped. */
    static String block(String s) {
        return escape(s, true);
    }

    /**
     * {@code s} as one field of a tab-separated line of document text (a quote, a sentence, a keyword in
     * context): runs of tabs and line breaks become one blank, as the text reads; the rest escaped.
     */
    static String flat(String s) {
        return line(s.replaceAll("[\\t\\r\\n]+", " "));
    }

    private static String escape(String s, boolean keepLayout) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++; // a whole pair (an emoji): both halves kept
                continue;
            }
            boolean kept = !dangerous(c) || keepLayout && (c == '\n' || c == '\t');
            if (kept && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            out.append(kept ? String.valueOf(c) : visible(c));
        }
        return out == null ? s : out.toString();
    }

    private static boolean dangerous(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || Character.isSurrogate(c);
    }

    private static String visible(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x80 ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }
}
