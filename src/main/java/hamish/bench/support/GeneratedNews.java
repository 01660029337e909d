package hamish.bench.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.model.Document;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A deterministic stream of generated news reports (title, content, source, date, url), as a crawled dataset
 * holds them: written as JSON Lines for the dataset import, or replayed as the documents that import stores, so
 * two measurements can run on the same texts.
 */
public final class GeneratedNews implements Iterable<GeneratedNews.Report> {

    /** One report, as a dataset row gives it. */
    public record Report(String title, String content, String source, LocalDate date, String url) {

        /** The document the dataset import makes of this report: the headline, a blank line, the text. */
        public Document document() {
            String text = title + "\n\n" + content;
            return new Document(0, title, source, date, "ar", text, ContentHash.of(text), Instant.EPOCH, url);
        }
    }

    private static final String[] SOURCES = {"الجزيرة", "العربية", "الأهرام", "الشرق الأوسط", "النهار", "الخليج", "هسبريس"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final long seed;
    private final int count;
    private final int chars;

    /** {@code count} reports of about {@code chars} chars each, the same ones for the same seed. */
    public GeneratedNews(long seed, int count, int chars) {
        this.seed = seed;
        this.count = count;
        this.chars = chars;
    }

    /**
     * Writes reports to {@code file} as JSON Lines until it holds at least {@code bytes} bytes; returns the
     * reports written, which {@code new GeneratedNews(seed, n, chars)} replays.
     */
    public static int writeJsonLines(Path file, long seed, long bytes, int chars) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Iterator<Report> reports = new GeneratedNews(seed, Integer.MAX_VALUE, chars).iterator();
        int n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            long written = 0;
            while (written < bytes) {
                Report r = reports.next();
                ObjectNode row = json.createObjectNode().put("title", r.title()).put("content", r.content())
                        .put("source", r.source()).put("date", r.date().toString()).put("url", r.url());
                byte[] line = (json.writeValueAsString(row) + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(line);
                written += line.length;
                n++;
            }
        }
        return n;
    }

    @Override
    public Iterator<Report> iterator() {
        ArabicTextGenerator generator = new ArabicTextGenerator(seed);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Report next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String headline = generator.paragraph(6 + i % 6);
                String title = headline.substring(0, headline.length() - 1);
                return new Report(title, generator.article(chars).strip(), SOURCES[i % SOURCES.length], FIRST_DAY.plusDays(i % 1500),
                        "https://news.example.org/ar/" + seed + "/" + i);
            }
        };
    }
}
