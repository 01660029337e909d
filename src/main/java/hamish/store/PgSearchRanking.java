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

    /** Whether a row is an overflowed document's ({@link PgSearchIndex#OVERFLOW}), as the third column. */
    private static final String OVERFLOWED = "words @@ '" + PgSearchIndex.OVERFLOW_QUERY.replace("'", "''") + "'::tsquery";

    private static final String RANKED = "SELECT document_id, -ts_rank(" + WEIGHTS + ", words, ?::tsquery) AS score, " + OVERFLOWED
            + " FROM document_search WHERE words @@ ?::tsquery AND document_id >= ? ORDER BY score, document_id LIMIT ? OFFSET ?";
    /** Variant candidates, those also holding a word as typed first by its rank (ts_rank is 0 for the others). */
    private static final String WITH_VARIANTS = "SELECT document_id, -ts_rank(" + WEIGHTS + ", words, ?::tsquery) AS score, "
            + OVERFLOWED + " FROM document_search WHERE variants @@ ?::tsquery ORDER BY score, document_id LIMIT ? OFFSET ?";

    private final Connection connection;
    private final String sql;
    private final List<Object> parameters;
    /** The user's terms and whether variants are searched: what an overflowed candidate is checked against. */
    private final List<String> terms;
    private final boolean variants;
    /** The overflowed documents among the candidates read so far. */
    private final Set<Long> overflowed = new HashSet<>();

    private PgSearchRanking(Connection connection, String sql, List<Object> parameters, List<String> terms, boolean variants) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
        this.terms = terms;
        this.variants = variants;
    }

    /** The ranking of {@code terms} ({@link PgSearchQuery#match} of them) over at most {@code window} candidates, the newest. */
    static PgSearchRanking of(Connection c, List<String> terms, int window) throws SQLException {
        String match = PgSearchQuery.match(terms);
        String filter = PgSearchQuery.orOverflow(match);
        return new PgSearchRanking(c, RANKED, List.of(match, filter, floor(c, match, filter, terms, window)), terms, false);
    }

    /** Documents with every variant key of {@code terms}' words, those also holding a word as typed first. */
    static PgSearchRanking withVariants(Connection c, List<String> terms) {
        return new PgSearchRanking(c, WITH_VARIANTS, List.of(PgSearchQuery.anyWord(terms),
                PgSearchQuery.orOverflow(PgSearchQuery.variantMatch(terms))), terms, true);
    }

    /**
     * The whole ranking, read at the first call: PostgreSQL must score every match to order them (each match's
     * tsvector read, ~15 µs), so a statement per batch of candidates, as on SQLite, paid that again for every batch a
     * phrase's re-check consumed (seconds for a common phrase). The ranking is at most the window's 10,000 matches
     * (variant search: every match), a few hundred KB.
     */
    private List<SearchRanking.Candidate> ranked;

    @Override
    public List<SearchRanking.Candidate> candidates(int from, int count) throws SQLException {
        if (ranked == null) {
            ranked = read(0, Integer.MAX_VALUE);
        }
        return ranked.subList(Math.min(from, ranked.size()), (int) Math.min((long) from + count, ranked.size()));
    }

    private List<SearchRanking.Candidate> read(int from, int count) throws SQLException {
        try (PreparedStatement query = SearchRanking.page(connection, sql, parameters, count, from)) {
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
                && !new PgOverflowCheck(SearchKeys.indexText(e.getValue().title(), e.getValue().text())).matches(terms, variants));
        return texts;
    }

    /**
     * Ids of the documents holding every word of {@code userText} (folded; quotes make no phrase), best first, at most
     * {@code limit}: {@link DocumentStore#searchWords} on PostgreSQL. Exact without a text re-check, as on SQLite (the
     * index holds the words and forms themselves), except for an overflowed document, which is checked against its
     * index text here ({@link PgOverflowCheck}).
     */
    static List<Long> ids(Connection c, String userText, int limit) throws SQLException {
        String match = PgSearchQuery.allWords(userText);
        List<Long> ids = new ArrayList<>();
        if (match.isEmpty() || limit <= 0) {
            return ids;
        }
        List<String> terms = SearchQuery.terms(userText == null ? "" : userText.replace('"', ' '));
        int page = Math.max(limit, 100);
        try (PreparedStatement query = c.prepareStatement("SELECT document_id, " + OVERFLOWED
                + " FROM document_search WHERE words @@ ?::tsquery "
                + "ORDER BY ts_rank(" + WEIGHTS + ", words, ?::tsquery) DESC, document_id LIMIT ? OFFSET ?")) {
            query.setString(1, PgSearchQuery.orOverflow(match));
            query.setString(2, match);
            query.setInt(3, page);
            for (int from = 0; ids.size() < limit; from += page) {
                query.setInt(4, from);
                int rowsRead = 0;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next() && ids.size() < limit) {
                        rowsRead++;
                        long id = rows.getLong(1);
                        if (!rows.getBoolean(2) || indexWouldMatch(c, id, terms)) {
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

    /** Whether SQLite's index would match overflowed document {@code id} ({@link PgOverflowCheck}). */
    private static boolean indexWouldMatch(Connection c, long id, List<String> terms) throws SQLException {
        Map<Long, SearchRanking.Stored> stored = SearchRanking.texts(c, List.of(new SearchRanking.Candidate(id, 0)));
        SearchRanking.Stored document = stored.get(id);
        if (document == null) {
            return false;
        }
        return new PgOverflowCheck(SearchKeys.indexText(document.title(), document.text())).matches(terms, false);
    }

    /**
     * The smallest id ranked: that of the {@code window}th newest document matching, or 0 when fewer match. An
     * overflowed document counts only where SQLite's index would match it, as on SQLite; when there is none (nearly
     * always) this is one query reading ids only.
     */
    private static long floor(Connection c, String match, String filter, List<String> terms, int window) throws SQLException {
        try (PreparedStatement span = c.prepareStatement("SELECT (SELECT max(id) FROM document) - (SELECT min(id) FROM document) + 1, "
                + "(SELECT count(*) FROM document_search WHERE " + OVERFLOWED + ")");
             ResultSet row = span.executeQuery()) {
            if (!row.next() || row.getLong(1) <= window) {
                return 0;
            }
            long overflowedRows = row.getLong(2);
            if (overflowedRows > 0) {
                return floorPastOverflowed(c, filter, terms, window, overflowedRows);
            }
        }
        try (PreparedStatement newest = c.prepareStatement("SELECT document_id FROM document_search WHERE words @@ ?::tsquery "
                + "ORDER BY document_id DESC LIMIT 1 OFFSET ?")) {
            newest.setString(1, match);
            newest.setInt(2, window - 1);
            try (ResultSet row = newest.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** {@link #floor} walking the newest candidates, an overflowed one counted when {@link PgOverflowCheck} keeps it. */
    private static long floorPastOverflowed(Connection c, String filter, List<String> terms, int window, long overflowedRows)
            throws SQLException {
        List<long[]> newest = new ArrayList<>();
        try (PreparedStatement walk = c.prepareStatement("SELECT document_id, " + OVERFLOWED + " FROM document_search "
                + "WHERE words @@ ?::tsquery ORDER BY document_id DESC LIMIT ?")) {
            walk.setString(1, filter);
            walk.setLong(2, window + overflowedRows);
            try (ResultSet rows = walk.executeQuery()) {
                while (rows.next()) {
                    newest.add(new long[] {rows.getLong(1), rows.getBoolean(2) ? 1 : 0});
                }
            }
        }
        int counted = 0;
        for (long[] candidate : newest) {
            if (candidate[1] == 0 || indexWouldMatch(c, candidate[0], terms)) {
                if (++counted == window) {
                    return candidate[0];
                }
            }
        }
        return 0;
    }
}
