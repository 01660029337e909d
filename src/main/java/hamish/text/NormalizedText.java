package hamish.text;

import hamish.model.Span;

/**
 * Text folded for matching or search, with the way back to the original: {@code toOriginal[i]} is the
 * offset in the original text of the char that produced normalised char {@code i}, and
 * {@code toOriginal[length]} is the original text's length. A match found in the folded text thus maps
 * back to the exact characters the user sees, diacritics and tatweel included.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] toOriginal;

    NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    /** A folding that kept every char in place (one char for one): no map to allocate, offsets are the same. */
    static NormalizedText charForChar(String original, String text) {
        return new NormalizedText(original, text, null);
    }

    private int at(int i) {
        return toOriginal == null ? i : toOriginal[i];
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original offset of normalised offset {@code i} (0..length inclusive). */
    public int originalOffset(int i) {
        if (i < 0 || i > text.length()) {
            throw new IllegalArgumentException("offset " + i + " is outside a normalised text of " + text.length() + " chars");
        }
        return at(i);
    }

    /**
     * The original span of a normalised span. The start is the first original char that produced the
     * span, so marks left of it stay out. The end extends over the harakat and tatweel that follow the
     * last kept char, so a match on "محمد" covers all of "مُحَمَّدٌ"; it does not extend over bidi marks
     * or spaces. A span that starts or ends inside the expansion of a ligature (ﷲ → الله) covers the
     * whole ligature: the original cannot be cut there.
     */
    public Span toOriginal(Span normalized) {
        if (normalized.end() > text.length()) {
            throw new IllegalArgumentException("span " + normalized + " is past the end of a normalised text of "
                    + text.length() + " chars");
        }
        int start = at(normalized.start());
        int end = normalized.isEmpty() ? start : endAfter(normalized.end());
        return new Span(start, end);
    }

    private int endAfter(int normalizedEnd) {
        int lastKept = at(normalizedEnd - 1);
        int i = lastKept + Character.charCount(original.codePointAt(lastKept));
        while (i < original.length() && ArabicNormalizer.isAttachedMark(original.codePointAt(i))) {
            i += Character.charCount(original.codePointAt(i));
        }
        return i;
    }
}
