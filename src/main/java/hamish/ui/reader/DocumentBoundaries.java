package hamish.ui.reader;

import hamish.model.Span;
import hamish.text.GraphemeBoundaries;
import hamish.text.SentenceSplitter;
import hamish.text.Token;
import hamish.text.WordBoundaries;
import hamish.text.WordTokenizer;
import java.util.List;

/**
 * The reader's view of word, sentence and cluster boundaries at document offsets, on top of
 * {@code hamish.text} (which tokenizes only the line around an offset, so a 1 MB text costs one
 * paragraph per lookup).
 */
final class DocumentBoundaries {

    private final String text;
    private final GraphemeBoundaries clusters;

    DocumentBoundaries(String text) {
        this.text = text;
        this.clusters = new GraphemeBoundaries(text);
    }

    /** {@code anchor} and {@code caret} (offsets in the text) moved out of any grapheme cluster they fall inside. */
    SelectionEnds onGraphemes(int anchor, int caret) {
        return SelectionEnds.onGraphemes(clusters, anchor, caret);
    }

    /**
     * The selection for a drag whose ends lie on chars {@code first..last} (inclusive): each end
     * that cuts a word grows to the whole word, blanks at either end are dropped, quote marks the
     * user dragged over stay. Null when nothing but blanks was covered.
     */
    Span snapToWords(int first, int last) {
        Span chars = chars(first, last);
        if (chars == null) {
            return null;
        }
        Span snapped = WordBoundaries.snapToWords(text, chars);
        return snapped.isEmpty() || snapped.of(text).isBlank() ? null : snapped;
    }

    /** Chars {@code first..last} grown to whole grapheme clusters (Alt-drag: no word snapping). */
    Span clusterRange(int first, int last) {
        Span chars = chars(first, last);
        return chars == null ? null : WordBoundaries.snapToClusters(text, chars);
    }

    private Span chars(int first, int last) {
        int b = Math.min(last, text.length() - 1);
        return first < 0 || first > b ? null : new Span(first, b + 1);
    }

    /** The word holding {@code offset} (or ending at it), or null on a blank. */
    Span wordAt(int offset) {
        Span word = WordBoundaries.wordAt(text, offset);
        return word.isEmpty() ? null : word;
    }

    Span sentenceAt(int offset) {
        Span sentence = SentenceSplitter.sentenceAt(text, offset);
        return sentence.isEmpty() ? null : sentence;
    }

    /** One grapheme cluster forward (a letter with its harakat, an emoji); the newline is one step. */
    int nextCluster(int offset) {
        return offset >= text.length() ? text.length() : WordBoundaries.clusterAt(text, offset).end();
    }

    int previousCluster(int offset) {
        return offset <= 0 ? 0 : WordBoundaries.snapToCluster(text, Math.min(offset, text.length()) - 1);
    }

    /** The end of the next word ending after {@code offset} on its line, else the line end, else past the newline. */
    int nextWordEnd(int offset) {
        Span line = SentenceSplitter.paragraphAt(text, offset);
        for (Token t : words(line)) {
            if (t.end() > offset) {
                return t.end();
            }
        }
        return offset < line.end() ? line.end() : Math.min(text.length(), offset + 1);
    }

    /** The start of the previous word starting before {@code offset} on its line, else the line start, else before the newline. */
    int previousWordStart(int offset) {
        Span line = SentenceSplitter.paragraphAt(text, offset);
        List<Token> words = words(line);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).start() < offset) {
                return words.get(i).start();
            }
        }
        return offset > line.start() ? line.start() : Math.max(0, offset - 1);
    }

    private List<Token> words(Span line) {
        return WordTokenizer.tokenize(text, line);
    }
}
