package hamish.store;

import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.model.Span;
import hamish.text.FoldedTokens;
import hamish.text.TextFinder;
import hamish.text.VariantFinder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Search over every document, for the window's search box and {@code hamish search}.
 *
 * <p>Two steps: the FTS5 index (folded text plus proclitic-free forms, see {@link SearchQuery}) picks
 * candidate documents, best bm25 first; then each candidate's stored text is searched precisely with
 * {@link TextFinder} (and {@link VariantFinder} when variants are asked for), which both checks the
 * candidate (phrases in order, proclitics only where Arabic writes them) and gives the exact spans in the
 * original text for the keyword-in-context lines. A query of words finds documents holding every word; a
 * phrase in double quotes finds its words one after another. When more than {@link #RANKED} documents
 * match, only the newest that many are ranked (see there).
 */
public final class CorpusSearch {

    /** Chars of context shown on each side of a match, cut back to a whole word. */
    static final int CONTEXT = 60;

    /**
     * The most matching documents ranked by bm25, the most recently imported ones. bm25 must score every
     * document it ranks (about 0.7 µs each; FTS5 has no top-k shortcut), so a common word over 100,000
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
        Dialect dialect = database.dialect();
        return database.read(c -> search(c, dialect, terms, options, ranked));
    }

    /**
     * {@link #search} over connection {@code c} to a database of {@code dialect}, inside a read: the candidates from
     * that backend's index ({@link SearchRanking} or {@link PgSearchRanking}), each re-checked on its text here, the
     * same on both, so both find the same documents.
     */
    static List<SearchHit> search(Connection c, Dialect dialect, List<String> terms, SearchOptions options, int ranked)
            throws SQLException {
        int needed = options.offset() + options.limit();
        int batch = Math.max(2 * needed, 40);
        List<SearchHit> hits = new ArrayList<>();
        SearchCandidates ranking = candidates(c, dialect, terms, options, ranked);
        if (ranking == null) {
            return List.of();
        }
        for (int from = 0; hits.size() < needed; from += batch) {
            List<SearchRanking.Candidate> candidates = ranking.candidates(from, batch);
            // Texts only for as many candidates as hits are still missing: each re-check usually makes a hit.
            for (int i = 0; i < candidates.size() && hits.size() < needed; ) {
                List<SearchRanking.Candidate> next = candidates.subList(i, Math.min(candidates.size(), i + needed - hits.size()));
                Map<Long, SearchRanking.Stored> texts = ranking.texts(next);
                for (SearchRanking.Candidate candidate : next) {
                    SearchRanking.Stored stored = texts.get(candidate.id());
                    SearchHit hit = stored == null ? null : verify(candidate.id(), stored.title(), stored.outlet(),
                            stored.text(), -candidate.score(), terms, options);
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
                i += next.size();
            }
            if (candidates.size() < batch) {
                break;
            }
        }
        return hits.size() <= options.offset() ? List.<SearchHit>of() : List.copyOf(hits.subList(options.offset(), hits.size()));
    }

    /** The candidates of {@code terms} in {@code dialect}'s index; null when the terms hold no searchable token. */
    private static SearchCandidates candidates(Connection c, Dialect dialect, List<String> terms, SearchOptions options,
                                               int ranked) throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            if (options.variants()) {
                return PgSearchQuery.variantMatch(terms).isEmpty() ? null : PgSearchRanking.withVariants(c, terms);
            }
            return PgSearchQuery.match(terms) == null ? null : PgSearchRanking.of(c, terms, ranked);
        }
        return options.variants() ? SearchRanking.withVariants(c, SearchQuery.anyWord(terms), SearchQuery.variantMatch(terms))
                : SearchRanking.of(c, SearchQuery.match(terms), ranked);
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
