package hamish.store;

import hamish.text.ArabicNormalizer;
import hamish.text.SearchKeys;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether SQLite's index would match a document whose variant keys PostgreSQL's tsvector could not hold
 * ({@link PgSearchIndex#OVERFLOW}): the FTS5 query of {@link SearchQuery} evaluated in Java over the document's index
 * text, token for token. Such a document is a candidate of every variant search on PostgreSQL (its words have their
 * term rows, which have no such limit); this keeps it out wherever SQLite's index would, so the results
 * stay SQLite's (the text re-check of {@link CorpusSearch} is wider than the index in places: it finds في inside
 * وفي, which the index does not split).
 */
final class PgOverflowCheck {

    /** The FTS5 columns of one document as token sequences, and the variant keys. */
    private final List<String> title;
    private final List<String> body;
    private final List<String> bare;
    private final Set<String> variants;

    PgOverflowCheck(SearchKeys.IndexText text) {
        this.title = tokens(text.title());
        this.body = tokens(text.body());
        this.bare = tokens(text.bare());
        this.variants = new HashSet<>(tokens(text.variant()));
    }

    /** Whether {@link SearchQuery#match} (or, with {@code variants}, {@link SearchQuery#variantMatch}) of {@code terms} matches. */
    boolean matches(List<String> terms, boolean variantSearch) {
        for (String term : terms) {
            List<Token> words = WordTokenizer.tokenize(term);
            if (variantSearch) {
                for (Token word : words) {
                    if (!variants.containsAll(PgSearchIndex.lexemes(SearchKeys.skeleton(ArabicNormalizer.fold(word.text()))))) {
                        return false;
                    }
                }
            } else if (words.size() > 1) {
                if (!phrase(words)) {
                    return false;
                }
            } else {
                for (Token word : words) {
                    List<String> lexemes = PgSearchIndex.lexemes(ArabicNormalizer.fold(word.text()));
                    if (!lexemes.isEmpty() && !in(lexemes, title) && !in(lexemes, body) && !in(lexemes, bare)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** SQLite's phrase: its first word as typed or as a proclitic spelling, then the rest, adjacent in the title or body. */
    private boolean phrase(List<Token> words) {
        List<String> folded = words.stream().map(w -> ArabicNormalizer.fold(w.text())).toList();
        List<String> rest = new ArrayList<>();
        for (String word : folded.subList(1, folded.size())) {
            rest.addAll(PgSearchIndex.lexemes(word));
        }
        List<String> firsts = new ArrayList<>();
        firsts.add(folded.get(0));
        firsts.addAll(SearchKeys.withProclitics(folded.get(0)));
        for (String first : firsts) {
            List<String> sequence = new ArrayList<>(PgSearchIndex.lexemes(first));
            sequence.addAll(rest);
            if (!sequence.isEmpty() && (in(sequence, title) || in(sequence, body))) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(List<String> sequence, List<String> tokens) {
        return Collections.indexOfSubList(tokens, sequence) >= 0;
    }

    private static List<String> tokens(String words) {
        List<String> tokens = new ArrayList<>();
        for (String word : words.split(" ")) {
            tokens.addAll(PgSearchIndex.lexemes(word));
        }
        return tokens;
    }
}
