package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a term (a name, a word, a phrase) in a text the way an Arabic reader means it: word by word on
 * folded forms, allowing the proclitics that are written onto the first word.
 *
 * <p>Allowed proclitics, on folded forms: an optional conjunction و/ف, then an optional preposition
 * ب/ك/ل, then an optional article ال — except that ل + ال is written لل, the article's alef dropped,
 * never لال. So وواشنطن, بغانتس, لإسرائيل and والبيت match واشنطن, غانتس, إسرائيل and البيت; بنتاغون matches البنتاغون and
 * للبنتاغون; and البنتاغون matches للبنتاغون, whose second lam is the article's.
 *
 * <p>The matcher works from the term outward: a word matches when it is exactly proclitic + term.
 * Nothing is ever stripped from the word first, so بلينكن is found by بلينكن (and, unavoidably, by
 * لينكن with ب); a word with a suffix never matches (واشنطنيين is not واشنطن, the nisba الإسرائيلي is
 * not إسرائيل). A term of fewer than {@value #MIN_LETTERS_FOR_PROCLITICS} letters takes no proclitics:
 * short words are too often the tail of another word (لي in بلي, ولي).
 *
 * <p>A term of several words matches consecutive words separated the same way, ignoring blanks: البيت
 * الأبيض matches across any run of spaces but not across a comma or a line break. Only the first word
 * may carry a proclitic.
 *
 * <p>Related forms, off by default, additionally accept the nisba endings (ي, ية, يون, يين, يان, يات)
 * on the last word, so إسرائيل finds الإسرائيلي and واشنطن finds واشنطنيين. Plurals and duals of other
 * shapes are not covered: they need a lexicon, not a suffix list.
 */
public final class ProcliticMatcher {

    public static final int MIN_LETTERS_FOR_PROCLITICS = 3;

    private static final Pattern PROCLITIC = Pattern.compile("[وف]?(?:[بك]?(?:ال)?|ل|لل)");
    private static final Pattern PREPOSITION_LAM = Pattern.compile("[وف]?ل");
    private static final String ARTICLE = "ال";
    private static final List<String> EXACT = List.of("");
    private static final List<String> NISBA = List.of("", "ي", "يه", "يون", "يين", "يان", "يات");

    private final boolean relatedForms;

    public ProcliticMatcher() {
        this(false);
    }

    public ProcliticMatcher(boolean relatedForms) {
        this.relatedForms = relatedForms;
    }

    public boolean relatedForms() {
        return relatedForms;
    }

    public List<TermMatch> find(String text, String term) {
        return find(FoldedTokens.of(text), term);
    }

    /** Every occurrence of {@code term}, in text order; occurrences of a repeated phrase may overlap. */
    public List<TermMatch> find(FoldedTokens tokens, String term) {
        Term parsed = Term.parse(term);
        List<TermMatch> matches = new ArrayList<>();
        if (parsed.words().isEmpty()) {
            return matches;
        }
        boolean mayTakeAffixes = parsed.letterCount() >= MIN_LETTERS_FOR_PROCLITICS;
        int last = parsed.words().size() - 1;
        for (int i = 0; i + last < tokens.size(); i++) {
            TermMatch match = matchAt(tokens, i, parsed, mayTakeAffixes);
            if (match != null) {
                matches.add(match);
            }
        }
        return matches;
    }

    /** The occurrence of an already parsed term starting at word {@code first}, or null: for callers that pick candidate words from an index. */
    TermMatch matchAt(FoldedTokens tokens, int first, Term term) {
        if (term.words().isEmpty() || first < 0 || first + term.words().size() > tokens.size()) {
            return null;
        }
        return matchAt(tokens, first, term, term.letterCount() >= MIN_LETTERS_FOR_PROCLITICS);
    }

    private TermMatch matchAt(FoldedTokens tokens, int first, Term term, boolean mayTakeAffixes) {
        List<String> words = term.words();
        int last = words.size() - 1;
        List<String> suffixes = relatedForms && mayTakeAffixes ? NISBA : EXACT;
        int[] head = split(tokens.folded(first), words.get(0), mayTakeAffixes, last == 0 ? suffixes : EXACT);
        if (head == null) {
            return null;
        }
        int[] tail = head;
        for (int k = 1; k <= last; k++) {
            Token previous = tokens.token(first + k - 1);
            Token current = tokens.token(first + k);
            String gap = Term.gapKey(tokens.text().substring(previous.end(), current.start()));
            if (gap == null || !gap.equals(term.gaps().get(k - 1))) {
                return null;
            }
            tail = split(tokens.folded(first + k), words.get(k), false, k == last ? suffixes : EXACT);
            if (tail == null) {
                return null;
            }
        }
        String firstFolded = tokens.folded(first);
        String lastFolded = tokens.folded(first + last);
        Span start = tokens.toOriginal(first, new Span(head[0], firstFolded.length()));
        Span end = tokens.toOriginal(first + last, new Span(0, lastFolded.length() - tail[1]));
        Span tokenSpan = new Span(tokens.token(first).start(), tokens.token(first + last).end());
        return new TermMatch(new Span(start.start(), end.end()), tokenSpan, firstFolded.substring(0, head[0]));
    }

    /**
     * How folded word {@code token} is made of proclitic + {@code word} + suffix: {prefix length, suffix
     * length}, or null when it is not.
     */
    private static int[] split(String token, String word, boolean allowProclitic, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (!token.endsWith(suffix)) {
                continue;
            }
            String core = token.substring(0, token.length() - suffix.length());
            if (core.equals(word)) {
                return new int[] {0, suffix.length()};
            }
            if (!allowProclitic) {
                continue;
            }
            String prefix = core.length() > word.length() && core.endsWith(word)
                    ? core.substring(0, core.length() - word.length()) : null;
            boolean lamBeforeWrittenArticle = prefix != null && prefix.endsWith("ل") && word.startsWith(ARTICLE);
            if (prefix != null && !lamBeforeWrittenArticle && PROCLITIC.matcher(prefix).matches()) {
                return new int[] {prefix.length(), suffix.length()};
            }
            // ل + ال: the preposition's lam stands before the article's lam, the alef is not written.
            String withoutAlef = word.startsWith(ARTICLE) ? word.substring(1) : null;
            if (withoutAlef != null && core.length() > withoutAlef.length() && core.endsWith(withoutAlef)
                    && PREPOSITION_LAM.matcher(core.substring(0, core.length() - withoutAlef.length())).matches()) {
                return new int[] {core.length() - withoutAlef.length(), suffix.length()};
            }
        }
        return null;
    }
}
