package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Find with spelling variants, for the opt-in variant search: a query word matches a text word whose
 * {@link SearchKeys#skeleton} (or, on the first word, the skeleton of a proclitic-free form) equals the
 * query word's, so البنتاغون finds البنتاجون and للبنتاجون. Words of a phrase must follow each other on
 * one line. Spans are in original offsets, without the proclitic, sorted and non-overlapping.
 */
public final class VariantFinder {

    private final FoldedTokens tokens;

    public VariantFinder(String text) {
        this(FoldedTokens.of(text));
    }

    public VariantFinder(FoldedTokens tokens) {
        this.tokens = tokens;
    }

    public static List<Span> findAll(String text, String query) {
        return new VariantFinder(text).findAll(query);
    }

    public List<Span> findAll(String query) {
        List<String> keys = new ArrayList<>();
        for (Token word : WordTokenizer.tokenize(query)) {
            keys.add(SearchKeys.skeleton(ArabicNormalizer.fold(word.text())));
        }
        List<Span> spans = new ArrayList<>();
        if (keys.isEmpty()) {
            return spans;
        }
        int last = keys.size() - 1;
        for (int i = 0; i + last < tokens.size(); i++) {
            int cut = firstWordCut(tokens.folded(i), keys.get(0));
            if (cut < 0 || !restMatches(i, keys)) {
                continue;
            }
            Span start = tokens.toOriginal(i, new Span(cut, tokens.folded(i).length()));
            Span span = new Span(start.start(), tokens.token(i + last).end());
            if (spans.isEmpty() || spans.get(spans.size() - 1).end() <= span.start()) {
                spans.add(span);
            }
        }
        return spans;
    }

    /** How many folded chars of the word are proclitic when it matches {@code key}; -1 when it does not match. */
    private static int firstWordCut(String folded, String key) {
        if (SearchKeys.skeleton(folded).equals(key)) {
            return 0;
        }
        if (key.codePointCount(0, key.length()) < 2) {
            return -1;
        }
        for (SearchKeys.Form form : SearchKeys.forms(folded)) {
            if (SearchKeys.skeleton(form.text()).equals(key)) {
                return form.cut();
            }
        }
        return -1;
    }

    private boolean restMatches(int first, List<String> keys) {
        for (int k = 1; k < keys.size(); k++) {
            String gap = tokens.text().substring(tokens.token(first + k - 1).end(), tokens.token(first + k).start());
            if (gap.indexOf('\n') >= 0 || !SearchKeys.skeleton(tokens.folded(first + k)).equals(keys.get(k))) {
                return false;
            }
        }
        return true;
    }
}
