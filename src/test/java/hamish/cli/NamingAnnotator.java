package hamish.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Child process of {@link ConcurrentEntityNamingTest}: one {@code hamish annotate --entity} after another,
 * each through the real command line (its own open of the database, as separate runs have), starting
 * when the barrier file appears. Prints "READY" once warmed up, then "ACK annotationId group" or
 * "FAIL group exitCode message" per call, "DONE" at the end, and exits. Gives up by itself when the
 * barrier does not appear in time. Args: database, document id, text length, barrier file, calls, seed.
 */
public final class NamingAnnotator {

    private NamingAnnotator() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        String documentId = args[1];
        int textLength = Integer.parseInt(args[2]);
        Path barrier = Path.of(args[3]);
        int calls = Integer.parseInt(args[4]);
        Random random = new Random(Long.parseLong(args[5]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<List<String>> groups = ConcurrentEntityNamingTest.NAME_GROUPS;

        // Loads picocli, the SQLite driver and the stores before the race, so both start it at full speed.
        run("list", "--db", db.toString());
        out.println("READY");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(barrier)) {
            if (System.nanoTime() > deadline) {
                out.println("FAIL -1 -1 the barrier never appeared");
                System.exit(3);
            }
            Thread.sleep(1);
        }
        for (int i = 0; i < calls; i++) {
            // The first round names every group in the same order in both processes, so each entity's
            // creation is raced; then groups at random. The spelling is always drawn at random.
            int group = i < groups.size() ? i : random.nextInt(groups.size());
            List<String> spellings = groups.get(group);
            String name = spellings.get(random.nextInt(spellings.size()));
            int start = random.nextInt(textLength - 12);
            int end = start + 1 + random.nextInt(10);
            StringWriter result = new StringWriter();
            StringWriter error = new StringWriter();
            int code = run(result, error, "annotate", documentId, "--db", db.toString(), "--start", String.valueOf(start),
                    "--end", String.valueOf(end), "--tag", "Person", "--entity", name);
            if (code == 0) {
                out.println("ACK " + result.toString().strip() + " " + group);
            } else {
                out.println("FAIL " + group + " " + code + " " + error.toString().replace('\n', ' '));
            }
        }
        out.println("DONE");
    }

    private static int run(String... args) {
        return run(new StringWriter(), new StringWriter(), args);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        picocli.CommandLine cl = HamishCommand.commandLine(file -> {
            throw new IllegalStateException("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
