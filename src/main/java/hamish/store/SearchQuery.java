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
     * An FTS5 expression over {@code document_search} requiring every word of every term (a candidate filter:
     * phrases are checked afterwards).
     */
    static String match(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            List<Token> words = WordTokenizer.tokenize(term);
            if (words.size() > 1) {
                parts.add(phrase(words));
                continue;
            }
            for (Token word : words) {
                parts.add(EXACT_COLUMNS + " : " + quoted(ArabicNormalizer.fold(word.text())));
            }
        }
        return String.join(" AND ", parts);
    }

    /**
     * For a search with spelling variants, an FTS5 expression over {@code document_variant} requiring the variant
     * key of every word of every term (a phrase's words in any order, as before). A word that matches exactly has
     * the same key, so this finds every document the exact search finds too.
     */
    static String variantMatch(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            for (Token word : WordTokenizer.tokenize(term)) {
                parts.add(quoted(SearchKeys.skeleton(ArabicNormalizer.fold(word.text()))));
            }
        }
        return String.join(" AND ", parts);
    }

    /**
     * Any word of any term in the exact columns: ranks the candidates of a variant search (the variant table has
     * no positions or counts to rank by), the documents holding more of the words as typed first.
     */
    static String anyWord(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            for (Token word : WordTokenizer.tokenize(term)) {
                parts.add(quoted(ArabicNormalizer.fold(word.text())));
            }
        }
        return EXACT_COLUMNS + " : (" + String.join(" OR ", parts) + ")";
    }

    /**
     * A phrase: consecutive in the folded title or body, its first word as typed or behind a proclitic (the
     * words {@link SearchKeys#withProclitics} lists: بالبيت الابيض for "البيت الابيض"), the rest as typed.
     */
    private static String phrase(List<Token> words) {
        List<String> folded = words.stream().map(w -> ArabicNormalizer.fold(w.text())).toList();
        String rest = " " + String.join(" ", folded.subList(1, folded.size()));
        List<String> spellings = new ArrayList<>();
        spellings.add(quoted(folded.get(0) + rest));
        for (String first : SearchKeys.withProclitics(folded.get(0))) {
            spellings.add(quoted(first + rest));
        }
        return "{title body} : (" + String.join(" OR ", spellings) + ")";
    }

    /**
     * Every word of {@code userText}, folded, all required, in the exact columns. Empty when nothing
     * searchable is left.
     */
    static String allWords(String userText) {
        return match(terms(userText == null ? "" : userText.replace('"', ' ')));
    }

    private static String quoted(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }
}
