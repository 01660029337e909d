package hamish.ui.search;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cuts the context of a keyword-in-context line to the room beside its match. The text before the match keeps
 * its end (the words next to the match), the text after it keeps its start; whatever is cut off is replaced by
 * "…" at the far end. Cuts fall between graphemes (ICU), never inside a letter and its harakat or a surrogate
 * pair, so what remains is text the user could have typed. {@code measure} gives a string's drawn width; fitting
 * asks it O(log n) times, so a line refits quickly when the view is resized.
 */
final class KwicFit {

    static final String ELLIPSIS = "…";

    private KwicFit() {
    }

    /** The end of {@code before} that fits in {@code room}, with "…" in front when cut; "" when not even "…" fits. */
    static String tail(String before, double room, ToDoubleFunction<String> measure) {
        String s = before.replace('\n', ' ');
        if (measure.applyAsDouble(s) <= room) {
            return s;
        }
        List<Integer> cuts = boundaries(s);
        // The widest tail that fits: cuts are in text order, so a later cut leaves a shorter tail.
        int lo = 0;
        int hi = cuts.size() - 1;
        String best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String candidate = ELLIPSIS + s.substring(cuts.get(mid));
            if (measure.applyAsDouble(candidate) <= room) {
                best = candidate;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best == null ? "" : best;
    }

    /** The start of {@code after} that fits in {@code room}, with "…" after it when cut; "" when not even "…" fits. */
    static String head(String after, double room, ToDoubleFunction<String> measure) {
        String s = after.replace('\n', ' ');
        if (measure.applyAsDouble(s) <= room) {
            return s;
        }
        List<Integer> cuts = boundaries(s);
        int lo = 0;
        int hi = cuts.size() - 1;
        String best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String candidate = s.substring(0, cuts.get(mid)) + ELLIPSIS;
            if (measure.applyAsDouble(candidate) <= room) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best == null ? "" : best;
    }

    /** Every grapheme boundary of {@code s}, 0 and its length included, in order. */
    static List<Integer> boundaries(String s) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(s);
        List<Integer> cuts = new ArrayList<>();
        for (int b = graphemes.first(); b != BreakIterator.DONE; b = graphemes.next()) {
            cuts.add(b);
        }
        return cuts;
    }
}
