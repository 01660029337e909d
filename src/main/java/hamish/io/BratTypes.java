package hamish.io;

/**
 * Tag names as brat type names and back. brat reads a type as one token of its configuration files and
 * of each {@code .ann} line, so spaces cannot stay: a space becomes {@code _} and an underscore is doubled
 * ({@code __}), which keeps the mapping reversible ("Direct quote" ↔ "Direct_quote", "a_b" ↔ "a__b").
 * Tabs and line breaks, which would break the line format, are written as spaces.
 */
final class BratTypes {

    private BratTypes() {
    }

    static String toBrat(String tagName) {
        StringBuilder out = new StringBuilder(tagName.length() + 4);
        for (int i = 0; i < tagName.length(); i++) {
            char c = tagName.charAt(i);
            if (c == '_') {
                out.append("__");
            } else if (Character.isWhitespace(c)) {
                out.append('_');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String fromBrat(String type) {
        StringBuilder out = new StringBuilder(type.length());
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '_' && i + 1 < type.length() && type.charAt(i + 1) == '_') {
                out.append('_');
                i++;
            } else {
                out.append(c == '_' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A note on one line: backslash and line breaks escaped (brat notes end at the line's end). */
    static String escapeNote(String note) {
        return note.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    static String unescapeNote(String note) {
        StringBuilder out = new StringBuilder(note.length());
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c == '\\' && i + 1 < note.length()) {
                char n = note.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
