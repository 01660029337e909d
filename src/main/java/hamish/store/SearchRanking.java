package hamish.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL side of {@link CorpusSearch}: candidates in bm25 order from the FTS5 index, then the stored texts
 * of the few that are re-checked.
 *
 * <p>Ranking and texts are two statements, not one join: the join made SQLite sort the whole rows, texts of
 * about 5.6 KB included, of every candidate of a batch (40) though a page usually needs only 20 texts.
 */
final class SearchRanking implements SearchCandidates {

    /** A candidate: its document and bm25 score (smaller is better; 0 for a variant-only match). */
    record Candidate(long id, double score) {
    }

    /** What the re-check and the hit need of a document. */
    record Stored(String title, String outlet, String text) {
    }

    /** Most ids in one fetch of texts: well under SQLite's limit of bound variables. */
    private static final int MAX_FETCH = 500;

    private static final String RANKED = "SELECT rowid, " + SearchIndex.RANK + " AS score "
            + "FROM document_search WHERE document_search MATCH ? AND rowid >= ? ORDER BY score, rowid LIMIT ? OFFSET ?";
    /**
     * With spelling variants: the candidates come from the variant keys (document_variant), ranked by the bm25 of
     * the words as typed where a document has any of them (materialized once), after them those with variants only.
     * Not windowed: variant search is asked for, not typed-as-you-go, and its matches are the variant table's.
     */
    private static final String WITH_VARIANTS = "WITH exact AS MATERIALIZED (SELECT rowid, " + SearchIndex.RANK
            + " AS score FROM document_search WHERE document_search MATCH ?) "
            + "SELECT v.rowid AS rowid, coalesce(e.score, 0) AS score FROM document_variant v LEFT JOIN exact e ON e.rowid = v.rowid "
            + "WHERE document_variant MATCH ? ORDER BY score, v.rowid LIMIT ? OFFSET ?";

    private final Connection connection;
    private final String sql;
    /** The statement's parameters before LIMIT and OFFSET. */
    private final List<Object> parameters;

    private SearchRanking(Connection connection, String sql, List<Object> parameters) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
    }

    /** The ranking of {@code match} over at most {@code window} matches, the newest (see {@link CorpusSearch#RANKED}). */
    static SearchRanking of(Connection c, String match, int window) throws SQLException {
        return new SearchRanking(c, RANKED, List.of(match, floor(c, match, window)));
    }

    /** Documents with a variant key of {@code variantMatch}, those also matching {@code anyWord} first by its bm25. */
    static SearchRanking withVariants(Connection c, String anyWord, String variantMatch) {
        return new SearchRanking(c, WITH_VARIANTS, List.of(anyWord, variantMatch));
    }

    /** Candidates {@code from} to {@code from + count}, best first, ties by id. */
    @Override
    public List<Candidate> candidates(int from, int count) throws SQLException {
        try (PreparedStatement query = page(connection, sql, parameters, count, from)) {
            List<Candidate> candidates = new ArrayList<>(count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(rows.getLong(1), rows.getDouble(2)));
                }
            }
            return candidates;
        }
    }

    /** {@code sql} with {@code parameters} bound, then its LIMIT {@code count} and OFFSET {@code from}: both engines' rankings. */
    static PreparedStatement page(Connection c, String sql, List<Object> parameters, int count, int from) throws SQLException {
        PreparedStatement query = c.prepareStatement(sql);
        try {
            int next = 1;
            for (Object parameter : parameters) {
                query.setObject(next++, parameter);
            }
            query.setInt(next++, count);
            query.setInt(next, from);
            return query;
        } catch (SQLException | RuntimeException e) {
            query.close();
            throw e;
        }
    }

    /** The stored documents of {@code candidates}, by id, in one statement; a document no longer stored is absent. */
    @Override
    public Map<Long, Stored> texts(List<Candidate> candidates) throws SQLException {
        return texts(connection, candidates);
    }

    /** {@link #texts(List)} over {@code connection}: the same SQL on SQLite and PostgreSQL. */
    static Map<Long, Stored> texts(Connection connection, List<Candidate> candidates) throws SQLException {
        Map<Long, Stored> texts = new HashMap<>();
        for (int start = 0; start < candidates.size(); start += MAX_FETCH) {
            List<Candidate> part = candidates.subList(start, Math.min(candidates.size(), start + MAX_FETCH));
            String marks = "?,".repeat(part.size() - 1) + "?";
            try (PreparedStatement fetch = connection.prepareStatement(
                    "SELECT id, title, outlet, text FROM document WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    fetch.setLong(i + 1, part.get(i).id());
                }
                try (ResultSet rows = fetch.executeQuery()) {
                    while (rows.next()) {
                        texts.put(rows.getLong(1), new Stored(rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The smallest rowid ranked: that of the {@code window}th newest match, or 0 when fewer match. Walking
     * matches by rowid reads only the index's lists, no scores: about 0.1 µs a match.
     */
    private static long floor(Connection c, String match, int window) throws SQLException {
        if (idSpan(c) <= window) {
            return 0; // fewer documents than the window holds: skip the walk, which a common word makes the length of the corpus
        }
        try (PreparedStatement newest = c.prepareStatement("SELECT rowid FROM document_search WHERE document_search MATCH ? "
                + "ORDER BY rowid DESC LIMIT 1 OFFSET ?")) {
            newest.setString(1, match);
            newest.setInt(2, window - 1);
            try (ResultSet row = newest.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** Last id minus first id plus one: at least the count of documents, and read from the ends of the key's b-tree. */
    private static long idSpan(Connection c) throws SQLException {
        try (PreparedStatement span = c.prepareStatement("SELECT (SELECT max(id) FROM document) - (SELECT min(id) FROM document) + 1");
             ResultSet row = span.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
