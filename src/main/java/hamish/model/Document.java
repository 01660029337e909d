package hamish.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An imported article. {@code text} is the stored form that every offset points into: NFC, {@code \n}
 * line endings, no BOM (see {@link Span}). {@code id} is 0 until the store has saved it.
 */
public record Document(long id, String title, String outlet, LocalDate published, String language,
                       String text, String contentHash, Instant importedAt) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        language = language == null ? "ar" : language;
        outlet = outlet == null ? "" : outlet;
    }

    public Document withId(long newId) {
        return new Document(newId, title, outlet, published, language, text, contentHash, importedAt);
    }

    public Document withTitle(String newTitle) {
        return new Document(id, newTitle, outlet, published, language, text, contentHash, importedAt);
    }

    public Document withOutlet(String newOutlet) {
        return new Document(id, title, newOutlet, published, language, text, contentHash, importedAt);
    }

    /** {@code newPublished} null: the date is unknown. */
    public Document withPublished(LocalDate newPublished) {
        return new Document(id, title, outlet, newPublished, language, text, contentHash, importedAt);
    }
}
