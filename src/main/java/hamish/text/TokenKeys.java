package hamish.text;

/**
 * The name keys of every word of a text, computed on first use and kept: the proclitic prefixes each
 * word could carry and the skeleton of each resulting core. Shared by the index and the plain scan so
 * that both judge a word by the very same keys.
 */
final class TokenKeys {

    private final FoldedTokens tokens;
    private final int[][] prefixes;
    private final String[][] skeletons;

    TokenKeys(FoldedTokens tokens) {
        this.tokens = tokens;
        this.prefixes = new int[tokens.size()][];
        this.skeletons = new String[tokens.size()][];
    }

    FoldedTokens tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    String folded(int i) {
        return tokens.folded(i);
    }

    /** Lengths of the possible proclitics of word {@code i}, 0 first. */
    int[] prefixes(int i) {
        if (prefixes[i] == null) {
            prefixes[i] = NameKeys.procliticLengths(tokens.folded(i));
        }
        return prefixes[i];
    }

    /** Skeleton of word {@code i} without its {@code k}-th possible proclitic (k = 0: the whole word). */
    String skeleton(int i, int k) {
        if (skeletons[i] == null) {
            int[] p = prefixes(i);
            String folded = tokens.folded(i);
            String[] s = new String[p.length];
            for (int j = 0; j < p.length; j++) {
                s[j] = NameKeys.skeleton(folded.substring(p[j]));
            }
            skeletons[i] = s;
        }
        return skeletons[i][k];
    }
}
