package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.ContentHash;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Times annotation commits on a fresh database: each in its own transaction, then many in one. */
final class StoreBenchmark {

    record Result(int singleCount, double singleMillis, double medianMillis, double p99Millis, double maxMillis,
                  int batchCount, double batchMillis) {
        double singlePerSecond() {
            return singleCount * 1000.0 / singleMillis;
        }

        double batchPerSecond() {
            return batchCount * 1000.0 / batchMillis;
        }
    }

    private final Path dir;

    StoreBenchmark(Path dir) {
        this.dir = dir;
    }

    Result run(int single, int batch) throws IOException {
        BenchFolder work = new BenchFolder(dir);
        try (Stores stores = Stores.open(work.resolve("bench.db"))) {
            String text = new ArabicTextGenerator(7).article(200_000);
            Document doc = stores.documents().insert(new Document(0, "bench", "bench", null, "ar", text, ContentHash.of(text), Instant.now()));
            Tag tag = stores.tags().insert(new Tag(0, "Bench", TagKind.OTHER, null, "#3366cc", null));
            List<Span> spans = spans(text, single + batch);

            double[] latencies = new double[single];
            long t0 = System.nanoTime();
            for (int i = 0; i < single; i++) {
                long s = System.nanoTime();
                stores.annotations().insert(Annotation.of(doc.id(), text, spans.get(i), tag.id(), "bench", Instant.now()));
                latencies[i] = (System.nanoTime() - s) / 1e6;
            }
            double singleMillis = (System.nanoTime() - t0) / 1e6;
            Arrays.sort(latencies);

            List<Annotation> many = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                many.add(Annotation.of(doc.id(), text, spans.get(single + i), tag.id(), "bench", Instant.now()));
            }
            long b0 = System.nanoTime();
            stores.annotations().insertAll(many);
            double batchMillis = (System.nanoTime() - b0) / 1e6;
            return new Result(single, singleMillis, latencies[single / 2], latencies[(int) (single * 0.99)],
                    latencies[single - 1], batch, batchMillis);
        } finally {
            work.close();
        }
    }

    /** Word-sized spans spread over the text, deterministic. */
    private static List<Span> spans(String text, int count) {
        List<Span> spans = new ArrayList<>(count);
        int step = Math.max(1, (text.length() - 20) / count);
        for (int i = 0; i < count; i++) {
            int start = (i * step) % (text.length() - 20);
            spans.add(new Span(start, start + 3 + i % 15));
        }
        return spans;
    }

}
