package hamish.store;

/**
 * How {@link CorpusSearch} searches: {@code variants} also matches spelling variants (غ/ج, long vowels;
 * off by default since it merges ordinary words too), {@code offset}/{@code limit} page through the
 * documents, {@code linesPerHit} caps the context lines per document.
 */
public record SearchOptions(boolean variants, int offset, int limit, int linesPerHit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchOptions {
        if (offset < 0 || limit < 1 || linesPerHit < 0) {
            throw new IllegalArgumentException("bad search page: offset " + offset + ", limit " + limit + ", lines " + linesPerHit);
        }
    }

    /** The first page of 20 documents, 3 lines each, no variants. */
    public static SearchOptions firstPage() {
        return new SearchOptions(false, 0, DEFAULT_LIMIT, 3);
    }

    public SearchOptions withVariants(boolean on) {
        return new SearchOptions(on, offset, limit, linesPerHit);
    }

    public SearchOptions withLinesPerHit(int lines) {
        return new SearchOptions(variants, offset, limit, lines);
    }

    public SearchOptions page(int newOffset, int newLimit) {
        return new SearchOptions(variants, newOffset, newLimit, linesPerHit);
    }
}
