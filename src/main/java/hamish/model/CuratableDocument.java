package hamish.model;

/** A document that can be curated: annotated by {@code annotators} authors (two or more, the curated layer apart). */
public record CuratableDocument(long id, String title, int annotators) {
}
