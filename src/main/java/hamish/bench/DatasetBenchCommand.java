package hamish.bench;

import hamish.app.DatasetImport;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.BenchWorkspace;
import hamish.bench.support.GeneratedNews;
import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.model.Document;
import hamish.store.StorageCosts;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hamish bench dataset}: a generated JSON Lines dataset imported as {@code hamish import-dataset} imports it,
 * with the search index, against the limit of issue 15 (at least 10 MB/s); then, on the same texts, the row insert
 * alone, the index text (Java) alone and the FTS5 insert alone, so the reader sees where the import's time goes: the
 * import reads and prepares rows on one thread while another writes them, so the writing thread's row insert and FTS5
 * insert are the floor it can reach.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {"Measure import-dataset: a generated JSON Lines file of Arabic reports imported with the search index,",
                "beside the raw SQLite row insert and the FTS5 index build of the same texts. Runs on a temporary database."})
final class DatasetBenchCommand implements Callable<Integer> {

    static final double LIMIT_MB_PER_SECOND = 10;
    private static final long SEED = 31;
    private static final int CHARS = 2800;
    /** The importing thread's CPU time, beside the wall time: on a shared machine the gap is other programs' load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Option(names = "--mb", description = "megabytes of JSON Lines to generate and import (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int megabytes;

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        try (BenchFolder work = new BenchFolder(workspace.dir())) {
            Path file = work.resolve("reports.jsonl");
            long g0 = System.nanoTime();
            int reports = GeneratedNews.writeJsonLines(file, SEED, megabytes * 1_000_000L, CHARS);
            double fileMb = Files.size(file) / 1e6;
            out.printf("dataset: %d generated reports, %.1f MB of JSON Lines (written in %.1f s)%n", reports, fileMb,
                    (System.nanoTime() - g0) / 1e9);
            out.flush();

            int[] imported = {0};
            long process0 = processCpuNanos();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try (Stores stores = Stores.open(work.resolve("import.db"))) {
                new DatasetImport(stores).run(file, DatasetFormat.named("jsonl"), DatasetFields.usual(), new DatasetImport.Listener() {
                    @Override
                    public void article(long line, ImportOutcome outcome, List<String> warnings) {
                        if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                            imported[0]++;
                        }
                    }

                    @Override
                    public void bad(long line, String problem) {
                        throw new IllegalStateException("generated row " + line + " refused: " + problem);
                    }
                }, () -> false);
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            double importCpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double processCpuSeconds = (processCpuNanos() - process0) / 1e9;
            if (imported[0] != reports) {
                throw new IllegalStateException("only " + imported[0] + " of " + reports + " reports imported");
            }
            double rate = fileMb / importSeconds;
            out.printf("import-dataset with search index: %.1f MB in %.2f s = %.1f MB/s (limit ≥ %.0f MB/s: %s); "
                            + "CPU of the importing (writing) thread %.2f s = %.1f MB/s, of the whole process %.2f s%n", fileMb,
                    importSeconds, rate, LIMIT_MB_PER_SECOND, rate >= LIMIT_MB_PER_SECOND ? "PASS" : "FAIL", importCpuSeconds,
                    fileMb / importCpuSeconds, processCpuSeconds);
            out.flush();

            Iterable<Document> documents = () -> documentsOf(new GeneratedNews(SEED, reports, CHARS).iterator());
            StorageCosts.Result costs = StorageCosts.measure(work.resolve("scratch.db"), documents, DocumentImporter.BATCH_FILES);
            double textMb = costs.bytes() / 1e6;
            out.printf("alongside, the same %d texts (%.1f MB of UTF-8) in transactions of %d (wall, then CPU of the thread):%n",
                    costs.documents(), textMb, DocumentImporter.BATCH_FILES);
            part(out, "raw SQLite row insert alone (no index, no checks)", costs.rowInsert(), textMb);
            part(out, "index text in Java (words cut and folded, forms, variant keys; on the reading thread)", costs.fold(), textMb);
            part(out, "FTS5 insert of the index text alone (document_search and document_variant)", costs.ftsInsert(), textMb);
            // The writing thread cannot go faster than its two SQLite parts; the reading thread works alongside.
            StorageCosts.Cost writer = new StorageCosts.Cost(costs.rowInsert().wallMillis() + costs.ftsInsert().wallMillis(),
                    costs.rowInsert().cpuMillis() + costs.ftsInsert().cpuMillis());
            part(out, "floor of the writing thread (row insert + FTS5 insert)", writer, textMb);
            out.printf("  the rest of the writing thread (duplicate checks, savepoints, revisions, JDBC): CPU %.2f s%n",
                    importCpuSeconds - writer.cpuMillis() / 1000);
            out.printf("  the reading thread and the JVM (JSON, canonical text, hashes, index text, GC, JIT): CPU %.2f s%n",
                    processCpuSeconds - importCpuSeconds);
        }
        out.flush();
        return 0;
    }

    /** CPU time of the whole JVM: the import's reading thread works beside the importing one. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void part(PrintWriter out, String what, StorageCosts.Cost cost, double megabytes) {
        out.printf("  %s: %.2f s = %.1f MB/s; CPU %.2f s = %.1f MB/s%n", what, cost.wallMillis() / 1000,
                megabytes / (cost.wallMillis() / 1000), cost.cpuMillis() / 1000, megabytes / (cost.cpuMillis() / 1000));
    }

    private static Iterator<Document> documentsOf(Iterator<GeneratedNews.Report> reports) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return reports.hasNext();
            }

            @Override
            public Document next() {
                return reports.next().document();
            }
        };
    }
}
