package hamish.store;

import hamish.text.SearchKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/** tsvector literals built from the index's space-separated words: each distinct word once, quoted. */
final class TsVectors {

    private TsVectors() {
    }

    /** Title words weight A, body words B, proclitic-free forms C. */
    static String weighted(SearchKeys.IndexText text) {
        Map<String, Character> weights = new LinkedHashMap<>();
        add(weights, text.title(), 'A');
        add(weights, text.body(), 'B');
        add(weights, text.bare(), 'C');
        StringBuilder out = new StringBuilder();
        weights.forEach((word, weight) -> out.append(quoted(word)).append(":1").append(weight).append(' '));
        return out.toString().strip();
    }

    static String plain(String words) {
        Map<String, Character> seen = new LinkedHashMap<>();
        add(seen, words, 'D');
        StringBuilder out = new StringBuilder();
        seen.keySet().forEach(word -> out.append(quoted(word)).append(' '));
        return out.toString().strip();
    }

    /** A word as a tsvector or tsquery lexeme: in quotes, with quotes and backslashes escaped. */
    static String quoted(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static void add(Map<String, Character> weights, String words, char weight) {
        if (words == null) {
            return;
        }
        for (String word : words.split(" ")) {
            if (!word.isEmpty()) {
                weights.putIfAbsent(word, weight); // the strongest place a word appears in counts
            }
        }
    }
}
