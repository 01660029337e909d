package hamish.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.bench.support.ArabicTextGenerator;
import hamish.io.ArticleParser;
import hamish.io.TextCanonicaliser;
import hamish.text.Quotation;
import hamish.text.QuotationFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hamish bench quotes}: quotations and their speakers over 1,000 articles — the real 2015 reports in
 * ../shared/corpora/news-events repeated when that folder is there, else generated articles with quotations woven in.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Measure quotation and speaker attribution (hamish quotes) per article; limit 50 ms per article.",
                "Uses the real reports in ../shared/corpora/news-events when present, else generated articles."})
final class QuotesBenchCommand implements Callable<Integer> {

    static final double LIMIT_MS_PER_ARTICLE = 50;
    private static final List<String> SAYINGS = List.of(
            "وقال المتحدث الرسمي باسم الوزارة للصحفيين: «نحن لن نقبل بهذا الوضع، وسنواصل العمل مع الشركاء».",
            "وأضاف أن \"الحكومة تدرس كل الخيارات المتاحة قبل اتخاذ القرار النهائي\".",
            "وكان وزير الخارجية قد صرح بأن “المفاوضات مستمرة ولن تتوقف حتى التوصل إلى اتفاق”.",
            "وشدد رئيس اللجنة على أن الإجراءات ستطبق على الجميع، مؤكداً «لا استثناء لأحد في هذا الملف».");

    @Option(names = "--articles", description = "articles to analyse (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    int articles;

    @Option(names = "--corpus", description = "folder of JSON Lines news articles (default: ../shared/corpora/news-events if present)")
    Path corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> base = realArticles();
        String source = base.isEmpty() ? "generated" : base.size() + " real articles repeated";
        if (base.isEmpty()) {
            ArabicTextGenerator generator = new ArabicTextGenerator(17);
            for (int i = 0; i < 50; i++) {
                StringBuilder article = new StringBuilder();
                for (int p = 0; p < 6; p++) {
                    article.append(generator.paragraph(60)).append(' ').append(SAYINGS.get((i + p) % SAYINGS.size())).append('\n');
                }
                base.add(article.toString().strip());
            }
        }
        for (int i = 0; i < Math.min(20, articles); i++) {
            QuotationFinder.find(base.get(i % base.size())); // warm-up
        }
        long quotations = 0;
        long withSpeaker = 0;
        long chars = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            String text = base.get(i % base.size());
            chars += text.length();
            for (Quotation q : QuotationFinder.find(text)) {
                quotations++;
                withSpeaker += q.hasSpeaker() ? 1 : 0;
            }
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        double perArticle = millis / Math.max(1, articles);
        out.printf("quotes: %d articles (%s, %.0f chars each on average), %d quotations, %d with a speaker%n",
                articles, source, (double) chars / Math.max(1, articles), quotations, withSpeaker);
        out.printf("attribution: %.0f ms in all, %.2f ms per article (limit %.0f ms) %s%n", millis, perArticle,
                LIMIT_MS_PER_ARTICLE, perArticle <= LIMIT_MS_PER_ARTICLE ? "OK" : "OVER");
        out.flush();
        return perArticle <= LIMIT_MS_PER_ARTICLE ? 0 : 1;
    }

    /** The content of each article in the corpus folder, canonicalised as an import would (NFC, \n line ends). */
    private List<String> realArticles() throws IOException {
        Path folder = corpus != null ? corpus : Path.of("..", "shared", "corpora", "news-events");
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        String content = json.readTree(line).path("content").asText("");
                        texts.add(ArticleParser.parse(TextCanonicaliser.canonicalise(content), file.getFileName().toString()).text());
                    }
                }
            }
        }
        return texts;
    }
}
