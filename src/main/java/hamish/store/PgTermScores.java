package hamish.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL that filters and scores documents over their term rows ({@link PgSearchIndex}) for {@link PgSearchRanking}:
 * the rows of a query's lexemes, read from the covering index {@code document_term_search} (one scan per lexeme, in
 * id order), joined to the query's leaves ({@link PgTermQuery#leaves}), grouped by document, kept where the query's
 * condition holds over the leaf bits ({@link PgTermQuery#condition}) and scored with bm25 as FTS5 computes it (k1
 * 1.2, b 0.75, idf floored at 1e-6), over one weighted field instead of FTS5's three columns.
 *
 * <p>A score's inputs come from the rows themselves (the weighted count and the document's length are in each row),
 * from each lexeme's count of rows and from two figures of the whole corpus ({@link Corpus}), both read once per
 * search, so scoring reads no other row.
 */
final class PgTermScores {

    /**
     * The query's leaves as a relation, from six arrays bound in this order: lexeme, idf (0 for a lexeme's second
     * leaf, so that a row is scored once), classes a row must have one of, followers it must all have, and the
     * leaf's column and bit in the {@code held} bits.
     */
    private static final String LEAVES = "unnest(?::text[], ?::float8[], ?::int2[], ?::int8[], ?::int4[], ?::int8[]) "
            + "AS q(lexeme, idf, classes, followers, slot, bit) JOIN document_term t ON t.lexeme = q.lexeme";
    /** One row's bm25, placeholder: the average length. */
    private static final String ROW_SCORE = "q.idf * t.frequency * 2.2::float8 / (t.frequency + 1.2::float8 * (0.25::float8 "
            + "+ 0.75::float8 * t.length / ?::float8))";
    /** Whether a row satisfies its leaf. */
    private static final String SATISFIES = "t.classes & q.classes <> 0 AND t.followers & q.followers = q.followers";
    /** The newest documents the average length is taken over: enough for a steady figure, few enough to read in a millisecond. */
    private static final int LENGTH_SAMPLE = 1000;

    /**
     * The corpus as bm25 needs it: the number of documents, taken as the span of ids (at least the count, read from
     * the ends of the key's b-tree; deletions make it a little high, which only flattens idf), and the average length
     * of the newest {@value #LENGTH_SAMPLE} documents.
     */
    record Corpus(long documents, double averageLength) {

        static Corpus of(Connection c) throws SQLException {
            try (PreparedStatement query = c.prepareStatement("SELECT (SELECT max(id) - min(id) + 1 FROM document), "
                    + "(SELECT avg(length) FROM (SELECT length FROM document_search ORDER BY document_id DESC LIMIT "
                    + LENGTH_SAMPLE + ") newest)");
                 ResultSet row = query.executeQuery()) {
                row.next();
                return new Corpus(row.getLong(1), Math.max(1, row.getDouble(2)));
            }
        }
    }

    /** A statement's text and its parameters but the last ones (LIMIT and OFFSET). */
    record Statement(String sql, List<Object> parameters) {
    }

    private PgTermScores() {
    }

