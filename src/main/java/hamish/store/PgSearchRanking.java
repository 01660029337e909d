package hamish.store;

import hamish.text.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL side of {@link CorpusSearch} on PostgreSQL: candidates from the term rows of {@link PgSearchIndex}, filtered
 * and scored by {@link PgTermScores} (bm25, as on SQLite), best first, ties by id; texts as on SQLite. Variant search
 * takes its candidates from the GIN-indexed variant tsvectors and ranks those also holding a word as typed first.
 *
 * <p>Ranking: FTS5's bm25 over one field whose counts are weighted as SQLite's columns are, instead of three columns,
 * so the order is close to SQLite's but not the same; the results are. Scores are negated, as bm25's are (smaller
 * is better), so {@link CorpusSearch} treats both alike.
 *
 * <p>The window of {@link CorpusSearch#RANKED} is kept: past that many candidates only the newest are ranked, found
 * as on SQLite by the id of the {@code window}th newest candidate. A candidate of a phrase is a document holding
 * its words, each followed by some word that shares the next one's follower bit (no positions), so past the window a
 * phrase can find fewer, older documents than on SQLite, whose candidates hold the words adjacent.
 */
final class PgSearchRanking implements SearchCandidates {

    /** Candidates the first statement reads: a first page's batch (40) several times over, a few KB. */
    private static final int FIRST_READ = 250;
    /** The tsquery of {@link PgSearchIndex#OVERFLOW}, as SQL text. */
    private static final String OVERFLOW_TSQUERY = "'" + PgSearchIndex.OVERFLOW_QUERY.replace("'", "''") + "'::tsquery";

    private final Connection connection;
    private final String sql;
    private final List<Object> parameters;
    /** The user's terms: what an overflowed candidate of a variant search is checked against. */
    private final List<String> terms;
    /** The overflowed documents among the candidates read so far (variant search only). */
    private final Set<Long> overflowed = new HashSet<>();

    private PgSearchRanking(Connection connection, String sql, List<Object> parameters, List<String> terms) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
        this.terms = terms;
    }

    /** The ranking of {@code terms} ({@link PgSearchQuery#match} of them) over at most {@code window} candidates, the newest. */
    static PgSearchRanking of(Connection c, List<String> terms, int window) throws SQLException {
        PgTermQuery match = PgSearchQuery.match(terms);
        PgTermScores.Corpus corpus = PgTermScores.Corpus.of(c);
        long floor = corpus.documents() <= window ? 0 : PgTermScores.newest(c, match, window - 1);
        PgTermScores.Statement ranked = PgTermScores.matching(c, corpus, match, floor);
        return new PgSearchRanking(c, ranked.sql(), ranked.parameters(), terms);
    }

    /** Documents with every variant key of {@code terms}' words, those also holding a word as typed first, by its score. */
    static PgSearchRanking withVariants(Connection c, List<String> terms) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String scores = PgTermScores.anyOf(c, PgTermScores.Corpus.of(c), PgSearchQuery.anyWord(terms), parameters);
        parameters.add(PgSearchQuery.orOverflow(PgSearchQuery.variantMatch(terms)));
        return new PgSearchRanking(c, "SELECT s.document_id, coalesce(r.score, 0) AS score, s.variants @@ "
                + OVERFLOW_TSQUERY + " FROM document_search s LEFT JOIN " + scores + " r ON r.document_id = s.document_id "
                + "WHERE s.variants @@ ?::tsquery ORDER BY score, s.document_id LIMIT ? OFFSET ?", parameters, terms);
    }

    /**
     * The candidates read so far, best first. The first statement reads the first batch and spares, which is all a
     * page usually needs, a phrase's too (its filter keeps some documents holding the words apart, which the re-check
     * drops); a later batch reads the rest of the ranking at once, because PostgreSQL filters and scores every match
     * for any batch.
     */
    private final List<SearchRanking.Candidate> ranked = new ArrayList<>();
    private boolean complete;

    @Override
    public List<SearchRanking.Candidate> candidates(int from, int count) throws SQLException {
        long end = (long) from + count;
        if (!complete && end > ranked.size()) {
            boolean first = ranked.isEmpty() && end <= FIRST_READ;
            List<SearchRanking.Candidate> read = read(first ? FIRST_READ : Integer.MAX_VALUE);
            complete = !first || read.size() < FIRST_READ;
            ranked.clear();
            ranked.addAll(read);
        }
        return ranked.subList(Math.min(from, ranked.size()), (int) Math.min(end, ranked.size()));
    }

    private List<SearchRanking.Candidate> read(int count) throws SQLException {
        try (PreparedStatement query = SearchRanking.page(connection, sql, parameters, count, 0)) {
            List<SearchRanking.Candidate> candidates = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new SearchRanking.Candidate(rows.getLong(1), rows.getDouble(2)));
                    if (rows.getBoolean(3)) {
                        overflowed.add(rows.getLong(1));
                    }
                }
            }
            return candidates;
        }
    }

    /** The stored texts, without the overflowed documents SQLite's index would not match (as if no longer stored). */
    @Override
    public Map<Long, SearchRanking.Stored> texts(List<SearchRanking.Candidate> candidates) throws SQLException {
        Map<Long, SearchRanking.Stored> texts = SearchRanking.texts(connection, candidates);
        texts.entrySet().removeIf(e -> overflowed.contains(e.getKey())
                && !new PgOverflowCheck(SearchKeys.indexText(e.getValue().title(), e.getValue().text())).matches(terms, true));
        return texts;
    }

    /**
     * Ids of the documents holding every word of {@code userText} (folded; quotes make no phrase), best first, at most
     * {@code limit}: {@link DocumentStore#searchWords} on PostgreSQL. Exact without a text re-check, as on SQLite (the
     * term rows hold the words and forms themselves).
     */
    static List<Long> ids(Connection c, String userText, int limit) throws SQLException {
        PgTermQuery match = PgSearchQuery.allWords(userText);
        List<Long> ids = new ArrayList<>();
        if (match == null || limit <= 0) {
            return ids;
        }
        PgTermScores.Statement ranked = PgTermScores.matching(c, PgTermScores.Corpus.of(c), match, 0);
        try (PreparedStatement query = SearchRanking.page(c, ranked.sql(), ranked.parameters(), limit, 0);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
