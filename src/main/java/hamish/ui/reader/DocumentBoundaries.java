package hamish.ui.reader;

import hamish.model.Span;
import java.util.Arrays;

/**
 * Word, sentence and cluster boundaries at document offsets, computed within the paragraph that
 * holds the offset (ICU over the whole of a 1 MB text would be wasteful and a word never spans
 * a {@code '\n'}).
 */
final class DocumentBoundaries {

    private final String text;
    private final int[] paragraphStarts;

    DocumentBoundaries(String text, int[] paragraphStarts) {
        this.text = text;
        this.paragraphStarts = paragraphStarts;
    }

    int paragraphOf(int offset) {
        int i = Arrays.binarySearch(paragraphStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    private int start(int paragraph) {
        return paragraphStarts[paragraph];
    }

    private String paragraph(int index) {
        int end = index + 1 < paragraphStarts.length ? paragraphStarts[index + 1] - 1 : text.length();
        return text.substring(paragraphStarts[index], end);
    }

    /**
     * The selection for a drag whose ends lie on chars {@code first..last} (inclusive): spaces at
     * either end dropped, then each end widened to its whole word; punctuation (quote marks) stays
     * as dragged. Null when only spaces were covered.
     */
    Span snapToWords(int first, int last) {
        int a = first;
        int b = Math.min(last, text.length() - 1);
        while (a <= b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b >= a && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        if (a > b) {
            return null;
        }
        Span startWord = wordAt(a);
        Span endWord = wordAt(b);
        int start = startWord != null ? startWord.start() : clusterStart(a);
        int end = endWord != null ? endWord.end() : nextCluster(b);
        return new Span(start, end);
    }

    /** Chars {@code first..last} widened to whole grapheme clusters (Alt-drag: no word snapping). */
    Span clusterRange(int first, int last) {
        if (text.isEmpty()) {
            return null;
        }
        int b = Math.min(last, text.length() - 1);
        return new Span(clusterStart(first), Math.max(nextCluster(b), clusterStart(first)));
    }

    /** The word holding {@code offset}, or null on a space or punctuation. */
    Span wordAt(int offset) {
        int p = paragraphOf(offset);
        Span local = TextBoundaries.wordAt(paragraph(p), offset - start(p));
        return local == null ? null : local.shift(start(p));
    }

    Span sentenceAt(int offset) {
        int p = paragraphOf(offset);
        String para = paragraph(p);
        if (para.isEmpty()) {
            return null;
        }
        return TextBoundaries.sentenceAt(para, offset - start(p)).shift(start(p));
    }

    int clusterStart(int offset) {
        int p = paragraphOf(offset);
        return start(p) + TextBoundaries.clusterStart(paragraph(p), offset - start(p));
    }

    /** One grapheme cluster forward; the newline between paragraphs is one step. */
    int nextCluster(int offset) {
        int p = paragraphOf(offset);
        String para = paragraph(p);
        int local = offset - start(p);
        return local >= para.length() ? Math.min(text.length(), offset + 1) : start(p) + TextBoundaries.nextCluster(para, local);
    }

    int previousCluster(int offset) {
        int p = paragraphOf(offset);
        int local = offset - start(p);
        return local == 0 ? Math.max(0, offset - 1) : start(p) + TextBoundaries.previousCluster(paragraph(p), local);
    }

    int nextWordEnd(int offset) {
        int p = paragraphOf(offset);
        String para = paragraph(p);
        int local = offset - start(p);
        return local >= para.length() ? Math.min(text.length(), offset + 1) : start(p) + TextBoundaries.nextWordEnd(para, local);
    }

    int previousWordStart(int offset) {
        int p = paragraphOf(offset);
        int local = offset - start(p);
        return local == 0 ? Math.max(0, offset - 1) : start(p) + TextBoundaries.previousWordStart(paragraph(p), local);
    }
}
