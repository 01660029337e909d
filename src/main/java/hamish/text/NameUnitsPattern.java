package hamish.text;

import hamish.model.Span;
import hamish.text.MentionProposal.Confidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The long form of a person's name: the first name, a chain of بن/ابن fathers longer than the one the
 * user gave, then the rest of the name if it has one — عادل بن أحمد الجبير for عادل الجبير, فيصل بن خالد
 * بن عبدالعزيز for فيصل بن خالد. Fathers are any names (the user rarely knows them); the first name and
 * the rest must be the user's. A name that follows بن is a father's, never this person (محمد بن سلمان).
 */
final class NameUnitsPattern {

    private final String name;
    private final String first;
    private final List<String> chain;
    private final List<String> tail;

    NameUnitsPattern(String name, String first, List<String> chain, List<String> tail) {
        this.name = name;
        this.first = first;
        this.chain = List.copyOf(chain);
        this.tail = List.copyOf(tail);
    }

    /** Skeletons of the first word a long form may start with (عبد for عبدالعزيز written apart). */
    List<String> skeletonKeys() {
        Set<String> keys = new LinkedHashSet<>();
        int space = first.indexOf(' ');
        keys.add(NameKeys.skeleton(space < 0 ? first : first.substring(0, space)));
        if (first.startsWith("عبد") && first.length() > 3) {
            keys.add(NameKeys.skeleton("عبد"));
        }
        return List.copyOf(keys);
    }

    /** The long form starting at word {@code i}, or null. */
    MentionProposal matchAt(TokenKeys keys, int i) {
        FoldedTokens tokens = keys.tokens();
        if (NameContext.precededBy(tokens, i, NameContext.LINKS)) {
            return null;
        }
        int[] prefixes = keys.prefixes(i);
        for (int k = 0; k < prefixes.length; k++) {
            if (prefixes[k] > 0 && NameKeys.letterCount(first) < ProcliticMatcher.MIN_LETTERS_FOR_PROCLITICS) {
                break;
            }
            int[] unit = unitAt(tokens, i, tokens.folded(i).substring(prefixes[k]), first);
            if (unit == null) {
                continue;
            }
            int end = match(tokens, unit[0]);
            if (end >= 0) {
                int start = tokens.toOriginal(i, new Span(prefixes[k], tokens.folded(i).length())).start();
                int stop = tokens.toOriginal(end, new Span(0, tokens.folded(end).length())).end();
                Span span = new Span(start, stop);
                return new MentionProposal(span, span.of(tokens.text()), Confidence.FORM, "long form of " + name);
            }
        }
        return null;
    }

    /** The last word of the chain and rest that follow word {@code last} of the first name, or -1. */
    private int match(FoldedTokens tokens, int last) {
        List<String> fathers = new ArrayList<>();
        int end = last;
        int j = last + 1;
        while (j + 1 < tokens.size() && NameContext.LINKS.contains(tokens.folded(j))
                && NameContext.blankBetween(tokens, j - 1, j) && NameContext.blankBetween(tokens, j, j + 1)) {
            String[] father = read(tokens, j + 1);
            fathers.add(father[0]);
            end = Integer.parseInt(father[1]);
            j = end + 1;
        }
        if (fathers.size() <= chain.size() || !fathers.subList(0, chain.size()).equals(chain)) {
            return -1; // not longer than the user's lineage: that one is matched as a name or a form already
        }
        int tailEnd = end;
        for (String expected : tail) {
            if (tailEnd + 1 >= tokens.size() || !NameContext.blankBetween(tokens, tailEnd, tailEnd + 1)) {
                tailEnd = -1;
                break;
            }
            String[] word = read(tokens, tailEnd + 1);
            if (!word[0].equals(expected)) {
                tailEnd = -1;
                break;
            }
            tailEnd = Integer.parseInt(word[1]);
        }
        if (tailEnd >= 0) {
            return tailEnd;
        }
        // Without the rest of the name only a lineage the user gave identifies the person (عادل بن أحمد is anyone).
        return chain.isEmpty() ? -1 : end;
    }

    /** The name unit at word {@code i} (its folded key and last word). */
    private static String[] read(FoldedTokens tokens, int i) {
        List<String> texts = new ArrayList<>(2);
        List<String> folded = new ArrayList<>(2);
        for (int k = i; k < Math.min(i + 2, tokens.size()); k++) {
            if (k > i && !NameContext.blankBetween(tokens, k - 1, k)) {
                break;
            }
            texts.add(tokens.folded(k));
            folded.add(tokens.folded(k));
        }
        NameUnit u = NameUnit.read(texts, folded, 0);
        return new String[] {u.key(), Integer.toString(i + u.words() - 1)};
    }

    /** {last word index} when the unit starting at word {@code i} (whose core is {@code core}) is {@code expected}; else null. */
    private static int[] unitAt(FoldedTokens tokens, int i, String core, String expected) {
        List<String> words = new ArrayList<>(List.of(core));
        if (i + 1 < tokens.size() && NameContext.blankBetween(tokens, i, i + 1)) {
            words.add(tokens.folded(i + 1));
        }
        NameUnit u = NameUnit.read(words, words, 0);
        return u.key().equals(expected) && !u.link() ? new int[] {i + u.words() - 1} : null;
    }
}
