package hamish.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real reports of ../shared/corpora/news-events (SaudiNewsNet JSON Lines, one article a line), each turned
 * into the text Hamish would store had an analyst saved it as a .txt with a metadata header (title, outlet,
 * date) and imported it: the same bytes-to-document path as {@code hamish import} ({@link ArticleFileReader}:
 * decode, canonicalise to NFC and \n, parse the header away), so gold offsets point where the window's do.
 * Tests that use it skip, saying why, when ../shared is absent; the articles are never copied into the repo.
 */
public final class NewsEventArticles {

    /** One report: its line in the file (from 0), the dataset's outlet id and URL, and the stored text. */
    public record Article(String file, int line, String source, String url, String title, String text) {
    }

    private NewsEventArticles() {
    }

    /** The corpus folder, or a skipped test with the reason. */
    public static Path folder() {
        Path found = Stream.of(Path.of("../shared/corpora/news-events"), Path.of("../../shared/corpora/news-events"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(found != null, "news-events corpus not found at ../shared/corpora/news-events; skipping");
        return found;
    }

    /** Every report of one file, such as {@code abha-bombing.jsonl}, in file order. */
    public static List<Article> read(String file) {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(folder().resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                JsonNode n = json.readTree(lines.get(i));
                articles.add(new Article(file, i, n.get("source").asText(), n.get("url").asText(), n.get("title").asText(),
                        storedText(n, file + ":" + i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    /** The text Hamish stores for one JSON line, by way of the importer's own reader. */
    static String storedText(JsonNode line, String name) {
        String header = "title: " + oneLine(line.get("title").asText()) + "\n"
                + "outlet: " + line.get("source").asText() + "\n"
                + "date: " + line.get("date_extracted").asText().substring(0, 10) + "\n"
                + "---\n";
        byte[] bytes = (header + line.get("content").asText()).getBytes(StandardCharsets.UTF_8);
        return ArticleFileReader.fromBytes(bytes, name + ".txt", Path.of(name + ".txt")).article().text();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
