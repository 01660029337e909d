package hamish.io;

import hamish.io.DatasetFields.Part;
import hamish.text.OneLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Turns a dataset row into the article Hamish stores, the way a .txt file of the same article would be stored:
 * the title, a blank line and the text, canonical (so offsets, search and duplicate detection are the same
 * whichever way a report came in). HTML character references are decoded in every field (&amp;#8220; in real
 * titles); a title, outlet or author is one line. A row with no text is bad; a date or URL that cannot be read
 * is left out with a warning, since the article itself is sound.
 */
public final class DatasetArticles {

    /** What became of one row. */
    public sealed interface Result permits Article, Bad {
        long line();
    }

    /** A row that makes an article; {@code author} is as the dataset gives it (empty when none). */
    public record Article(long line, ImportedArticle article, String author, List<String> warnings) implements Result {
    }

    /** A row that makes none, and why. */
    public record Bad(long line, String problem) implements Result {
    }

    private DatasetArticles() {
    }

    /** The article of {@code row}; {@code fieldOf} says which field holds each part (from {@link DatasetFields#resolve}). */
    public static Result of(Path file, DatasetRow row, Map<Part, String> fieldOf) {
        String textField = fieldOf.get(Part.TEXT);
        String content = textField == null ? null : row.fields().get(textField);
        if (content == null || content.isBlank()) {
            return new Bad(row.line(), textField == null ? "no text field (name it with --map text=FIELD)"
                    : "no article text (the field \"" + textField + "\" is " + (content == null ? "missing" : "empty") + ")");
        }
        List<String> warnings = new ArrayList<>();
        String title = field(row, fieldOf, Part.TITLE);
        // The headline as the row writes it opens the text, as it opens a .txt file: the same report stored the
        // same way (its offsets, its duplicate check) however it came in.
        String headline = raw(row, fieldOf, Part.TITLE);
        String body = Parser.unescapeEntities(content, false);
        String stored = TextCanonicaliser.canonicalise(title.isEmpty() ? body : headline + "\n\n" + body).stripTrailing();
        if (title.isEmpty()) {
            title = stored.lines().filter(l -> !l.isBlank()).findFirst().map(OneLine::of).orElse("");
        }
        LocalDate published = null;
        String date = field(row, fieldOf, Part.DATE);
        if (!date.isEmpty()) {
            published = NewsDates.parse(date).orElse(null);
            if (published == null) {
                warnings.add("the date \"" + date + "\" is in no form Hamish reads; imported without a date");
            }
        }
        String url = field(row, fieldOf, Part.URL).replace(" ", "");
        if (!url.isEmpty() && !webAddress(url)) {
            warnings.add("\"" + url + "\" is not a web address (http or https); imported without it");
            url = "";
        }
        String author = field(row, fieldOf, Part.AUTHOR);
        ParsedArticle article = new ParsedArticle(limit(title), field(row, fieldOf, Part.OUTLET), published, "ar", stored, url, author);
        Path label = Path.of(file.getFileName() + ":" + row.line());
        return new Article(row.line(), new ImportedArticle(label, article, "UTF-8", ArticleFileReader.sha256(stored)),
                author, warnings);
    }

    private static String field(DatasetRow row, Map<Part, String> fieldOf, Part part) {
        return OneLine.of(raw(row, fieldOf, part));
    }

    /** The field with its references decoded, otherwise as written (empty when absent). */
    private static String raw(DatasetRow row, Map<Part, String> fieldOf, Part part) {
        String name = fieldOf.get(part);
        String value = name == null ? null : row.fields().get(name);
        return value == null ? "" : Parser.unescapeEntities(value, false);
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String limit(String title) {
        if (title.length() <= ArticleParser.MAX_TITLE_LENGTH) {
            return title;
        }
        int cut = Character.isLowSurrogate(title.charAt(ArticleParser.MAX_TITLE_LENGTH)) ? ArticleParser.MAX_TITLE_LENGTH - 1
                : ArticleParser.MAX_TITLE_LENGTH;
        return title.substring(0, cut).strip();
    }
}
