package hamish.ui.bench;

import hamish.ui.StartupProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A window started in a child JVM (this JVM's java and class path), timed from just before the process is
 * started to the times its startup probe writes to a file: the whole start as a user waits for it. The times
 * are taken in the child, so how soon this process reads the file does not matter.
 */
final class ChildWindow {

    /**
     * Milliseconds from launch, and of the child's CPU time (all its threads) by then; interactive is empty for a
     * window that has no such state (the empty one).
     */
    record Times(long shownMillis, long shownCpuMillis, OptionalLong interactiveMillis, OptionalLong interactiveCpuMillis) {
    }

    private static final long TIMEOUT_MILLIS = 300_000;

    private final List<String> command;
    private final Path probe;
    private final Path log;
    private Process process;
    private long launched;

    ChildWindow(List<String> jvmOptions, String classPath, String mainClass, List<String> args, Path probe, Path log) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(jvmOptions);
        c.add("-D" + StartupProbe.PROPERTY + "=" + probe);
        c.add("-cp");
        c.add(classPath);
        c.add(mainClass);
        c.addAll(args);
        this.command = List.copyOf(c);
        this.probe = probe;
        this.log = log;
    }

    /** Starts the child and waits until its probe wrote the line starting with {@code until}, or it ended. */
    Times start(String until) throws IOException, InterruptedException {
        Files.deleteIfExists(probe);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        launched = System.currentTimeMillis();
        process = builder.start();
        long[] shown = null;
        long[] interactive = null;
        while (System.currentTimeMillis() - launched < TIMEOUT_MILLIS) {
            boolean ended = !process.isAlive();
            for (String line : Files.exists(probe) ? Files.readAllLines(probe) : List.<String>of()) {
                if (line.startsWith(StartupProbe.SHOWN)) {
                    shown = at(line, StartupProbe.SHOWN);
                } else if (line.startsWith(StartupProbe.INTERACTIVE)) {
                    interactive = at(line, StartupProbe.INTERACTIVE);
                }
            }
            boolean done = until.equals(StartupProbe.SHOWN) ? shown != null : interactive != null;
            if (done || ended) {
                break;
            }
            Thread.sleep(20);
        }
        if (shown == null) {
            process.destroyForcibly();
            throw new IOException("the child window wrote no start time; its output is in " + log + ":\n"
                    + String.join("\n", tail(log)));
        }
        return new Times(shown[0], shown[1], interactive == null ? OptionalLong.empty() : OptionalLong.of(interactive[0]),
                interactive == null ? OptionalLong.empty() : OptionalLong.of(interactive[1]));
    }

    /** Waits for the child to end by itself (the probe quits the window), or ends it after {@code seconds}. */
    void finish(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** "PREFIX epochMillis cpu cpuMillis": milliseconds since launch, and of CPU. */
    private long[] at(String line, String prefix) {
        String[] words = line.substring(prefix.length()).trim().split(" ");
        return new long[] {Long.parseLong(words[0]) - launched, Long.parseLong(words[2])};
    }

    private static List<String> tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 20), lines.size());
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }
}
