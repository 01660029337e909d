package hamish.store;

import hamish.text.ArabicNormalizer;
import hamish.text.SearchKeys;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries of a search on PostgreSQL, the counterpart of {@link SearchQuery}'s FTS5 expressions over the same terms
 * ({@link SearchQuery#terms}): {@link PgTermQuery} trees over the term rows of {@link PgSearchIndex}, and tsquery text
 * over the variant keys. User text never reaches PostgreSQL as syntax: every word is folded, cut into
 * {@link PgSearchIndex#lexemes} and bound as a value (term rows) or written as a quoted lexeme (tsquery), so
 * &amp; | ! &lt;-&gt; : * and the words AND, OR, NOT are searched for as text.
 *
 * <p>Every query here is a candidate filter that never drops a document SQLite's would find: a word whose fold
 * is several tokens (SQLite: a phrase of them) needs all of them; a phrase needs every word in the title or the body,
 * its first word as typed or as one of its proclitic spellings, as SQLite's phrase does, but not adjacent (the index
 * has no positions, see {@link PgSearchIndex}). {@link CorpusSearch} re-checks every candidate on its text, which is
 * what makes SQLite's and PostgreSQL's results the same.
 */
final class PgSearchQuery {

    private PgSearchQuery() {
    }

    /** Every word of every term required (the counterpart of {@link SearchQuery#match}); null when no word. */
    static PgTermQuery match(List<String> terms) {
        List<PgTermQuery> parts = new ArrayList<>();
        for (String term : terms) {
            List<Token> words = WordTokenizer.tokenize(term);
            if (words.size() > 1) {
                parts.addAll(phrase(words));
                continue;
            }
            for (Token word : words) {
                add(parts, all(PgSearchIndex.lexemes(ArabicNormalizer.fold(word.text())), false));
            }
        }
        return PgTermQuery.of(parts, false);
    }

    /** The variant key of every word of every term required, tsquery text over {@code variants} ({@link SearchQuery#variantMatch}). */
    static String variantMatch(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            for (Token word : WordTokenizer.tokenize(term)) {
                List<String> keys = PgSearchIndex.lexemes(SearchKeys.skeleton(ArabicNormalizer.fold(word.text())));
                List<String> quoted = keys.stream().map(PgSearchIndex::quote).toList();
                if (!quoted.isEmpty()) {
                    parts.add(quoted.size() == 1 ? quoted.get(0) : "( " + String.join(" & ", quoted) + " )");
                }
            }
        }
        return String.join(" & ", parts);
    }

    /** Any word of any term: ranks a variant search's candidates ({@link SearchQuery#anyWord}); null when no word. */
    static PgTermQuery anyWord(List<String> terms) {
        List<PgTermQuery> parts = new ArrayList<>();
        for (String term : terms) {
            for (Token word : WordTokenizer.tokenize(term)) {
                add(parts, all(PgSearchIndex.lexemes(ArabicNormalizer.fold(word.text())), false));
            }
        }
        return PgTermQuery.of(parts, true);
    }

    /** Every word of {@code userText}, folded, all required; quotes make no phrase ({@link SearchQuery#allWords}). */
    static PgTermQuery allWords(String userText) {
        return match(SearchQuery.terms(userText == null ? "" : userText.replace('"', ' ')));
    }

    /** {@code query} or the overflow lexeme: what a filter over {@code variants} asks, so an overflowed row is a candidate. */
    static String orOverflow(String query) {
        return "( " + query + " ) | " + PgSearchIndex.OVERFLOW_QUERY;
    }

    /**
     * A phrase, as the parts it adds to the query: its first word as typed or behind a proclitic
     * ({@link SearchKeys#withProclitics}), every other word as typed, each in the title or the body, each token
     * followed there by the phrase's next token (a bit of a set, see {@link PgSearchIndex#followerBit}: a filter
     * that never drops an adjacent pair, though it keeps some that are not).
     */
    private static List<PgTermQuery> phrase(List<Token> words) {
        List<String> folded = words.stream().map(w -> ArabicNormalizer.fold(w.text())).toList();
        List<String> rest = new ArrayList<>();
        for (String word : folded.subList(1, folded.size())) {
            rest.addAll(PgSearchIndex.lexemes(word));
        }
        String afterFirst = rest.isEmpty() ? null : rest.get(0);
        List<PgTermQuery> spellings = new ArrayList<>();
        add(spellings, followed(PgSearchIndex.lexemes(folded.get(0)), afterFirst));
        for (String first : SearchKeys.withProclitics(folded.get(0))) {
            add(spellings, followed(PgSearchIndex.lexemes(first), afterFirst));
        }
        List<PgTermQuery> parts = new ArrayList<>();
        add(parts, PgTermQuery.of(spellings, true));
        add(parts, followed(rest, null));
        return parts;
    }

    /** {@code tokens} all required in the title or body, each followed by the next, the last by {@code next} (null: by anything). */
    private static PgTermQuery followed(List<String> tokens, String next) {
        List<PgTermQuery> leaves = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String follower = i + 1 < tokens.size() ? tokens.get(i + 1) : next;
            leaves.add(new PgTermQuery.Lexeme(tokens.get(i), true, follower == null ? 0 : PgSearchIndex.followerBit(follower)));
        }
        return PgTermQuery.of(leaves, false);
    }

    /** The lexemes all required, each in the title or body only when {@code titleOrBody}; null when none. */
    private static PgTermQuery all(List<String> lexemes, boolean titleOrBody) {
        return PgTermQuery.of(lexemes.stream().<PgTermQuery>map(l -> new PgTermQuery.Lexeme(l, titleOrBody)).toList(), false);
    }

    private static void add(List<PgTermQuery> parts, PgTermQuery part) {
        if (part != null) {
            parts.add(part);
        }
    }
}
