package hamish.model;

import java.time.Instant;
import java.time.LocalDate;

/** A library row: a document without its text, with how many annotations it has; {@code url} and {@code author} empty when unknown. */
public record DocumentSummary(long id, String title, String outlet, LocalDate published, Instant importedAt,
                              int annotationCount, String url, String author) {

    public DocumentSummary {
        url = url == null ? "" : url;
        author = author == null ? "" : author;
    }

    /** A row whose author is unknown. */
    public DocumentSummary(long id, String title, String outlet, LocalDate published, Instant importedAt, int annotationCount,
                           String url) {
        this(id, title, outlet, published, importedAt, annotationCount, url, "");
    }

    /** A row whose URL is unknown. */
    public DocumentSummary(long id, String title, String outlet, LocalDate published, Instant importedAt, int annotationCount) {
        this(id, title, outlet, published, importedAt, annotationCount, "", "");
    }
}
