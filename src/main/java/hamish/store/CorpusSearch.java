package hamish.store;

import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.model.Span;
import hamish.text.FoldedTokens;
import hamish.text.TextFinder;
import hamish.text.VariantFinder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** Candidates best bm25 first, a page of them, with their stored text for the re-check. */
    private static final String CANDIDATES = "SELECT d.id, d.title, d.outlet, d.text, r.score FROM "
            + "(SELECT rowid, " + SearchIndex.RANK + " AS score FROM document_search WHERE document_search MATCH ? "
            + "ORDER BY score, rowid LIMIT ? OFFSET ?) r JOIN document d ON d.id = r.rowid ORDER BY r.score, r.rowid";
    /**
     * With spelling variants: the candidates come from the variant keys (document_variant), ranked by the bm25 of
     * the words as typed where a document has any of them (materialized once), after them those with variants only.
     */
    private static final String VARIANT_CANDIDATES = "WITH exact AS MATERIALIZED (SELECT rowid, " + SearchIndex.RANK
            + " AS score FROM document_search WHERE document_search MATCH ?) "
            + "SELECT d.id, d.title, d.outlet, d.text, r.score FROM "
            + "(SELECT v.rowid AS rowid, coalesce(e.score, 0) AS score FROM document_variant v LEFT JOIN exact e ON e.rowid = v.rowid "
            + "WHERE document_variant MATCH ? ORDER BY score, v.rowid LIMIT ? OFFSET ?) r "
            + "JOIN document d ON d.id = r.rowid ORDER BY r.score, r.rowid";

    private final Database database;

    public CorpusSearch(Database database) {
        this.database = database;
    }

    /** The documents matching {@code userQuery}, best first, paged by {@code options}; empty for a query without words. */
    public List<SearchHit> search(String userQuery, SearchOptions options) {
        List<String> terms = SearchQuery.terms(userQuery);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> matches = options.variants()
                ? List.of(SearchQuery.anyWord(terms), SearchQuery.variantMatch(terms)) : List.of(SearchQuery.match(terms));
        int needed = options.offset() + options.limit();
        int batch = Math.max(2 * needed, 40);
        return database.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(options.variants() ? VARIANT_CANDIDATES : CANDIDATES)) {
                for (int from = 0; hits.size() < needed; from += batch) {
                    int next = 1;
                    for (String match : matches) {
                        query.setString(next++, match);
                    }
                    query.setInt(next++, batch);
                    query.setInt(next, from);
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
