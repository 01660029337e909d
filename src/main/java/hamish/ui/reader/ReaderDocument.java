package hamish.ui.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The document the reader shows: its text, split into paragraphs at {@code '\n'} (a {@link ReaderText},
 * possibly prepared off the FX thread), and the highlights bucketed per paragraph so that a cell finds
 * its own in O(1).
 */
final class ReaderDocument {

    private final String text;
    private final List<Paragraph> paragraphs;
    private final int[] starts;
    private final DocumentBoundaries boundaries;
    private List<Highlight>[] highlights;

    ReaderDocument(ReaderText prepared) {
        this.text = prepared.text();
        this.paragraphs = prepared.paragraphs();
        this.starts = prepared.starts();
        this.boundaries = prepared.boundaries();
        this.highlights = emptyBuckets(paragraphs.size());
    }

    String text() {
        return text;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    DocumentBoundaries boundaries() {
        return boundaries;
    }

    /** The paragraph holding {@code offset}; the {@code '\n'} after a paragraph belongs to it. */
    int paragraphIndexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    Paragraph paragraphAt(int offset) {
        return paragraphs.get(paragraphIndexOf(offset));
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    List<Highlight> highlightsOf(int paragraph) {
        return highlights[paragraph];
    }

    /**
     * Replaces all highlights in one pass over them (each goes to the paragraphs it touches);
     * returns the indexes of paragraphs whose highlights changed.
     */
    boolean[] replaceHighlights(Collection<Highlight> all) {
        List<Highlight>[] fresh = emptyBuckets(paragraphs.size());
        for (Highlight h : all) {
            if (h.span().start() >= text.length() && !text.isEmpty()) {
                continue;
            }
            int first = paragraphIndexOf(h.span().start());
            int last = paragraphIndexOf(Math.max(h.span().start(), h.span().end() - 1));
            for (int p = first; p <= last; p++) {
                if (fresh[p].isEmpty()) {
                    fresh[p] = new ArrayList<>(2);
                }
                fresh[p].add(h);
            }
        }
        boolean[] changed = new boolean[fresh.length];
        for (int p = 0; p < fresh.length; p++) {
            changed[p] = !fresh[p].equals(highlights[p]);
        }
        highlights = fresh;
        return changed;
    }

    /** The innermost highlight holding {@code offset} (the later one wins a tie), if any. */
    Optional<Highlight> highlightAt(int offset) {
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        Highlight best = null;
        for (Highlight h : highlights[paragraphIndexOf(offset)]) {
            if (h.span().contains(offset) && (best == null || h.span().length() <= best.span().length())) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    @SuppressWarnings("unchecked")
    private static List<Highlight>[] emptyBuckets(int n) {
        List<Highlight>[] b = new List[n];
        Arrays.fill(b, List.of());
        return b;
    }
}
