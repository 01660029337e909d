package hamish.store;

import hamish.text.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL side of {@link CorpusSearch} on PostgreSQL: candidates from the GIN-indexed tsvectors of
 * {@link PgSearchIndex}, best {@code ts_rank} first, ties by id; texts as on SQLite.
 *
 * <p>Ranking: {@code ts_rank} with the weights of SQLite's bm25 columns, halved because ts_rank takes none above 1
 * (a title hit 1.0, a body hit 0.5, a proclitic-free form 0.4, the overflow lexeme 0.05). PostgreSQL has no bm25 and
 * the index keeps no counts (see {@link PgSearchIndex}), so the order differs from SQLite's; the results do not.
 * Scores are returned negated, as bm25's are (smaller is better), so {@link CorpusSearch} treats both alike.
 *
 * <p>The window of {@link CorpusSearch#RANKED} is kept: past that many candidates only the newest are ranked, found
 * as on SQLite by the id of the {@code window}th newest candidate. A candidate of a phrase is a document holding
 * its words anywhere (no positions), so past the window a phrase can find fewer, older documents than on SQLite,
 * whose candidates hold the words adjacent.
 */
final class PgSearchRanking implements SearchCandidates {

    /** Weights {D, C, B, A} for ts_rank. */
    static final String WEIGHTS = "'{0.05, 0.4, 0.5, 1.0}'::float4[]";

    private static final String RANKED = "SELECT document_id, -ts_rank(" + WEIGHTS + ", words, ?::tsquery) AS score "
            + "FROM document_search WHERE words @@ ?::tsquery AND document_id >= ? ORDER BY score, document_id LIMIT ? OFFSET ?";
    /** Variant candidates, those also holding a word as typed first by its rank (ts_rank is 0 for the others). */
    private static final String WITH_VARIANTS = "SELECT document_id, -ts_rank(" + WEIGHTS + ", words, ?::tsquery) AS score "
            + "FROM document_search WHERE variants @@ ?::tsquery ORDER BY score, document_id LIMIT ? OFFSET ?";

    private final Connection connection;
    private final String sql;
    private final List<Object> parameters;

    private PgSearchRanking(Connection connection, String sql, List<Object> parameters) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
    }

    /** The ranking of tsquery {@code match} over at most {@code window} candidates, the newest. */
    static PgSearchRanking of(Connection c, String match, int window) throws SQLException {
        String filter = PgSearchQuery.orOverflow(match);
        return new PgSearchRanking(c, RANKED, List.of(match, filter, floor(c, filter, window)));
    }

    /** Documents with every variant key of {@code variantMatch}, those also holding a word of {@code anyWord} first. */
    static PgSearchRanking withVariants(Connection c, String anyWord, String variantMatch) {
        return new PgSearchRanking(c, WITH_VARIANTS, List.of(anyWord, PgSearchQuery.orOverflow(variantMatch)));
    }

    @Override
    public List<SearchRanking.Candidate> candidates(int from, int count) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int next = 1;
            for (Object parameter : parameters) {
                query.setObject(next++, parameter);
            }
            query.setInt(next++, count);
            query.setInt(next, from);
            List<SearchRanking.Candidate> candidates = new ArrayList<>(count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new SearchRanking.Candidate(rows.getLong(1), rows.getDouble(2)));
                }
            }
            return candidates;
        }
    }

    @Override
    public Map<Long, SearchRanking.Stored> texts(List<SearchRanking.Candidate> candidates) throws SQLException {
        return SearchRanking.texts(connection, candidates);
    }

    /**
     * Ids of the documents holding every word of {@code userText} (folded; quotes make no phrase), best first, at most
     * {@code limit}: {@link DocumentStore#searchWords} on PostgreSQL. Exact without a text re-check, as on SQLite (the
     * index holds the words and forms themselves), except for an overflowed document, which is checked against its
     * index text here.
     */
    static List<Long> ids(Connection c, String userText, int limit) throws SQLException {
        String match = PgSearchQuery.allWords(userText);
        List<Long> ids = new ArrayList<>();
        if (match.isEmpty() || limit <= 0) {
            return ids;
        }
        List<List<String>> words = PgSearchQuery.wordLexemes(userText);
        int page = Math.max(limit, 100);
        try (PreparedStatement query = c.prepareStatement("SELECT document_id, words @@ ?::tsquery AS overflowed "
                + "FROM document_search WHERE words @@ ?::tsquery "
                + "ORDER BY ts_rank(" + WEIGHTS + ", words, ?::tsquery) DESC, document_id LIMIT ? OFFSET ?")) {
            query.setString(1, PgSearchIndex.OVERFLOW_QUERY);
            query.setString(2, PgSearchQuery.orOverflow(match));
            query.setString(3, match);
            query.setInt(4, page);
            for (int from = 0; ids.size() < limit; from += page) {
                query.setInt(5, from);
                int rowsRead = 0;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next() && ids.size() < limit) {
                        rowsRead++;
                        long id = rows.getLong(1);
                        if (!rows.getBoolean(2) || holdsAll(c, id, words)) {
                            ids.add(id);
                        }
                    }
                }
                if (rowsRead < page) {
                    break;
                }
            }
        }
        return ids;
    }

    /** Whether overflowed document {@code id}'s index text holds every word's lexemes, as SQLite's index would. */
    private static boolean holdsAll(Connection c, long id, List<List<String>> words) throws SQLException {
        Map<Long, SearchRanking.Stored> stored = SearchRanking.texts(c, List.of(new SearchRanking.Candidate(id, 0)));
        SearchRanking.Stored document = stored.get(id);
        if (document == null) {
            return false;
        }
        Set<String> lexemes = PgSearchIndex.allLexemes(SearchKeys.indexText(document.title(), document.text()));
        return words.stream().allMatch(lexemes::containsAll);
    }

    /** The smallest id ranked: that of the {@code window}th newest candidate, or 0 when fewer match. */
    private static long floor(Connection c, String filter, int window) throws SQLException {
        try (PreparedStatement span = c.prepareStatement("SELECT (SELECT max(id) FROM document) - (SELECT min(id) FROM document) + 1");
             ResultSet row = span.executeQuery()) {
            if (!row.next() || row.getLong(1) <= window) {
                return 0;
            }
        }
        try (PreparedStatement newest = c.prepareStatement("SELECT document_id FROM document_search WHERE words @@ ?::tsquery "
                + "ORDER BY document_id DESC LIMIT 1 OFFSET ?")) {
            newest.setString(1, filter);
            newest.setInt(2, window - 1);
            try (ResultSet row = newest.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
