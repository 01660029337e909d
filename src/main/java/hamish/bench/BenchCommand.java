package hamish.bench;

import hamish.bench.support.BenchWorkspace;
import hamish.ui.bench.CompareBenchCommand;
import hamish.ui.bench.MemoryBenchCommand;
import hamish.ui.bench.ReaderBenchCommand;
import hamish.ui.bench.StartBenchCommand;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hamish bench}: the store and import benchmarks (on a fresh temporary database, never on --db).
 * The root of every benchmark: {@code hamish.cli.HamishCommand} registers this class and nothing else from
 * the bench packages. The reader's benchmark is listed here directly, with no wiring through {@code Main}: it
 * needs JavaFX so it lives in {@code hamish.ui.bench} (as does the compare window's), and the bench packages may use every layer (they measure them).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {MentionBenchCommand.class, SearchBenchCommand.class, QuotesBenchCommand.class, ExportBenchCommand.class,
                JsonLdImportBenchCommand.class, DatasetBenchCommand.class, ListBenchCommand.class, ReaderBenchCommand.class, StartBenchCommand.class, MemoryBenchCommand.class, CompareBenchCommand.class, AlignBenchCommand.class, DiscoverBenchCommand.class, TeamBenchCommand.class},
        description = {"Measure: annotation commits (one by one and batched), import throughput with the search index, peak heap.",
                "Runs on a temporary database. Subcommands run one benchmark; the window's benchmarks appear here too."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--annotations", description = "annotations committed one by one (default: ${DEFAULT-VALUE})", defaultValue = "2000")
    int annotations;

    @Option(names = "--batch", description = "annotations committed in one batch (default: ${DEFAULT-VALUE})", defaultValue = "20000")
    int batch;

    @Option(names = "--import-mb", description = "megabytes of generated Arabic articles to import (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int importMegabytes;

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        resetPeaks();
        StoreBenchmark.Result store = new StoreBenchmark(workspace.dir()).run(annotations, batch);
        out.printf("annotation commit, one per transaction: %d in %.0f ms = %.0f/s; latency median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                store.singleCount(), store.singleMillis(), store.singlePerSecond(), store.medianMillis(), store.p99Millis(), store.maxMillis());
        out.printf("annotation commit, one batch transaction: %d in %.0f ms = %.0f/s%n",
                store.batchCount(), store.batchMillis(), store.batchPerSecond());
        out.flush();
        ImportBenchmark.Result imp = new ImportBenchmark(workspace.dir()).run(importMegabytes);
        out.printf("import with search index: %d files, %.1f MB in %.0f ms = %.1f MB/s (%.0f ms/article)%n",
                imp.files(), imp.megabytes(), imp.millis(), imp.megabytesPerSecond(), imp.millis() / imp.files());
        out.printf("peak heap: %.0f MB (max heap %d MB)%n", peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static double peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
    }
}
