package hamish.ui.bench;

import hamish.bench.support.BenchWorkspace;
import hamish.bench.support.LauncherOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hamish bench start}: the window's start against an empty JavaFX window's, in child JVMs; exit 1 when the
 * interactive window as installed (its window archive, see src/installer/linux/hamish-launcher) takes more than
 * {@link #LIMIT} times the empty one's start (without an archive).
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Time the start of the window on a library of 22 documents against an empty JavaFX window,",
                "each in fresh JVMs, alternating; then both with a dynamic AppCDS archive. Needs a display."})
public final class StartBenchCommand implements Callable<Integer> {

    /** The interactive window may take this many times the empty window's start (issue 15). */
    static final double LIMIT = 1.3;

    /**
     * What the launchers give the window's JVM: javafx:run's option that matters on the class path, and every launcher's
     * collector, compiler and heap options (pom.xml), so that the window benches measure Hamish as shipped.
     */
    static final List<String> LAUNCHER_OPTIONS = Stream.concat(Stream.of("-Dprism.lcdtext=false"), LauncherOptions.jvm().stream()).toList();

    @Option(names = "--runs", description = "starts of each window (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int runs;

    @Option(names = "--jvm-option", description = "a further option for every child JVM (repeatable), e.g. -XX:TieredStopAtLevel=1")
    List<String> extraOptions = new ArrayList<>();

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        List<String> options = new ArrayList<>(LAUNCHER_OPTIONS);
        options.addAll(extraOptions);
        StartBenchmark.Result r = new StartBenchmark(runs, options, workspace.dir()).run();
        out.printf("child JVM options: %s; %d runs each, alternating, after one uncounted start of each%n", String.join(" ", r.jvmOptions()), runs);
        print(out, "", r.plain());
        print(out, "with AppCDS (-XX:SharedArchiveFile, archives " + (r.emptyArchiveBytes() >> 20) + " MB and "
                + (r.hamishArchiveBytes() >> 20) + " MB; Hamish as installed): ", r.appCds());
        double shipped = (double) StartBenchmark.median(r.appCds().hamishInteractive()) / StartBenchmark.median(r.plain().emptyShown());
        double floor = (double) StartBenchmark.median(r.appCds().floorShown()) / StartBenchmark.median(r.plain().emptyShown());
        out.printf("Hamish as installed (the launcher's window archive) interactive / empty JavaFX window without an archive: %.2f× "
                + "(limit ≤ %.1f×) %s; the floor window with its archive: %.2f×%n", shipped, LIMIT, shipped <= LIMIT ? "PASS" : "FAIL", floor);
        out.flush();
        return shipped <= LIMIT ? 0 : 1;
    }

    private static void print(PrintWriter out, String prefix, StartBenchmark.Series s) {
        out.printf("%sempty JavaFX window shown: median %d ms (%s)%n", prefix, StartBenchmark.median(s.emptyShown()), list(s.emptyShown()));
        out.printf("%sfloor window (menu bar, tab pane, list, table, text field; modena) shown: median %d ms (%s), CPU median %d ms: %.2f× the empty window%n",
                prefix, StartBenchmark.median(s.floorShown()), list(s.floorShown()), StartBenchmark.median(s.floorCpu()), s.floorRatio());
        out.printf("%sHamish (22 documents) shown: median %d ms (%s)%n", prefix, StartBenchmark.median(s.hamishShown()), list(s.hamishShown()));
        out.printf("%sHamish interactive: median %d ms (%s)%n", prefix, StartBenchmark.median(s.hamishInteractive()),
                list(s.hamishInteractive()));
        out.printf("%sinteractive / empty window: %.2f× (limit ≤ %.1f×) %s%n", prefix, s.ratio(), LIMIT, s.ratio() <= LIMIT ? "PASS" : "FAIL");
        out.printf("%sCPU time used by then (all threads; hardly depends on other load): empty window median %d ms (%s), "
                + "Hamish interactive median %d ms (%s): %.2f×%n", prefix, StartBenchmark.median(s.emptyCpu()), list(s.emptyCpu()),
                StartBenchmark.median(s.hamishCpu()), list(s.hamishCpu()), s.cpuRatio());
    }

    private static String list(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(" ")) + " ms";
    }
}
