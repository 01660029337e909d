package hamish.io;

import hamish.model.Document;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * An article read from a file, ready to be stored. {@code source} is null for articles read from the
 * classpath (the bundled samples). {@code charset} is the encoding the file was decoded with;
 * {@code contentHash} is the SHA-256 (lower-case hex) of the stored text's UTF-8 bytes, which the store
 * uses to recognise an article imported twice whatever its file's encoding.
 */
public record ImportedArticle(Path source, ParsedArticle article, String charset, String contentHash) {

    public ImportedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The unsaved document (id 0) to hand to the store. */
    public Document toDocument(Instant importedAt) {
        return new Document(0, article.title(), article.outlet(), article.published(), article.language(),
                article.text(), contentHash, importedAt, article.url(), article.author());
    }
}
