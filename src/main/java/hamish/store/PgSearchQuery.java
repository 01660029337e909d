package hamish.store;

import hamish.text.ArabicNormalizer;
import hamish.text.SearchKeys;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * tsquery texts for PostgreSQL's search index ({@link PgSearchIndex}), the counterpart of {@link SearchQuery}'s FTS5
 * expressions over the same terms ({@link SearchQuery#terms}). User text never reaches PostgreSQL as syntax: every
 * word is folded, cut into {@link PgSearchIndex#lexemes} and written as a quoted lexeme, so &amp; | ! &lt;-&gt; : *
 * and the words AND, OR, NOT are searched for as text.
 *
 * <p>Every query here is a candidate filter that never drops a document SQLite's would find: a word whose fold
 * is several tokens (SQLite: a phrase of them) needs all of them; a phrase needs every word in the title or the body
 * (weights A, B), its first word as typed or as one of its proclitic spellings, as SQLite's phrase does, but not
 * adjacent (the index has no positions, see {@link PgSearchIndex}). {@link CorpusSearch} re-checks every candidate
 * on its text, which is what makes SQLite's and PostgreSQL's results the same.
 */
final class PgSearchQuery {

    private PgSearchQuery() {
    }

    /** Every word of every term required (the counterpart of {@link SearchQuery#match}); empty when no word. */
    static String match(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            List<Token> words = WordTokenizer.tokenize(term);
            if (words.size() > 1) {
                parts.add(phrase(words));
                continue;
            }
            for (Token word : words) {
                add(parts, all(PgSearchIndex.lexemes(ArabicNormalizer.fold(word.text())), ""));
            }
        }
        return String.join(" & ", parts);
    }

    /** The variant key of every word of every term required, over {@code variants} ({@link SearchQuery#variantMatch}). */
    static String variantMatch(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            for (Token word : WordTokenizer.tokenize(term)) {
                add(parts, all(PgSearchIndex.lexemes(SearchKeys.skeleton(ArabicNormalizer.fold(word.text()))), ""));
            }
        }
        return String.join(" & ", parts);
    }

    /** Any word of any term, over {@code words}: ranks a variant search's candidates ({@link SearchQuery#anyWord}). */
    static String anyWord(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            for (Token word : WordTokenizer.tokenize(term)) {
                add(parts, all(PgSearchIndex.lexemes(ArabicNormalizer.fold(word.text())), ""));
            }
        }
        return String.join(" | ", parts);
    }

    /** Every word of {@code userText}, folded, all required; quotes make no phrase ({@link SearchQuery#allWords}). */
    static String allWords(String userText) {
        return match(SearchQuery.terms(userText == null ? "" : userText.replace('"', ' ')));
    }

    /** {@code query} or the overflow lexeme: what a filter over an index column asks, so an overflowed row is a candidate. */
    static String orOverflow(String query) {
        return "( " + query + " ) | " + PgSearchIndex.OVERFLOW_QUERY;
    }

    /**
     * A phrase: its first word as typed or behind a proclitic ({@link SearchKeys#withProclitics}), every other word
     * as typed, each in the title or the body.
     */
    private static String phrase(List<Token> words) {
        List<String> folded = words.stream().map(w -> ArabicNormalizer.fold(w.text())).toList();
        List<String> spellings = new ArrayList<>();
        add(spellings, all(PgSearchIndex.lexemes(folded.get(0)), ":AB"));
        for (String first : SearchKeys.withProclitics(folded.get(0))) {
            add(spellings, all(PgSearchIndex.lexemes(first), ":AB"));
        }
        List<String> parts = new ArrayList<>();
        if (!spellings.isEmpty()) {
            parts.add(spellings.size() == 1 ? spellings.get(0) : "( " + String.join(" | ", spellings) + " )");
        }
        for (String word : folded.subList(1, folded.size())) {
            add(parts, all(PgSearchIndex.lexemes(word), ":AB"));
        }
        return String.join(" & ", parts);
    }

    /** The lexemes all required, each with {@code weights} ("" for any column), bracketed when several; "" when none. */
    private static String all(List<String> lexemes, String weights) {
        List<String> quoted = lexemes.stream().map(l -> PgSearchIndex.quote(l) + weights).toList();
        return quoted.size() == 1 ? quoted.get(0) : quoted.isEmpty() ? "" : "( " + String.join(" & ", quoted) + " )";
    }

    private static void add(List<String> parts, String part) {
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }
}
