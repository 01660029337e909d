package hamish.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import hamish.model.Span;

/**
 * Snapping of reader selections to words and to user-perceived characters.
 *
 * <p>Words never cross a line break, so each lookup tokenizes only the line around the offset: a click
 * in a long article costs one paragraph.
 *
 * <p>Lam-alef: "لا" is drawn as one glyph but Unicode makes it two grapheme clusters (ل, ا). Word
 * snapping, the default, never cuts inside a word, so the question does not arise there. Character
 * mode (Alt-drag) keeps ICU's grapheme clusters, which never split a surrogate pair or a letter from
 * its harakat, and may end a selection between ل and ا; that is the user's explicit choice.
 */
public final class WordBoundaries {

    private WordBoundaries() {
    }

    /**
     * The word containing {@code offset}, else the word ending at it (a caret just after a word), else an
     * empty span at {@code offset}.
     */
    public static Span wordAt(String text, int offset) {
        TextChars.checkOffset(text, offset);
        Span touching = null;
        for (Token token : WordTokenizer.tokenize(text, TextChars.lineAt(text, offset))) {
            if (token.span().contains(offset)) {
                return token.span();
            }
            if (token.end() == offset) {
                touching = token.span();
            }
        }
        return touching != null ? touching : new Span(offset, offset);
    }

    /**
     * {@code selection} grown so that neither end cuts a word, then trimmed of blanks at both ends. An end
     * on a word boundary stays where it is, so a selection never reaches across a space into a neighbouring
     * word; punctuation the user selected (quote marks) stays selected. A selection holding only blanks
     * or punctuation is not grown to words, as is an empty one between words; like every result it is
     * still snapped to whole grapheme clusters, so it never ends inside an emoji's surrogate pair.
     */
    public static Span snapToWords(String text, Span selection) {
        Span clusters = snapToClusters(text, selection);
        Span startWord = wordCutAt(text, clusters.start());
        Span endWord = wordCutAt(text, clusters.end());
        int start = startWord == null ? clusters.start() : startWord.start();
        int end = endWord == null ? clusters.end() : endWord.end();
        Span grown = new Span(start, Math.max(start, end));
        if (!hasLetterOrDigit(text, grown)) {
            return clusters;
        }
        return TextChars.trim(text, grown);
    }

    /** The word that {@code offset} falls strictly inside of, or null when it is on a word boundary. */
    private static Span wordCutAt(String text, int offset) {
        for (Token token : WordTokenizer.tokenize(text, TextChars.lineAt(text, offset))) {
            if (token.start() < offset && offset < token.end()) {
                return token.span();
            }
        }
        return null;
    }

    private static boolean hasLetterOrDigit(String text, Span span) {
        return span.of(text).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The grapheme cluster starting at or containing {@code offset}; empty at the end of the text. */
    public static Span clusterAt(String text, int offset) {
        TextChars.checkOffset(text, offset);
        if (offset == text.length()) {
            return new Span(offset, offset);
        }
        BreakIterator clusters = characters(text);
        int start = clusters.isBoundary(offset) ? offset : clusters.preceding(offset);
        return new Span(start, clusters.following(offset));
    }

    /** {@code offset} moved back to the start of the grapheme cluster it falls inside, if any. */
    public static int snapToCluster(String text, int offset) {
        TextChars.checkOffset(text, offset);
        BreakIterator clusters = characters(text);
        return clusters.isBoundary(offset) ? offset : clusters.preceding(offset);
    }

    /** {@code selection} grown to whole grapheme clusters: the start moves back, the end forward. */
    public static Span snapToClusters(String text, Span selection) {
        TextChars.checkSpan(text, selection);
        BreakIterator clusters = characters(text);
        int start = clusters.isBoundary(selection.start()) ? selection.start() : clusters.preceding(selection.start());
        int end = clusters.isBoundary(selection.end()) ? selection.end() : clusters.following(selection.end());
        return new Span(start, end);
    }

    private static BreakIterator characters(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        clusters.setText(text);
        return clusters;
    }
}
