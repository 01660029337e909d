package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Find with spelling variants, for the opt-in variant search: a query word matches a text word (or, on the
 * first word, a proclitic-free form of it) that is a spelling variant of it by the rule names are matched
 * with ({@link NameKeys#isSpellingVariant}: the g class غ/ج/ق, one long vowel more or less in a word of
 * five letters or more, same first and last letter), so البنتاغون finds البنتاجون and للبنتاجون. A shared
 * {@link SearchKeys#skeleton} only picks candidates: it made كيري find غير and جرى, الجبير find الكبرى,
 * الأسد find السيد. Words of under four letters, or whose skeleton keeps under three, have no variants, and
 * a common word ({@link CommonWords}) is never a variant of anything. Words of a phrase must follow each other on
 * one line. Spans are in original offsets, without the proclitic, sorted and non-overlapping.
 */
public final class VariantFinder {

    private static final int MIN_VARIANT_LETTERS = 4;
    private static final int MIN_VARIANT_SKELETON = 3;

    private final FoldedTokens tokens;
    private final CommonWords common;

    public VariantFinder(String text) {
        this(FoldedTokens.of(text));
    }

    public VariantFinder(FoldedTokens tokens) {
        this(tokens, CommonWords.builtIn());
    }

    public VariantFinder(FoldedTokens tokens, CommonWords common) {
        this.tokens = tokens;
        this.common = common;
    }

    public static List<Span> findAll(String text, String query) {
        return new VariantFinder(text).findAll(query);
    }

    public List<Span> findAll(String query) {
        List<String> keys = new ArrayList<>();
        for (Token word : WordTokenizer.tokenize(query)) {
            keys.add(ArabicNormalizer.fold(word.text()));
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

    /** How many folded chars of the word are proclitic when it matches query word {@code key}; -1 when it does not match. */
    private int firstWordCut(String folded, String key) {
        if (variant(folded, key)) {
            return 0;
        }
        if (key.codePointCount(0, key.length()) < 2) {
            return -1;
        }
        for (SearchKeys.Form form : SearchKeys.forms(folded)) {
            if (variant(form.text(), key)) {
                return form.cut();
            }
        }
        return -1;
    }

    /** Whether folded text word {@code word} is folded query word {@code query} or a spelling variant of it. */
    private boolean variant(String word, String query) {
        if (word.equals(query)) {
            return true;
        }
        return NameKeys.letterCount(query) >= MIN_VARIANT_LETTERS
                && NameKeys.skeleton(query).length() >= MIN_VARIANT_SKELETON
                && !common.contains(word)
                && NameKeys.isSpellingVariant(word, query);
    }

    private boolean restMatches(int first, List<String> keys) {
        for (int k = 1; k < keys.size(); k++) {
            String gap = tokens.text().substring(tokens.token(first + k - 1).end(), tokens.token(first + k).start());
            if (gap.indexOf('\n') >= 0 || !variant(tokens.folded(first + k), keys.get(k))) {
                return false;
            }
        }
        return true;
    }
}
