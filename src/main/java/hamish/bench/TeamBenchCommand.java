package hamish.bench;

import hamish.bench.support.BenchWorkspace;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hamish bench team}: issue 16's load test (and, with {@code --kill-server}, its kill test) on {@code --db}. */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = {"Simulated annotators, each with its own connection and author name, insert, edit and delete annotations",
                "of one database at once (their own rows and each other's); then the database is read back and every",
                "acknowledged write checked (present and exact, or gone when deleted), every refusal counted by kind.",
                "WRITES INTO --db (new documents of its own; it never touches other rows): a PostgreSQL URL or a SQLite file.",
                "--kill-server DATADIR stops that PostgreSQL server (pg_ctl -m fast, or --stop-mode immediate) under the writers and starts it again."})
final class TeamBenchCommand implements Callable<Integer> {

    @Option(names = "--annotators", description = "simulated annotators, one thread and connection each (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    int annotators;

    @Option(names = "--per", description = "actions per annotator (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    int per;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "16")
    long seed;

    @Option(names = "--kill-server", paramLabel = "DATADIR",
            description = "the data folder of --db's PostgreSQL server: stop it after 30% of the actions, start it again after --pause")
    Path killServer;

    @Option(names = "--pause", description = "seconds the killed server stays down (default: ${DEFAULT-VALUE})", defaultValue = "2")
    double pause;

    @Option(names = "--stop-mode", description = "pg_ctl's stop mode for --kill-server: fast or immediate (default: ${DEFAULT-VALUE})",
            defaultValue = "fast")
    String stopMode;

    @Option(names = "--verbose", description = "print every mismatch and every unknown outcome")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        String db = spec.findOption("--db") == null ? null : spec.findOption("--db").getValue();
        if (db == null || db.equals("annotations.db")) {
            workspace.err().println("bench team writes into --db: name the database (a postgresql:// URL or a scratch SQLite file) explicitly");
            return 2;
        }
        ServerKill kill = killServer == null ? null : new ServerKill(killServer, pause, stopMode);
        if (kill != null && !db.startsWith("postgresql:") && !db.startsWith("jdbc:postgresql:")) {
            workspace.err().println("--kill-server is for a PostgreSQL --db only");
            return 2;
        }
        out.printf("team load on %s: %d annotators × %d actions (70%% inserts, 20%% edits, 10%% deletes of anyone's rows)%s; "
                + "load average %.1f%n", db.replaceAll("//([^:@/]*):[^@]*@", "//$1:…@"), annotators, per,
                kill == null ? "" : ", server in " + killServer + " stopped (-m " + stopMode + ") after 30% and restarted after " + pause + " s",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        TeamLoad.Result r = new TeamLoad(db, annotators, per, seed).run(kill, n -> { });
        report(out, r, verbose);
        out.flush();
        return r.verification().mismatches().isEmpty() ? 0 : 1;
    }

    static void report(PrintWriter out, TeamLoad.Result r, boolean verbose) {
        TeamLoad.Verification v = r.verification();
        out.printf("%s, %d annotators × %d: %d actions in %.1f s = %.0f actions/s; acknowledged %d (%.0f/s); "
                        + "refused: stale %d, concurrent %d; connection lost, not saved %d; unknown outcome %d; other errors %d%n",
                r.backend(), r.annotators(), r.per(), r.ops().size(), r.wallSeconds(), r.actionsPerSecond(),
                r.count(TeamLoad.Outcome.ACK), r.count(TeamLoad.Outcome.ACK) / r.wallSeconds(), r.count(TeamLoad.Outcome.STALE),
                r.count(TeamLoad.Outcome.CONCURRENT), r.count(TeamLoad.Outcome.LOST_NOT_SAVED), r.count(TeamLoad.Outcome.UNKNOWN),
                r.count(TeamLoad.Outcome.OTHER));
        StringBuilder kinds = new StringBuilder();
        TeamLoad.table(r.ops()).forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k.toLowerCase()).append(' ').append(n));
        out.println("  by kind: " + kinds);
        long ownEdits = r.ops().stream().filter(o -> o.kind() != TeamLoad.Kind.INSERT && o.own()).count();
        long othersEdits = r.ops().stream().filter(o -> o.kind() != TeamLoad.Kind.INSERT && !o.own()).count();
        out.printf("  edits and deletes of one's own rows %d, of another annotator's %d%n", ownEdits, othersEdits);
        out.printf("  acknowledged write latency (call to return, commit included): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                r.ackMillis(50), r.ackMillis(95), r.ackMillis(99), r.ackMillis(100));
        out.printf("  check: %d rows read; %d acknowledged rows present and exact, %d acknowledged deletes gone; mismatches %d%s%n",
                v.rowsRead(), v.ackedPresent(), v.ackedDeletedGone(), v.mismatches().size(),
                v.mismatches().isEmpty() ? " PASS" : " FAIL");
        int shown = 0;
        for (String m : v.mismatches()) {
            if (!verbose && shown++ >= 10) {
                out.printf("  … %d more (--verbose)%n", v.mismatches().size() - 10);
                break;
            }
            out.println("  MISMATCH " + m);
        }
        if (r.count(TeamLoad.Outcome.UNKNOWN) > 0) {
            out.printf("  unknown outcomes (commit in flight when the connection went): %d took effect, %d did not%n",
                    v.unknownPresent(), v.unknownAbsent());
            v.unknownDetails().forEach(d -> out.println("    " + d));
        }
        Map<String, Integer> messages = r.otherMessages();
        if (!messages.isEmpty()) {
            out.printf("  distinct messages of failed actions (%d):%n", messages.size());
            messages.forEach((m, n) -> out.printf("    %5d × %s%n", n, m));
        }
        if (r.kill() != null) {
            ServerKill.Report k = r.kill();
            out.printf("  server kill: stop took %.2f s, down %.2f s, start took %.2f s: downtime %.2f s from the stop's start to the "
                            + "server up; every writer went on after the restart: %s%n", (k.stoppedAt() - k.stopAt()) / 1e9,
                    (k.startAt() - k.stoppedAt()) / 1e9, (k.upAt() - k.startAt()) / 1e9, k.downtimeSeconds(),
                    k.everyWriterContinued() ? "yes" : "NO");
            k.writers().forEach((a, s) -> out.printf("    annotator-%d: %s%n", a, s));
            out.print(k.commands().indent(4));
        }
    }
}
