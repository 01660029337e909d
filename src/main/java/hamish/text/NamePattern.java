package hamish.text;

import hamish.model.Span;
import hamish.text.MentionProposal.Confidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One name of an entity (its canonical name, an alias, or a part of a person's name) ready to be tried at
 * any word of a text. {@link #matchAt} is the single judge of a proposal; the index only chooses the words
 * where it is asked, through {@link #skeletonKeys} and {@link #typoForms}.
 */
final class NamePattern {

    private static final String ARTICLE = "ال";
    private static final List<String> NISBA = List.of("ي", "يه", "يون", "يين", "يان", "يات");
    private static final int MIN_TYPO_LETTERS = 5;
    private static final int MIN_VARIANT_LETTERS = 4;
    private static final int MIN_VARIANT_SKELETON = 3;

    /** What the pattern stands for: a name the user gave, a part of one (opt-in), or a generated person form. */
    enum Role { NAME, PART, FORM }

    private final String name;
    private final Term term;
    private final boolean part;
    private final Role role;
    /** A person's: a name right after بن is a father's, not this person. */
    private final boolean person;
    /** A form made of ordinary words (التركي): only a mention right after a rank. */
    private final boolean needsTitle;
    private final CommonWords common;
    private final boolean mayTakeProclitics;
    /** The first word as written, then (when it has the article) without it. */
    private final List<String> firstForms;
    private final List<String> skeletonKeys;
    private final List<String> typoForms;

    NamePattern(String name, boolean part, boolean relatedForms) {
        this(name, part ? Role.PART : Role.NAME, relatedForms, false, false, CommonWords.none());
    }

    NamePattern(String name, Role role, boolean relatedForms, boolean person, boolean needsTitle, CommonWords common) {
        this.name = name;
        this.term = Term.parse(name);
        this.part = role == Role.PART;
        this.role = role;
        this.person = person;
        this.needsTitle = needsTitle;
        this.common = common;
        this.mayTakeProclitics = term.letterCount() >= ProcliticMatcher.MIN_LETTERS_FOR_PROCLITICS;
        String first = term.words().isEmpty() ? "" : term.words().get(0);
        List<String> forms = new ArrayList<>(List.of(first));
        if (first.startsWith(ARTICLE) && NameKeys.letterCount(first) - 2 >= 3) {
            forms.add(first.substring(2));
        }
        this.firstForms = List.copyOf(forms);
        Set<String> keys = new LinkedHashSet<>();
        List<String> typo = new ArrayList<>();
        for (String form : forms) {
            keys.add(NameKeys.skeleton(form));
            if (role == Role.NAME && NameKeys.letterCount(form) >= MIN_TYPO_LETTERS) {
                typo.add(form);
            }
        }
        if (relatedForms && term.words().size() == 1 && mayTakeProclitics) {
            for (String suffix : NISBA) {
                keys.add(NameKeys.skeleton(first + suffix));
            }
        }
        this.skeletonKeys = List.copyOf(keys);
        this.typoForms = List.copyOf(typo);
    }

    String name() {
        return name;
    }

    boolean isPart() {
        return part;
    }

    boolean isEmpty() {
        return term.words().isEmpty();
    }

    List<String> skeletonKeys() {
        return skeletonKeys;
    }

    /** The forms of the first word a typo may be made on: five letters or more. */
    List<String> typoForms() {
        return typoForms;
    }

    /** The proposal for this name starting at word {@code i}, or null. Strongest reading wins. */
    MentionProposal matchAt(TokenKeys keys, int i, ProcliticMatcher matcher, boolean typos) {
        if (isEmpty() || i + term.words().size() > keys.size()) {
            return null;
        }
        FoldedTokens tokens = keys.tokens();
        if (person && NameContext.precededBy(tokens, i, NameContext.LINKS)) {
            return null;
        }
        if (needsTitle && !NameContext.precededBy(tokens, i, NameContext.TITLES)) {
            return null;
        }
        TermMatch exact = matcher.matchAt(tokens, i, term);
        if (exact != null) {
            return fromExact(tokens, exact);
        }
        if (part) {
            return null;
        }
        MentionProposal variant = variantAt(keys, i);
        if (variant != null || !typos || role == Role.FORM) {
            return variant;
        }
        return typoAt(keys, i);
    }

    private MentionProposal fromExact(FoldedTokens tokens, TermMatch match) {
        String text = tokens.text();
        if (part) {
            return proposal(text, match.span(), Confidence.VARIANT, "part of the name " + name);
        }
        Span word = match.tokenSpan();
        if (!trailsOnlyMarks(text, match.span().end(), word.end())) {
            Span whole = new Span(match.span().start(), word.end());
            return proposal(text, whole, Confidence.VARIANT, "related form of " + name);
        }
        return role == Role.FORM ? proposal(text, match.span(), Confidence.FORM, "a form of the name: " + name)
                : proposal(text, match.span(), Confidence.EXACT, name);
    }

    private static boolean trailsOnlyMarks(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ArabicNormalizer.isRemovedMark(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private MentionProposal variantAt(TokenKeys keys, int i) {
        int[] prefixes = keys.prefixes(i);
        String folded = keys.folded(i);
        for (int k = 0; k < prefixes.length; k++) {
            if (prefixes[k] > 0 && !mayTakeProclitics) {
                break;
            }
            String core = folded.substring(prefixes[k]);
            if (isCommon(folded, core)) {
                continue;
            }
            for (int f = 0; f < firstForms.size(); f++) {
                if (similar(core, keys.skeleton(i, k), firstForms.get(f)) && restSimilar(keys, i)) {
                    boolean sameWords = f == 0 && core.equals(firstForms.get(0)) && restEqual(keys, i);
                    if (sameWords) {
                        return null; // the exact reading was refused (e.g. a suffix): no variant of it either
                    }
                    int prefix = prefixes[k];
                    boolean articleLam = f == 1 && folded.startsWith("لل", prefix - 2);
                    if (articleLam) {
                        prefix--; // للبنتاجون: the second lam is the article's, as in an exact match
                    }
                    String of = role == Role.FORM ? "the form " + name : name;
                    String reason = f == 0 || articleLam ? "spelling variant of " + of : of + " without the article";
                    return proposal(keys.tokens(), i, prefix, Confidence.VARIANT, reason);
                }
            }
        }
        return null;
    }

    private MentionProposal typoAt(TokenKeys keys, int i) {
        int[] prefixes = keys.prefixes(i);
        String folded = keys.folded(i);
        for (int k = 0; k < prefixes.length; k++) {
            if (prefixes[k] > 0 && !mayTakeProclitics) {
                break;
            }
            String core = folded.substring(prefixes[k]);
            if (isCommon(folded, core)) {
                continue;
            }
            for (String form : firstForms) {
                int first = distance(core, form);
                if (first >= 0 && first + restDistance(keys, i, 1 - first) == 1) {
                    return proposal(keys.tokens(), i, prefixes[k], Confidence.TYPO, "one letter from " + name);
                }
            }
        }
        return null;
    }

    /** A word that is itself an ordinary word (الأحد, الدولة, كبير) is never a variant or typo of a name. */
    private boolean isCommon(String folded, String core) {
        return common.contains(folded) || common.contains(core);
    }

    /**
     * 0 when equal, 1 when one letter is substituted in a word of five letters or more, else -1. Four-letter
     * names were tried: in the benchmark nearly all their typo proposals were common words (دولي for جولي).
     */
    private static int distance(String word, String form) {
        if (word.equals(form)) {
            return 0;
        }
        return NameKeys.letterCount(form) >= MIN_TYPO_LETTERS && NameKeys.oneSubstitution(word, form) ? 1 : -1;
    }

    /** Total distance of the words after the first, or a large number past {@code budget} or on a mismatch. */
    private int restDistance(TokenKeys keys, int i, int budget) {
        if (budget < 0 || !gapsMatch(keys.tokens(), i)) {
            return 2;
        }
        int total = 0;
        for (int k = 1; k < term.words().size(); k++) {
            int d = distance(keys.folded(i + k), term.words().get(k));
            if (d < 0 || (total += d) > budget) {
                return 2;
            }
        }
        return total;
    }

    private boolean restSimilar(TokenKeys keys, int i) {
        if (!gapsMatch(keys.tokens(), i)) {
            return false;
        }
        for (int k = 1; k < term.words().size(); k++) {
            if (!similar(keys.folded(i + k), keys.skeleton(i + k, 0), term.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean restEqual(TokenKeys keys, int i) {
        for (int k = 1; k < term.words().size(); k++) {
            if (!keys.folded(i + k).equals(term.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean gapsMatch(FoldedTokens tokens, int i) {
        for (int k = 1; k < term.words().size(); k++) {
            String gap = Term.gapKey(tokens.text().substring(tokens.token(i + k - 1).end(), tokens.token(i + k).start()));
            if (gap == null || !gap.equals(term.gaps().get(k - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Same word, or a spelling variant of it ({@link NameKeys#isSpellingVariant}) of a name of at least four
     * letters whose skeleton keeps at least three: short names (غزة, إيران → "رن") have no variants, too many
     * ordinary words share their few consonants. A variant always shares the skeleton the index files it under.
     */
    private static boolean similar(String word, String wordSkeleton, String form) {
        if (word.equals(form)) {
            return true;
        }
        if (form.length() < MIN_VARIANT_LETTERS || !NameKeys.isSpellingVariant(word, form)) {
            return false;
        }
        String formSkeleton = NameKeys.skeleton(form);
        return formSkeleton.length() >= MIN_VARIANT_SKELETON && formSkeleton.equals(wordSkeleton);
    }

    private MentionProposal proposal(FoldedTokens tokens, int i, int prefix, Confidence confidence, String reason) {
        int last = i + term.words().size() - 1;
        int start = tokens.toOriginal(i, new Span(prefix, tokens.folded(i).length())).start();
        int end = tokens.toOriginal(last, new Span(0, tokens.folded(last).length())).end();
        return proposal(tokens.text(), new Span(start, end), confidence, reason);
    }

    private static MentionProposal proposal(String text, Span span, Confidence confidence, String reason) {
        return new MentionProposal(span, span.of(text), confidence, reason);
    }
}
