package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Find-in-page for the reader (Ctrl+F). A query with words is matched word-aligned on folded forms with
 * {@link ProcliticMatcher}: غانتس finds غانتس, بغانتس and وغانتس, اسرائيل finds إسرائيل and لإسرائيل, in
 * any spelling of hamza, ta marbuta or harakat. A fragment such as غانت finds nothing: analysts look for
 * words and names, and hits inside other words (إسرائيل inside الإسرائيلية) would bury them.
 * A query without any word (« or ؟) is searched literally. Spans are in original offsets, sorted and
 * non-overlapping; each covers the term without its proclitic.
 */
public final class TextFinder {

    private static final ProcliticMatcher MATCHER = new ProcliticMatcher();

    private final FoldedTokens tokens;

    /** A finder over one text, keeping its words for the queries typed one after another. */
    public TextFinder(String text) {
        this(FoldedTokens.of(text));
    }

    /** A finder over words already cut, shared with other finders of the same text. */
    public TextFinder(FoldedTokens tokens) {
        this.tokens = tokens;
    }

    public static List<Span> findAll(String text, String query) {
        return new TextFinder(text).findAll(query);
    }

    public List<Span> findAll(String query) {
        String text = tokens.text();
        if (query.isBlank()) {
            return List.of();
        }
        if (WordTokenizer.tokenize(query).isEmpty()) {
            return literal(text, query.strip());
        }
        List<Span> spans = new ArrayList<>();
        for (TermMatch match : MATCHER.find(tokens, query)) {
            if (spans.isEmpty() || spans.get(spans.size() - 1).end() <= match.span().start()) {
                spans.add(match.span());
            }
        }
        return spans;
    }

    private static List<Span> literal(String text, String query) {
        List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
            spans.add(new Span(at, at + query.length()));
        }
        return spans;
    }
}
