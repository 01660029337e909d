package hamish.text;

/**
 * The name keys of every word of a text (see {@link WordKeys}), fetched on first use and kept. Shared by
 * the index and the plain scan so that both judge a word by the very same keys.
 */
final class TokenKeys {

    private final FoldedTokens tokens;
    private final WordKeys[] words;

    TokenKeys(FoldedTokens tokens) {
        this.tokens = tokens;
        this.words = new WordKeys[tokens.size()];
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

    WordKeys word(int i) {
        if (words[i] == null) {
            words[i] = WordKeys.of(tokens.folded(i));
        }
        return words[i];
    }

    /** Lengths of the possible proclitics of word {@code i}, 0 first. */
    int[] prefixes(int i) {
        return word(i).prefixes;
    }

    /** Skeleton of word {@code i} without its {@code k}-th possible proclitic (k = 0: the whole word). */
    String skeleton(int i, int k) {
        return word(i).skeletons[k];
    }
}
