package hamish.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The name keys of one folded word: the lengths of its possible proclitics (0 first) and the skeleton of
 * each resulting core. A news collection repeats a few tens of thousands of words, so the keys are kept
 * per word in a bounded cache shared by all texts; a text then costs one lookup per word.
 */
final class WordKeys {

    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, WordKeys> CACHE = new ConcurrentHashMap<>();

    final String folded;
    final int[] prefixes;
    final String[] skeletons;

    private WordKeys(String folded) {
        this.folded = folded;
        this.prefixes = NameKeys.procliticLengths(folded);
        this.skeletons = new String[prefixes.length];
        for (int k = 0; k < prefixes.length; k++) {
            skeletons[k] = NameKeys.skeleton(folded.substring(prefixes[k]));
        }
    }

    static WordKeys of(String folded) {
        WordKeys keys = CACHE.get(folded);
        if (keys == null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear(); // crude but bounded: a cold cache only costs time
            }
            keys = new WordKeys(folded);
            CACHE.put(folded, keys);
        }
        return keys;
    }

    int cores() {
        return prefixes.length;
    }

    String core(int k) {
        return folded.substring(prefixes[k]);
    }
}
