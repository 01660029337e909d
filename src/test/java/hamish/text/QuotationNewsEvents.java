package hamish.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.io.ArticleParser;
import hamish.io.TextCanonicaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real 2015 reports in ../shared/corpora/news-events (never copied into the project), each turned into the
 * text Hamish stores when the article's content is imported as a .txt file: canonicalised (NFC, \n line ends)
 * and parsed as the importer does (trailing blanks dropped), so gold offsets point where annotations would.
 */
final class QuotationNewsEvents {

    private static final String FOLDER = "shared/corpora/news-events";

    private QuotationNewsEvents() {
    }

    /** Skips the calling test, saying why, when the shared corpora are not beside the project. */
    static Path folder() {
        Path folder = Stream.of(Path.of("..", FOLDER), Path.of("../..", FOLDER)).filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(folder != null, "news-events corpus not found at ../" + FOLDER + "; skipping the real-news tests");
        return folder;
    }

    /** Every article's stored text by url, in file order. */
    static Map<String, String> textsByUrl() {
        Map<String, String> texts = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode article = json.readTree(line);
                        texts.put(article.get("url").asText(), storedText(article.get("content").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The text the importer stores for a .txt file holding {@code content}. */
    static String storedText(String content) {
        return ArticleParser.parse(TextCanonicaliser.canonicalise(content), "article.txt").text();
    }
}