    /**
     * The documents matching {@code query} with an id of at least {@code floor}, as {@code (document_id, score,
     * false)}, best first, ties by id; the statement ends in LIMIT ? OFFSET ?, left to bind.
     */
    static Statement matching(Connection c, Corpus corpus, PgTermQuery query, long floor) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(corpus.averageLength()));
        parameters.addAll(leaves(c, corpus, query));
        parameters.add(floor);
        return new Statement("SELECT document_id, score, false FROM (SELECT t.document_id, -sum(" + ROW_SCORE + ") AS score"
                + held(query) + " FROM " + LEAVES + " WHERE t.document_id >= ? GROUP BY t.document_id) d WHERE "
                + query.condition() + " ORDER BY score, document_id LIMIT ? OFFSET ?", parameters);
    }

    /**
     * The scores of the documents holding any lexeme of {@code query} (null: none), as a relation
     * {@code (document_id, score)} to join; its parameters are appended to {@code parameters}.
     */
    static String anyOf(Connection c, Corpus corpus, PgTermQuery query, List<Object> parameters) throws SQLException {
        parameters.add(corpus.averageLength());
        parameters.addAll(leaves(c, corpus, query));
        return "(SELECT t.document_id, -sum(" + ROW_SCORE + ") AS score FROM " + LEAVES + " GROUP BY t.document_id)";
    }

    /** The id of the {@code offset + 1}th newest document matching {@code query}, or 0 when fewer match: reads no scores. */
    static long newest(Connection c, PgTermQuery query, int offset) throws SQLException {
        try (PreparedStatement newest = SearchRanking.page(c, "SELECT document_id FROM (SELECT t.document_id" + held(query)
                + " FROM " + LEAVES + " GROUP BY t.document_id) d WHERE " + query.condition()
                + " ORDER BY document_id DESC LIMIT ? OFFSET ?", List.copyOf(leaves(c, null, query)), 1, offset);
             ResultSet row = newest.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** The {@code held} columns of {@link PgTermQuery#condition}: per 63 leaves, the OR of the bits a document's rows satisfy. */
    private static String held(PgTermQuery query) {
        int leaves = query == null ? 0 : query.leaves(new ArrayList<>()).size();
        StringBuilder held = new StringBuilder();
        for (int slot = 0; slot * PgTermQuery.BITS < leaves; slot++) {
            held.append(", bit_or(CASE WHEN q.slot = ").append(slot).append(" AND ").append(SATISFIES)
                    .append(" THEN q.bit ELSE 0 END) AS held").append(slot);
        }
        return held.toString();
    }

    /**
     * The six arrays of {@link #LEAVES} for {@code query} (null: none). The idf is FTS5's (ln((N - n + 0.5) / (n +
     * 0.5)), at least 1e-6), each lexeme's document count n read first from the same index (a window function over
     * the scored rows counted the same but cost more than the whole scoring); without {@code corpus}, no scores are
     * asked and the idfs are 0.
     */
    private static List<Array> leaves(Connection c, Corpus corpus, PgTermQuery query) throws SQLException {
        List<PgTermQuery.Lexeme> leaves = query == null ? List.of() : query.leaves(new ArrayList<>());
        Map<String, Long> counts = corpus == null ? Map.of() : counts(c, leaves);
        int n = leaves.size();
        String[] lexemes = new String[n];
        Double[] idfs = new Double[n];
        Short[] classes = new Short[n];
        Long[] followers = new Long[n];
        Integer[] slots = new Integer[n];
        Long[] bits = new Long[n];
        Set<String> scored = new HashSet<>();
        for (int i = 0; i < n; i++) {
            PgTermQuery.Lexeme leaf = leaves.get(i);
            lexemes[i] = leaf.lexeme();
            double idf = corpus == null ? 0 : Math.max(1e-6, Math.log((corpus.documents() - counts.getOrDefault(leaf.lexeme(), 0L) + 0.5)
                    / (counts.getOrDefault(leaf.lexeme(), 0L) + 0.5)));
            idfs[i] = scored.add(leaf.lexeme()) ? idf : 0;
            classes[i] = (short) (leaf.titleOrBody() ? PgSearchIndex.TITLE_OR_BODY : PgSearchIndex.TITLE_OR_BODY | PgSearchIndex.BARE);
            followers[i] = leaf.followedBy();
            slots[i] = i / PgTermQuery.BITS;
            bits[i] = 1L << (i % PgTermQuery.BITS);
        }
        return List.of(c.createArrayOf("text", lexemes), c.createArrayOf("float8", idfs), c.createArrayOf("int2", classes),
                c.createArrayOf("int8", followers), c.createArrayOf("int4", slots), c.createArrayOf("int8", bits));
    }

    private static Map<String, Long> counts(Connection c, List<PgTermQuery.Lexeme> leaves) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        String[] lexemes = leaves.stream().map(PgTermQuery.Lexeme::lexeme).distinct().toArray(String[]::new);
        // A count per lexeme, each one scan of the index: "lexeme = ANY (?) GROUP BY lexeme" took 15 ms for a phrase's
        // 25 spellings, where these 25 scans take 2.
        try (PreparedStatement count = c.prepareStatement("SELECT q.lexeme, (SELECT count(*) FROM document_term t "
                + "WHERE t.lexeme = q.lexeme) FROM unnest(?::text[]) AS q(lexeme)")) {
            count.setArray(1, c.createArrayOf("text", lexemes));
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
