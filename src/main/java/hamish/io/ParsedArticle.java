package hamish.io;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's metadata and stored text, before it has a database id. {@code outlet} is empty when
 * unknown, {@code published} null when unknown, {@code url} and {@code author} empty when unknown, {@code language} defaults to {@code ar}. {@code text}
 * is canonical (see {@link TextCanonicaliser}) and is what annotation offsets will point into.
 */
public record ParsedArticle(String title, String outlet, LocalDate published, String language, String text, String url, String author) {

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null ? "" : outlet;
        language = language == null || language.isBlank() ? "ar" : language;
        url = url == null ? "" : url;
        author = author == null ? "" : author;
    }

    /** An article whose author is unknown. */
    public ParsedArticle(String title, String outlet, LocalDate published, String language, String text, String url) {
        this(title, outlet, published, language, text, url, "");
    }

    /** An article whose web address is unknown (a text file names none). */
    public ParsedArticle(String title, String outlet, LocalDate published, String language, String text) {
        this(title, outlet, published, language, text, "", "");
    }
}
