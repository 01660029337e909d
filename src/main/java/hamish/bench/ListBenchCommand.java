package hamish.bench;

import hamish.bench.support.BenchFolder;
import hamish.bench.support.BenchWorkspace;
import hamish.bench.support.ChildCpuTime;
import hamish.bench.support.GeneratedNews;
import hamish.bench.support.JarredClassPath;
import hamish.bench.support.LauncherOptions;
import hamish.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hamish bench list}: {@code hamish list} as a user runs it, a new JVM each time, on a library of generated
 * articles, against issue 15's limit (under 0.5 s on 10,000 articles): with the JVM's defaults, and as the installer
 * ships it (its launcher's options, sqlite-jdbc's library from the app image, the AppCDS archive its postinst makes);
 * beside them the JVM floor (a main that only exits) and start-up options one by one: C1 only, AppCDS.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Measure `hamish list` in a child JVM (as a user runs it) on a temporary library of generated articles,",
                "with the JVM's defaults and as the installer ships it, beside the JVM floor and start-up options (C1 only, AppCDS)."})
final class ListBenchCommand implements Callable<Integer> {

    static final double LIMIT_SECONDS = 0.5;
    private static final int ANY_LINES = -1;

    @Option(names = "--articles", description = "generated articles in the library (default: ${DEFAULT-VALUE})", defaultValue = "10000")
    int articles;

