package hamish.text;

import hamish.model.Span;

/** Character classes and offset checks shared by the segmenters. */
final class TextChars {

    private TextChars() {
    }

    /**
     * Spaces and the invisible controls that travel with them (bidi marks, zero-width space, BOM): trimmed
     * off the ends of sentences and selections, since a span that starts with an RLM looks identical to
     * one that does not and would only make two equal-looking annotations differ.
     */
    static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '\u061C' || (cp >= '\u200B' && cp <= '\u200F') || cp == '\uFEFF'
                || (cp >= '\u202A' && cp <= '\u202E') || (cp >= '\u2066' && cp <= '\u2069');
    }

    /** {@code span} without blank characters at either end; empty (at its start) when it is all blank. */
    static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return new Span(start, end);
    }

    static void checkOffset(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside a text of " + text.length() + " chars");
        }
    }

    static void checkSpan(String text, Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span " + span + " is past the end of a text of " + text.length() + " chars");
        }
    }

    /** The line (paragraph) around {@code offset}: from after the previous '\n' to before the next one. */
    static Span lineAt(String text, int offset) {
        checkOffset(text, offset);
        int start = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return new Span(start, end < 0 ? text.length() : end);
    }
}
