package hamish.store;

import hamish.text.ArabicNormalizer;
import hamish.text.SearchKeys;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds FTS5 queries from what a user typed. User text never reaches FTS5 as syntax: it is cut into
 * words with the same tokenizer as the documents, and every word is written as an FTS5 string
 * ("..." with inner quotes doubled), so quotes, stars, colons, brackets, minus and the words AND, OR,
 * NOT, NEAR are searched for as text (the punctuation is no part of any word, so it simply drops out).
 * Only double quote marks mean something: they make a phrase, whose words are re-checked in order on the
 * text by {@link CorpusSearch} (the index only narrows the candidates).
 */
final class SearchQuery {

    /** The columns a word may match: the folded title and body, and the proclitic-free forms. */
    private static final String EXACT_COLUMNS = "{title body bare}";

    private SearchQuery() {
    }

    /**
     * The search terms of {@code userText}: text between double quote marks (" “ ” « », an unclosed one
     * running to the end) is one phrase, every other word is a term of its own. Terms without a word are
     * dropped.
     */
    static List<String> terms(String userText) {
        List<String> terms = new ArrayList<>();
        if (userText == null) {
            return terms;
        }
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < userText.length(); i++) {
            char c = userText.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                flush(terms, current, inPhrase);
                inPhrase = !inPhrase;
            } else {
                current.append(c);
            }
        }
        flush(terms, current, inPhrase);
        return terms;
    }

    private static void flush(List<String> terms, StringBuilder current, boolean phrase) {
        if (phrase) {
            if (!WordTokenizer.tokenize(current.toString()).isEmpty()) {
                terms.add(current.toString().strip());
            }
        } else {
            for (Token word : WordTokenizer.tokenize(current.toString())) {
                terms.add(word.text());
            }
        }
        current.setLength(0);
    }

    /**
     * An FTS5 expression requiring every word of every term (a candidate filter: phrases are checked
     * afterwards). With {@code variants}, a word may also match by its spelling-variant key.
     */
    static String match(List<String> terms, boolean variants) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            List<Token> words = WordTokenizer.tokenize(term);
            if (words.size() > 1 && !variants) {
                parts.add(phrase(words));
                continue;
            }
            for (Token word : words) {
                String folded = ArabicNormalizer.fold(word.text());
                String exact = EXACT_COLUMNS + " : " + quoted(folded);
                parts.add(variants ? "(" + exact + " OR variant : " + quoted(SearchKeys.skeleton(folded)) + ")" : exact);
            }
        }
        return String.join(" AND ", parts);
    }

    /**
     * A phrase: consecutive in the folded title or body, or, when its first word carries a proclitic, that
     * word's proclitic-free form followed by the second word in the bare column (see SearchKeys.columns)
     * with the rest of the phrase consecutive in the text.
     */
    private static String phrase(List<Token> words) {
        List<String> folded = words.stream().map(w -> ArabicNormalizer.fold(w.text())).toList();
        String whole = "{title body} : " + quoted(String.join(" ", folded));
        String bare = "bare : " + quoted(folded.get(0) + " " + folded.get(1));
        String rest = folded.size() > 2 ? " AND {title body} : " + quoted(String.join(" ", folded.subList(1, folded.size()))) : "";
        return "(" + whole + " OR (" + bare + rest + "))";
    }

    /**
     * Every word of {@code userText}, folded, all required, in the exact columns. Empty when nothing
     * searchable is left.
     */
    static String allWords(String userText) {
        return match(terms(userText == null ? "" : userText.replace('"', ' ')), false);
    }

    private static String quoted(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }
}
