package hamish.ui.bench;

import hamish.Main;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.BenchWorkspace;
import hamish.bench.support.LibraryDatabase;
import hamish.store.Stores;
import hamish.ui.StartupProbe;
import hamish.ui.UiSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hamish bench memory}: the window's resident memory on a large library, read from /proc for a child JVM
 * of the real window once it is interactive with a 1 MB article open in the reader; exit 1 over the limit.
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = {"The window's resident memory (RSS) with 10,000 articles in the library and a 1 MB article",
                "open in the reader, in a child JVM with the launchers' options. Needs a display and Linux's /proc."})
public final class MemoryBenchCommand implements Callable<Integer> {

    /** Issue 15: 10,000 articles in the library and a 1 MB article open stay under this RSS. */
    static final int LIMIT_MB = 350;

    @Option(names = "--articles", description = "articles in the library (default: ${DEFAULT-VALUE})", defaultValue = "10000")
    int articles;

    @Option(names = "--chars", description = "chars per article (default: ${DEFAULT-VALUE})", defaultValue = "2800")
    int chars;

    @Option(names = "--open-chars", description = "chars of the article open in the reader (default: ${DEFAULT-VALUE})",
            defaultValue = "1000000")
    int openChars;

    @Option(names = "--settle", description = "seconds to wait after the window is interactive (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    int settleSeconds;

    @Option(names = "--jvm-option", description = "a further option for the child JVM (repeatable), e.g. -Xmx256m")
    List<String> extraOptions = new ArrayList<>();

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        try (BenchFolder work = new BenchFolder(workspace.dir())) {
            Path db = work.resolve("library.db");
            long t0 = System.nanoTime();
            LibraryDatabase.create(db, articles, chars, 5);
            long big = LibraryDatabase.add(db, openChars, 6);
            try (Stores stores = Stores.open(db)) {
                // The window reopens the last document: the big article is in the reader from the start.
                stores.settings().put(UiSettings.LAST_DOCUMENT, Long.toString(big));
            }
            out.printf("library: %,d articles of ~%,d chars and one of %,d chars (%.0f MB database, built in %.0f s)%n",
                    articles + 3, chars, openChars, Files.size(db) / 1048576.0, (System.nanoTime() - t0) / 1e9);
            out.flush();
            List<String> options = new ArrayList<>(StartBenchCommand.LAUNCHER_OPTIONS);
            options.addAll(extraOptions);
            options.add("-D" + StartupProbe.STAY_PROPERTY + "=true");
            ChildWindow window = new ChildWindow(options, System.getProperty("java.class.path"), Main.class.getName(),
                    List.of("--db", db.toString()), work.resolve("probe.txt"), work.resolve("child.log"));
            ChildWindow.Times t = window.start(StartupProbe.INTERACTIVE);
            Thread.sleep(settleSeconds * 1000L);
            ProcessMemory memory = ProcessMemory.of(window.pid());
            window.finish(0);
            out.printf("child JVM options: %s%n", String.join(" ", options));
            out.printf("window interactive after %d ms; %d s later: RSS %d MB (limit < %d MB) %s; peak RSS (VmHWM) %d MB%n",
                    t.interactiveMillis().orElse(-1), settleSeconds, memory.rssMb(), LIMIT_MB,
                    memory.rssMb() < LIMIT_MB ? "PASS" : "FAIL", memory.peakMb());
            out.flush();
            return memory.rssMb() < LIMIT_MB ? 0 : 1;
        }
    }

    /** A process's resident set, now and at its peak, from /proc/PID/status. */
    record ProcessMemory(long rssMb, long peakMb) {

        static ProcessMemory of(long pid) throws IOException {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line) >> 10;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) >> 10;
                }
            }
            return new ProcessMemory(rss, peak);
        }

        private static long kilobytes(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }
}
