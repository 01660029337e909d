package hamish.ui.bench;

import hamish.Main;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.JarredClassPath;
import hamish.bench.support.LauncherOptions;
import hamish.bench.support.LibraryDatabase;
import hamish.ui.StartupProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the start of the real window against an empty JavaFX window, each in fresh child JVMs, alternating
 * so that a busy moment of the machine falls on both alike: the empty window until its first frame is laid
 * out; Hamish on a library of 22 documents until shown, and until interactive (library filled, the first
 * document laid out in the reader, the FX thread idle); and a floor window of a few ordinary controls
 * ({@link FloorWindow}). Then the same with a dynamic AppCDS archive of each, written by one run and used by the
 * next ones: for Hamish, as the installed launcher gives it (its window archive, sqlite-jdbc's library from a folder).
 */
public final class StartBenchmark {

    /** Start times in milliseconds from launching the child JVM, one per run, and the child's CPU milliseconds by then. */
    public record Series(long[] emptyShown, long[] hamishShown, long[] hamishInteractive, long[] emptyCpu, long[] hamishCpu,
                         long[] floorShown, long[] floorCpu) {

        /** The floor window (a few ordinary controls, {@link FloorWindow}) against the empty one. */
        public double floorRatio() {
            return (double) median(floorShown) / median(emptyShown);
        }

        public double ratio() {
            return (double) median(hamishInteractive) / median(emptyShown);
        }

        public double cpuRatio() {
            return (double) median(hamishCpu) / median(emptyCpu);
        }
    }

    public record Result(int documents, List<String> jvmOptions, Series plain, Series appCds, long emptyArchiveBytes,
                         long hamishArchiveBytes) {
    }

    private static final int DOCUMENTS = 19; // and the 3 samples: the library of the measurement
    private static final int CHARS = 2800;

    private final int runs;
    private final List<String> jvmOptions;
    private final Path dir;

    public StartBenchmark(int runs, List<String> jvmOptions, Path dir) {
        this.runs = runs;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.dir = dir;
    }

    public Result run() throws IOException, InterruptedException {
        try (BenchFolder work = new BenchFolder(dir)) {
            Path db = work.resolve("start.db");
            LibraryDatabase.create(db, DOCUMENTS, CHARS, 3);
            String classPath = JarredClassPath.of(work.path());
            Path log = work.resolve("children.log");
            // One start of each first, uncounted: it brings the jars into the page cache and writes the window's state.
            series(1, List.of(), List.of(), List.of(), classPath, db, log);
            Series plain = series(runs, List.of(), List.of(), List.of(), classPath, db, log);
            Path emptyArchive = work.resolve("empty.jsa");
            Path hamishArchive = work.resolve("hamish.jsa");
            Path floorArchive = work.resolve("floor.jsa");
            // Hamish as installed (src/installer/linux/hamish-launcher): sqlite-jdbc's library from a folder, and the
            // window's archive written by its first start (-XX:ArchiveClassesAtExit) and used by the next ones.
            List<String> installed = LauncherOptions.sqliteLibrary(work.resolve("native"));
            series(1, List.of("-XX:ArchiveClassesAtExit=" + emptyArchive), with(installed, "-XX:ArchiveClassesAtExit=" + hamishArchive),
                    List.of("-XX:ArchiveClassesAtExit=" + floorArchive), classPath, db, log);
            Series cds = series(runs, List.of("-XX:SharedArchiveFile=" + emptyArchive), with(installed, "-XX:SharedArchiveFile=" + hamishArchive),
                    List.of("-XX:SharedArchiveFile=" + floorArchive), classPath, db, log);
            return new Result(DOCUMENTS + 3, jvmOptions, plain, cds, size(emptyArchive), size(hamishArchive));
        }
    }

    private Series series(int count, List<String> emptyExtra, List<String> hamishExtra, List<String> floorExtra, String classPath,
                          Path db, Path log) throws IOException, InterruptedException {
        long[] empty = new long[count];
        long[] shown = new long[count];
        long[] interactive = new long[count];
        long[] emptyCpu = new long[count];
        long[] hamishCpu = new long[count];
        long[] floor = new long[count];
        long[] floorCpu = new long[count];
        Path probe = log.resolveSibling("probe.txt");
        for (int i = 0; i < count; i++) {
            ChildWindow e = new ChildWindow(options(emptyExtra), classPath, EmptyWindow.class.getName(), List.of(), probe, log);
            ChildWindow.Times te = e.start(StartupProbe.SHOWN);
            empty[i] = te.shownMillis();
            emptyCpu[i] = te.shownCpuMillis();
            e.finish(30);
            ChildWindow h = new ChildWindow(options(hamishExtra), classPath, Main.class.getName(), List.of("--db", db.toString()),
                    probe, log);
            ChildWindow.Times t = h.start(StartupProbe.INTERACTIVE);
            h.finish(30);
            shown[i] = t.shownMillis();
            interactive[i] = t.interactiveMillis().orElseThrow(() -> new IOException("the window never became interactive"));
            hamishCpu[i] = t.interactiveCpuMillis().orElseThrow();
            ChildWindow f = new ChildWindow(options(floorExtra), classPath, FloorWindow.class.getName(), List.of(), probe, log);
            ChildWindow.Times tf = f.start(StartupProbe.SHOWN);
            floor[i] = tf.shownMillis();
            floorCpu[i] = tf.shownCpuMillis();
            f.finish(30);
        }
        return new Series(empty, shown, interactive, emptyCpu, hamishCpu, floor, floorCpu);
    }

    private static List<String> with(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    private List<String> options(List<String> extra) {
        List<String> all = new ArrayList<>(jvmOptions);
        all.addAll(extra);
        return all;
    }

    private static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    public static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
