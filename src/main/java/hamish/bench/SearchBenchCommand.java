package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.ContentHash;
import hamish.model.Document;
import hamish.model.SearchHit;
import hamish.store.CorpusSearch;
import hamish.store.SearchOptions;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hamish bench search}: first-page latency of corpus search over generated Arabic articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Measure corpus search: the first page (20 documents, 3 context lines each) over generated Arabic articles.",
                "Runs on a temporary database, never on --db."})
final class SearchBenchCommand implements Callable<Integer> {

    /** Words and phrases of the generator's vocabulary, typed as a user would: bare forms, proclitics, phrases, rare words. */
    static final List<String> QUERIES = List.of("الحكومة", "التباطؤ", "المفاوضات", "وزير الخارجية", "\"وزير الخارجية\"",
            "العاصمة", "للمحاصيل", "الطوارئ", "لجنة مشتركة", "الاقتصادي", "بيروت", "صندوق النقد", "\"البنك الدولي\"",
            "المياه والطاقة", "الميزانية", "مسؤولين", "التعليم", "الدوحة", "محاسبة", "Reuters", "الأمطار الغزيرة",
            "القرى المتضررة", "الرباط", "مجلس الأمن", "الوفد القادم");

    @Option(names = "--articles", description = "generated articles (default: ${DEFAULT-VALUE})", defaultValue = "10000")
    int articles;

    @Option(names = "--chars", description = "chars per article (default: ${DEFAULT-VALUE}, about 5 KB of UTF-8)", defaultValue = "2800")
    int chars;

    @Option(names = "--queries", description = "timed queries (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int queries;

    @Option(names = "--dir", description = "folder for the temporary database (default: the system temp folder)")
    Path dir;

    @Option(names = "--verbose", description = "print each query's time")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchFolder work = new BenchFolder(dir);
        try (Stores stores = Stores.open(work.resolve("search.db"))) {
            ArabicTextGenerator generator = new ArabicTextGenerator(23);
            long bytes = 0;
            long t0 = System.nanoTime();
            for (int from = 0; from < articles; from += 1000) {
                int to = Math.min(articles, from + 1000);
                int first = from;
                bytes += stores.inTransaction(() -> {
                    long b = 0;
                    for (int i = first; i < to; i++) {
                        String text = generator.article(chars).strip();
                        b += text.getBytes(StandardCharsets.UTF_8).length;
                        stores.documents().insert(new Document(0, "مقال " + i, "outlet-" + (i % 7), null, "ar", text,
                                ContentHash.of(text), Instant.EPOCH));
                    }
                    return b;
                });
            }
            double setupSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("setup: %d articles, %.1f MB of UTF-8, imported and indexed in %.1f s (%.1f MB/s)%n", articles,
                    bytes / 1e6, setupSeconds, bytes / 1e6 / setupSeconds);
            out.flush();

            CorpusSearch search = new CorpusSearch(stores.database());
            SearchOptions page = SearchOptions.firstPage();
            for (String q : QUERIES) {
                search.search(q, page); // warm-up: JIT and SQLite page cache
            }
            double[] millis = new double[queries];
            int hits = 0;
            for (int i = 0; i < queries; i++) {
                String q = QUERIES.get(i % QUERIES.size());
                long s = System.nanoTime();
                List<SearchHit> result = search.search(q, page);
                millis[i] = (System.nanoTime() - s) / 1e6;
                hits += result.size();
                if (verbose) {
                    out.printf("  %-24s %6.1f ms  %d hits%n", q, millis[i], result.size());
                }
            }
            Arrays.sort(millis);
            out.printf("search, first page (20 documents, 3 lines each): %d queries, median %.1f ms, p90 %.1f ms, max %.1f ms; "
                            + "%.1f hits per page%n", queries, millis[queries / 2], millis[(int) (queries * 0.9)], millis[queries - 1],
                    hits / (double) queries);
            long v0 = System.nanoTime();
            int variantHits = search.search("الاتفاق الجديد", page.withVariants(true)).size();
            out.printf("variant search (one query): %.1f ms, %d hits%n", (System.nanoTime() - v0) / 1e6, variantHits);
        } finally {
            work.close();
        }
        out.flush();
        return 0;
    }
}
