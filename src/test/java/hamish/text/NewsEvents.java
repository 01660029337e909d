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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real reports of ../shared/corpora/news-events (SaudiNewsNet, CC BY-NC-SA: read at test time, never
 * copied) in the form Hamish stores an imported article: the title with its HTML entities decoded, a blank
 * line, the content, as a .txt file would be imported (canonicalised: NFC, \n line endings; trailing white
 * space dropped by {@link ArticleParser}). A missing folder skips the test.
 */
final class NewsEvents {

    static final List<String> FILES = List.of("abha-bombing.jsonl", "suruc-bombing.jsonl");

    /** One report: its file, 1-based line, url and stored text. */
    record Report(String file, int line, String url, String text) {
        String key() {
            return file + ":" + line;
        }
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|quot|lt|gt|apos|nbsp);");

    private NewsEvents() {
    }

    static List<Report> all() {
        return lines().stream().map(l -> new Report(l.file(), l.line(), l.json().path("url").asText(),
                storedText(l.json().path("title").asText(), l.json().path("content").asText()))).toList();
    }

    /**
     * Every report's content alone (no title) as the importer stores a .txt file holding it, by url in file
     * order: the text the quotation gold's offsets point into.
     */
    static Map<String, String> contentTextsByUrl() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Line l : lines()) {
            String content = l.json().path("content").asText();
            texts.put(l.json().path("url").asText(), ArticleParser.parse(TextCanonicaliser.canonicalise(content), "article.txt").text());
        }
        return texts;
    }

    /** One JSON line of a report file, 1-based. */
    private record Line(String file, int line, JsonNode json) {
    }

    /** The folder of the report files; the calling test is skipped, with a message, when it is not there. */
    static Path directory() {
        Path dir = Stream.of(Path.of("../shared/corpora/news-events"), Path.of("../../shared/corpora/news-events"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(dir != null, "../shared/corpora/news-events not found (real reports, not shipped); skipping");
        return dir;
    }

    private static List<Line> lines() {
        Path dir = directory();
        ObjectMapper json = new ObjectMapper();
        List<Line> lines = new ArrayList<>();
        try {
            for (String name : FILES) {
                List<String> raw = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
                for (int i = 0; i < raw.size(); i++) {
                    if (!raw.get(i).isBlank()) {
                        lines.add(new Line(name, i + 1, json.readTree(raw.get(i))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** What the importer stores for a .txt file holding the title line, a blank line and the content. */
    static String storedText(String title, String content) {
        String file = decodeEntities(title) + "\n\n" + content;
        return ArticleParser.parse(TextCanonicaliser.canonicalise(file), "report.txt").text();
    }

    /** HTML character references as they occur in the dataset's titles (&#8220;), numeric and the five named ones. */
    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
