package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.BenchFolder;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Times importing generated Arabic articles from files: decoding, canonicalising, storing and indexing. */
final class ImportBenchmark {

    record Result(int files, double megabytes, double millis) {
        double megabytesPerSecond() {
            return megabytes / (millis / 1000.0);
        }
    }

    private static final int ARTICLE_CHARS = 5_000;

    private final Path dir;

    ImportBenchmark(Path dir) {
        this.dir = dir;
    }

    Result run(int megabytes) throws IOException {
        BenchFolder work = new BenchFolder(dir);
        try {
            Path articles = Files.createDirectories(work.resolve("articles"));
            ArabicTextGenerator generator = new ArabicTextGenerator(11);
            long bytes = 0;
            int files = 0;
            while (bytes < megabytes * 1_000_000L) {
                byte[] content = generator.article(ARTICLE_CHARS).getBytes(StandardCharsets.UTF_8);
                Files.write(articles.resolve(String.format("article-%05d.txt", files++)), content);
                bytes += content.length;
            }
            try (Stores stores = Stores.open(work.resolve("bench.db"))) {
                DocumentImporter importer = new DocumentImporter(stores.documents());
                long t0 = System.nanoTime();
                List<ImportOutcome> outcomes = importer.importAll(List.of(articles), o -> { });
                double millis = (System.nanoTime() - t0) / 1e6;
                long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
                if (imported != files) {
                    throw new IllegalStateException("import benchmark: only " + imported + " of " + files + " files imported");
                }
                return new Result(files, bytes / 1_000_000.0, millis);
            }
        } finally {
            work.close();
        }
    }
}
