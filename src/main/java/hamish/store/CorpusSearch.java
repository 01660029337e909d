package hamish.store;

import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.model.Span;
import hamish.text.FoldedTokens;
import hamish.text.TextFinder;
import hamish.text.VariantFinder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Search over every document, for the window's search box and {@code hamish search}.
 *
 * <p>Two steps: the FTS5 index (folded text plus proclitic-free forms, see {@link SearchQuery}) picks
 * candidate documents, best bm25 first; then each candidate's stored text is searched precisely with
 * {@link TextFinder} (and {@link VariantFinder} when variants are asked for), which both checks the
 * candidate (phrases in order, proclitics only where Arabic writes them) and gives the exact spans in the
 * original text for the keyword-in-context lines. A query of words finds documents holding every word; a
 * phrase in double quotes finds its words one after another.
 */
public final class CorpusSearch {

    /** Chars of context shown on each side of a match, cut back to a whole word. */
    static final int CONTEXT = 60;

    /**
     * The most matching documents ranked by bm25, the most recently imported ones. bm25 must score every
     * document it ranks (about 1 µs each; FTS5 has no top-k shortcut), so a common word over 100,000
     * articles took 90 ms. Up to this many matches, ranking is exact; past it the pages rank the newest
     * this many, whose scores (corpus-wide IDF) and order are those of a full ranking. See docs/PERFORMANCE.md.
     */
    static final int RANKED = 10_000;

    private final Database database;
    private final int ranked;

    public CorpusSearch(Database database) {
        this(database, RANKED);
    }

    /** A search ranking at most {@code ranked} matches: tests try the window on a few documents. */
    CorpusSearch(Database database, int ranked) {
        this.database = database;
        this.ranked = ranked;
    }

    /** The documents matching {@code userQuery}, best first, paged by {@code options}; empty for a query without words. */
    public List<SearchHit> search(String userQuery, SearchOptions options) {
        List<String> terms = SearchQuery.terms(userQuery);
        if (terms.isEmpty()) {
            return List.of();
        }
        String match = SearchQuery.match(terms, options.variants());
        int needed = options.offset() + options.limit();
        int batch = Math.max(2 * needed, 40);
        return database.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            long floor = rankingFloor(c, match, ranked);
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, d.title, d.outlet, d.text, r.score FROM "
                    + "(SELECT rowid, " + SearchIndex.RANK + " AS score FROM document_search WHERE document_search MATCH ? "
                    + "AND rowid >= ? ORDER BY score, rowid LIMIT ? OFFSET ?) r JOIN document d ON d.id = r.rowid "
                    + "ORDER BY r.score, r.rowid")) {
                for (int from = 0; hits.size() < needed; from += batch) {
                    query.setString(1, match);
                    query.setLong(2, floor);
                    query.setInt(3, batch);
                    query.setInt(4, from);
                    int rows = 0;
                    try (ResultSet candidates = query.executeQuery()) {
                        while (candidates.next() && hits.size() < needed) {
                            rows++;
                            SearchHit hit = verify(candidates.getLong(1), candidates.getString(2), candidates.getString(3),
                                    candidates.getString(4), -candidates.getDouble(5), terms, options);
                            if (hit != null) {
                                hits.add(hit);
                            }
                        }
                    }
                    if (rows < batch) {
                        break;
                    }
                }
            }
            return hits.size() <= options.offset() ? List.<SearchHit>of() : List.copyOf(hits.subList(options.offset(), hits.size()));
        });
    }

    /**
     * The smallest rowid ranked: that of the {@code ranked}th newest match, or 0 when fewer match. Walking
     * matches by rowid reads only the index's lists, no scores: about 0.1 µs a match.
     */
    private static long rankingFloor(Connection c, String match, int ranked) throws SQLException {
        if (idSpan(c) <= ranked) {
            return 0; // fewer documents than the window holds: skip the walk, which a common word makes the length of the corpus
        }
        try (PreparedStatement newest = c.prepareStatement("SELECT rowid FROM document_search WHERE document_search MATCH ? "
                + "ORDER BY rowid DESC LIMIT 1 OFFSET ?")) {
            newest.setString(1, match);
            newest.setInt(2, ranked - 1);
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

    /** The hit, or null when the candidate does not really hold every term. */
    private static SearchHit verify(long id, String title, String outlet, String text, double rank, List<String> terms,
                                    SearchOptions options) {
        FoldedTokens words = FoldedTokens.of(text);
        TextFinder finder = new TextFinder(words);
        VariantFinder variants = options.variants() ? new VariantFinder(words) : null;
        TreeSet<Span> spans = new TreeSet<>();
        for (String term : terms) {
            List<Span> found = new ArrayList<>(finder.findAll(term));
            if (variants != null) {
                found.addAll(variants.findAll(term));
            }
            if (found.isEmpty() && !inTitle(title, term, options.variants())) {
                return null;
            }
            spans.addAll(found);
        }
        List<Kwic> lines = new ArrayList<>();
        int end = -1;
        int count = 0;
        for (Span span : spans) {
            if (span.start() < end) {
                continue; // overlapping matches of two terms: the first one shown stands for both
            }
            end = span.end();
            count++;
            if (lines.size() < options.linesPerHit()) {
                lines.add(kwic(text, span));
            }
        }
        return new SearchHit(id, title, outlet, rank, lines, count);
    }

    private static boolean inTitle(String title, String term, boolean variants) {
        return !TextFinder.findAll(title, term).isEmpty() || (variants && !VariantFinder.findAll(title, term).isEmpty());
    }

    /** The line of {@code text} around {@code match}: up to {@link #CONTEXT} chars each side, within the paragraph, whole words. */
    static Kwic kwic(String text, Span match) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, match.start() - 1)) + 1;
        if (match.start() == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', match.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, match.start() - CONTEXT);
        if (from > lineStart) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < match.start() ? space + 1 : from;
        }
        int to = Math.min(lineEnd, match.end() + CONTEXT);
        if (to < lineEnd) {
            int space = text.lastIndexOf(' ', to);
            to = space >= match.end() ? space : to;
        }
        from = avoidSplitPair(text, from);
        to = avoidSplitPair(text, to);
        return new Kwic(match, text.substring(from, match.start()), text.substring(match.start(), match.end()),
                text.substring(match.end(), to));
    }

    private static int avoidSplitPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
