package hamish.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An imported article. {@code text} is the stored form that every offset points into: NFC, {@code \n}
 * line endings, no BOM (see {@link Span}). {@code id} is 0 until the store has saved it. {@code url} is
 * where the article was published, {@code author} who wrote it as the source names them (a byline), each empty when unknown.
 */
public record Document(long id, String title, String outlet, LocalDate published, String language,
                       String text, String contentHash, Instant importedAt, String url, String author) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        language = language == null ? "ar" : language;
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        author = author == null ? "" : author;
    }

    /** A document whose author is unknown: few sources name one. */
    public Document(long id, String title, String outlet, LocalDate published, String language,
                    String text, String contentHash, Instant importedAt, String url) {
        this(id, title, outlet, published, language, text, contentHash, importedAt, url, "");
    }

    /** A document whose URL is unknown: most sources (plain text, pasted articles) give none. */
    public Document(long id, String title, String outlet, LocalDate published, String language,
                    String text, String contentHash, Instant importedAt) {
        this(id, title, outlet, published, language, text, contentHash, importedAt, "", "");
    }

    public Document withId(long newId) {
        return new Document(newId, title, outlet, published, language, text, contentHash, importedAt, url, author);
    }

    public Document withTitle(String newTitle) {
        return new Document(id, newTitle, outlet, published, language, text, contentHash, importedAt, url, author);
    }

    public Document withOutlet(String newOutlet) {
        return new Document(id, title, newOutlet, published, language, text, contentHash, importedAt, url, author);
    }

    /** {@code newPublished} null: the date is unknown. */
    public Document withPublished(LocalDate newPublished) {
        return new Document(id, title, outlet, newPublished, language, text, contentHash, importedAt, url, author);
    }

    public Document withAuthor(String newAuthor) {
        return new Document(id, title, outlet, published, language, text, contentHash, importedAt, url, newAuthor);
    }

    public Document withUrl(String newUrl) {
        return new Document(id, title, outlet, published, language, text, contentHash, importedAt, newUrl, author);
    }
}
