package hamish.model;

import java.util.List;

/**
 * A document found by {@code hamish.store.CorpusSearch}: {@code rank} is higher for better hits (the negated FTS5
 * bm25 score); {@code lines} are its matches in text order (possibly empty when only the title matched);
 * {@code matchCount} counts every match in the text, shown or not.
 */
public record SearchHit(long documentId, String title, String outlet, double rank, List<Kwic> lines, int matchCount) {

    public SearchHit {
        lines = List.copyOf(lines);
    }
}