    @Option(names = "--runs", description = "runs of each command line, median and min reported (default: ${DEFAULT-VALUE})", defaultValue = "7")
    int runs;

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        try (BenchFolder work = new BenchFolder(workspace.dir())) {
            Path db = work.resolve("library.db");
            long t0 = System.nanoTime();
            try (Stores stores = Stores.open(db)) {
                Iterator<GeneratedNews.Report> reports = new GeneratedNews(41, articles, 2800).iterator();
                while (reports.hasNext()) {
                    stores.documents().batch(() -> {
                        for (int i = 0; i < 1000 && reports.hasNext(); i++) {
                            stores.documents().insert(reports.next().document());
                        }
                        return null;
                    });
                }
            }
            out.printf("setup: %d generated articles, library %.0f MB, built in %.1f s%n", articles, Files.size(db) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();

            // Jars, not build folders, as an installed Hamish runs, so that an AppCDS archive can be made of the same path.
            String classPath = JarredClassPath.of(work.path());
            List<String> list = List.of("-cp", classPath, "hamish.Main", "--db", db.toString(), "list");
            Timing plain = time(work, List.of(), list, articles);
            out.printf("list on %,d articles, JVM defaults: median %.2f s, min %.2f s over %d runs, CPU %.2f s (limit < %.1f s: %s)%n",
                    articles, plain.median(), plain.min(), runs, plain.cpu(), LIMIT_SECONDS, verdict(plain));
            Timing floor = time(work, List.of(), List.of("-cp", classPath, TrivialMain.class.getName()), 0);
            out.printf("  JVM floor (a main that only exits, same class path): median %.2f s, min %.2f s, CPU %.2f s%n",
                    floor.median(), floor.min(), floor.cpu());
            out.flush();

            Timing c1 = time(work, List.of("-XX:TieredStopAtLevel=1"), list, articles);
            out.printf("  list with -XX:TieredStopAtLevel=1: median %.2f s, min %.2f s, CPU %.2f s%n", c1.median(), c1.min(), c1.cpu());
            Path archive = work.resolve("hamish-list.jsa");
            run(work, List.of("-XX:ArchiveClassesAtExit=" + archive), list, ANY_LINES); // the JVM adds its own lines to a dump run
            Timing cds = time(work, List.of("-XX:SharedArchiveFile=" + archive), list, articles);
            out.printf("  list with AppCDS (-XX:SharedArchiveFile, archive of %.0f MB from one list run): median %.2f s, min %.2f s, CPU %.2f s%n",
                    Files.size(archive) / 1e6, cds.median(), cds.min(), cds.cpu());
            Timing both = time(work, List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), list, articles);
            out.printf("  list with AppCDS and -XX:TieredStopAtLevel=1: median %.2f s, min %.2f s, CPU %.2f s%n", both.median(),
                    both.min(), both.cpu());
            out.flush();

            List<String> shipped = shippedOptions(work, classPath);
            Timing installed = time(work, shipped, list, articles);
            out.printf("list as the installer ships it (%s): median %.2f s, min %.2f s, CPU %.2f s (limit < %.1f s: %s)%n",
                    String.join(" ", shipped), installed.median(), installed.min(), installed.cpu(), LIMIT_SECONDS, verdict(installed));
            Timing shippedFloor = time(work, LauncherOptions.jvm(), List.of("-cp", classPath, TrivialMain.class.getName()), 0);
            out.printf("  JVM floor with the launchers' options: median %.2f s, min %.2f s, CPU %.2f s%n", shippedFloor.median(),
                    shippedFloor.min(), shippedFloor.cpu());
        }
        out.flush();
        return 0;
    }

    private static String verdict(Timing timing) {
        return timing.median() < LIMIT_SECONDS ? "PASS" : "FAIL";
    }

    /**
     * The options of the installed launcher: every launcher's (LauncherOptions.jvm), sqlite-jdbc's native library from
     * a folder as the app image holds it, and an AppCDS archive made as the package's postinst makes it: a static
     * archive ({@code -Xshare:dump}) of the runtime's default class list and the classes one list on an empty library
     * loads with the same options. (A dynamic archive leaves out picocli's classes, whose class-file version, 49,
     * JDK 17 archives only statically.)
     */
    private static List<String> shippedOptions(BenchFolder work, String classPath) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(LauncherOptions.jvm());
        options.addAll(LauncherOptions.sqliteLibrary(work.resolve("native")));
        Path loaded = work.resolve("list.classes");
        List<String> listing = new ArrayList<>(options);
        listing.addAll(List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + loaded));
        run(work, listing, List.of("-cp", classPath, "hamish.Main", "--db", work.resolve("empty.db").toString(), "list"), ANY_LINES);
        Path classes = work.resolve("all.classes");
        Path runtimeList = Path.of(System.getProperty("java.home"), "lib", "classlist");
        Set<String> lines = new LinkedHashSet<>(Files.isRegularFile(runtimeList) ? Files.readAllLines(runtimeList) : List.of());
        lines.addAll(Files.readAllLines(loaded));
        Files.write(classes, lines);
        Path archive = work.resolve("hamish-installed.jsa");
        List<String> dump = new ArrayList<>(options);
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive));
        run(work, dump, List.of("-cp", classPath), ANY_LINES);
        options.add("-XX:SharedArchiveFile=" + archive);
        return options;
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    /** Wall times of {@link #runs} runs, in seconds, and the median of their CPU times (user + system, -1 unknown). */
    private record Timing(double median, double min, double cpu) {
    }

    private Timing time(BenchFolder work, List<String> jvmOptions, List<String> command, int expectedLines)
            throws IOException, InterruptedException {
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double cpuBefore = ChildCpuTime.seconds();
            seconds[i] = run(work, jvmOptions, command, expectedLines);
            cpu[i] = cpuBefore < 0 ? -1 : ChildCpuTime.seconds() - cpuBefore;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        return new Timing(seconds[runs / 2], seconds[0], cpu[runs / 2]);
    }

    /**
     * Runs {@code command} (class path, main class, arguments) in a new JVM with the java of this one, its output to a file as a shell
     * redirect would take it; the wall time from start to exit, in seconds. Throws unless it exits with 0 having
     * printed {@code expectedLines} lines ({@link #ANY_LINES}: any number).
     */
    private static double run(BenchFolder work, List<String> jvmOptions, List<String> command, int expectedLines)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmOptions);
        line.addAll(command);
        Path output = work.resolve("child-out.txt");
        Path errors = work.resolve("child-err.txt");
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(line).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish in 5 minutes: " + line);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long lines;
        try (var stream = Files.lines(output)) {
            lines = stream.count();
        }
        if (child.exitValue() != 0 || expectedLines != ANY_LINES && lines != expectedLines) {
            throw new IllegalStateException("the child JVM exited with " + child.exitValue() + " after " + lines + " lines (expected "
                    + expectedLines + "): " + String.join(" ", line) + "\n" + Files.readString(errors) + tail(output));
        }
        return seconds;
    }
}
