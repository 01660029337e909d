package hamish.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stops a PostgreSQL server ({@code pg_ctl -m fast stop}) under the load's writers, waits, and starts it again with the
 * options it was started with ({@code DATADIR/postmaster.opts}); as the user owning DATADIR (through {@code runuser} when
 * we are root and it is not ours).
 */
public final class ServerKill {

    /**
     * When it happened ({@link System#nanoTime()}), what the commands said, and what the writers made of it: per annotator
     * the first failed action, the first acknowledged one after the restart.
     */
    public record Report(long stopAt, long stoppedAt, long startAt, long upAt, String commands, Map<Integer, String> writers,
                         boolean everyWriterContinued) {

        public double downtimeSeconds() {
            return (upAt - stopAt) / 1e9;
        }

        Report withOps(List<TeamLoad.Op> ops) {
            Map<Integer, String> out = new TreeMap<>();
            boolean all = true;
            Map<Integer, List<TeamLoad.Op>> per = new TreeMap<>();
            for (TeamLoad.Op o : ops) {
                per.computeIfAbsent(o.annotator(), k -> new ArrayList<>()).add(o);
            }
            for (var e : per.entrySet()) {
                long firstFail = -1;
                long failures = 0;
                long firstAckAfter = -1;
                long acksAfter = 0;
                for (TeamLoad.Op o : e.getValue()) {
                    boolean lost = o.outcome() == TeamLoad.Outcome.LOST_NOT_SAVED || o.outcome() == TeamLoad.Outcome.UNKNOWN
                            || o.outcome() == TeamLoad.Outcome.OTHER;
                    if (lost) {
                        failures++;
                        if (firstFail < 0) {
                            firstFail = o.endNanos();
                        }
                    }
                    if (o.outcome() == TeamLoad.Outcome.ACK && o.endNanos() > upAt) {
                        acksAfter++;
                        if (firstAckAfter < 0) {
                            firstAckAfter = o.endNanos();
                        }
                    }
                }
                boolean lastBeforeKill = e.getValue().get(e.getValue().size() - 1).endNanos() < stopAt;
                all &= acksAfter > 0 || lastBeforeKill;
                out.put(e.getKey(), String.format("%d failed actions (first %s after the stop began), %d acknowledged after the restart "
                                + "(first %s after the server was up)", failures, firstFail < 0 ? "-" : ms(firstFail - stopAt),
                        acksAfter, firstAckAfter < 0 ? "-" : ms(firstAckAfter - upAt)));
            }
            return new Report(stopAt, stoppedAt, startAt, upAt, commands, out, all);
        }

        private static String ms(long nanos) {
            return String.format("%.0f ms", nanos / 1e6);
        }
    }

    private final Path dataDir;
    private final double pauseSeconds;
    private final String mode;

    /** {@code mode}: pg_ctl's shutdown mode, "fast" (sessions terminated, clean shutdown) or "immediate" (no shutdown, recovery at start). */
    public ServerKill(Path dataDir, double pauseSeconds, String mode) {
        this.dataDir = dataDir.toAbsolutePath();
        this.pauseSeconds = pauseSeconds;
        this.mode = mode;
    }

    /** Waits until {@code when} (or {@code over}: the load finished first, nothing is done), then stops and restarts the server. */
    Report runWhen(BooleanSupplier when, BooleanSupplier over) throws InterruptedException {
        while (!when.getAsBoolean()) {
            if (over.getAsBoolean()) {
                throw new IllegalStateException("the load finished before the server could be stopped; use more --per");
            }
            Thread.sleep(5);
        }
        List<String> opts = startOptions();
        StringBuilder log = new StringBuilder();
        long stopAt = System.nanoTime();
        stop(log, opts);
        long stoppedAt = System.nanoTime();
        Thread.sleep((long) (pauseSeconds * 1000));
        long startAt = System.nanoTime();
        start(log, opts);
        long upAt = System.nanoTime();
        return new Report(stopAt, stoppedAt, startAt, upAt, log.toString(), Map.of(), false);
    }

    /**
     * Stops the server now and returns what starts it again, with the options it ran with (read before it stops,
     * since a stopped server's folder may no longer say them): for a window test that acts while it is down.
     */
    public Runnable stopNow() throws InterruptedException {
        List<String> opts = startOptions();
        stop(new StringBuilder(), opts);
        return () -> {
            try {
                start(new StringBuilder(), opts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the server in " + dataDir, e);
            }
        };
    }

    private void stop(StringBuilder log, List<String> opts) throws InterruptedException {
        run(log, pgCtl(opts), "-D", dataDir.toString(), "-m", mode, "-w", "stop");
    }

    private void start(StringBuilder log, List<String> opts) throws InterruptedException {
        run(log, pgCtl(opts), "-D", dataDir.toString(), "-o", String.join(" ", opts.subList(1, opts.size())),
                "-l", logFile().toString(), "-w", "start");
    }

    private static String pgCtl(List<String> opts) {
        return Path.of(opts.get(0)).resolveSibling("pg_ctl").toString();
    }

    /** postmaster.opts: the server's program, then its arguments, each in double quotes; without "-D" DATADIR. */
    List<String> startOptions() {
        String line;
        try {
            line = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dataDir.resolve("postmaster.opts") + " (is " + dataDir
                    + " a PostgreSQL data folder whose server is running?): " + e.getMessage(), e);
        }
        List<String> tokens = new ArrayList<>();
        int space = line.indexOf(' ');
        tokens.add(space < 0 ? line : line.substring(0, space));
        String rest = space < 0 ? "" : line.substring(space + 1);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < rest.length(); ) {
            if (rest.charAt(i) == '"') {
                int end = rest.indexOf('"', i + 1);
                args.add(rest.substring(i, end + 1));
                i = end + 1;
            } else if (rest.charAt(i) == ' ') {
                i++;
            } else {
                int end = rest.indexOf(' ', i);
                end = end < 0 ? rest.length() : end;
                args.add(rest.substring(i, end));
                i = end;
            }
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("\"-D\"") || args.get(i).equals("-D")) {
                i++;
            } else {
                tokens.add(args.get(i));
            }
        }
        return tokens;
    }

    private Path logFile() {
        Path parent = dataDir.getParent();
        try {
            if (parent != null && Files.getOwner(parent).equals(Files.getOwner(dataDir))) {
                return parent.resolve("log");
            }
        } catch (IOException e) {
            // fall through
        }
        return dataDir.resolve("restart.log");
    }

    private void run(StringBuilder log, String... command) throws InterruptedException {
        List<String> full = new ArrayList<>();
        try {
            String owner = Files.getOwner(dataDir).getName();
            if ("root".equals(System.getProperty("user.name")) && !"root".equals(owner)) {
                full.addAll(List.of("runuser", "-u", owner, "--"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the owner of " + dataDir + ": " + e.getMessage(), e);
        }
        full.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(full).directory(Path.of("/").toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
            }
            log.append("$ ").append(String.join(" ", full)).append('\n').append(output).append('\n');
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", full) + ": " + e.getMessage(), e);
        }
    }
}
