package hamish.reliability;

import hamish.store.DatabaseInUseException;
import hamish.store.InstanceLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Child process for the lock tests: takes a lock on a database, prints "LOCKED", holds it until its
 * standard input ends (the test closes it, or dies), then exits. Args: mode ("window": the Hamish
 * window's {@link InstanceLock}; "sqlite-exclusive": another program inside BEGIN EXCLUSIVE; "probe": try
 * the window's lock once, print "LOCKED" or "IN USE: message" and exit), database path.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path db = Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("probe")) {
            try (InstanceLock lock = InstanceLock.acquire(db)) {
                out.println("LOCKED");
            } catch (DatabaseInUseException e) {
                out.println("IN USE: " + e.getMessage());
            }
        } else if (args[0].equals("window")) {
            try (InstanceLock lock = InstanceLock.acquire(db)) {
                out.println("LOCKED");
                waitForEndOfInput();
            }
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                out.println("LOCKED");
                waitForEndOfInput();
                st.execute("ROLLBACK");
            }
        }
    }

    private static void waitForEndOfInput() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            // hold the lock
        }
    }

    /** Starts a holder and returns once it holds the lock; closing the returned process's stdin lets it go. */
    public static Process start(String mode, Path db) throws IOException {
        Process process = launch(mode, db);
        String first = firstLine(process);
        if (!"LOCKED".equals(first)) {
            process.destroyForcibly();
            throw new IllegalStateException("lock holder did not take the lock: " + first);
        }
        return process;
    }

    /** What another process sees when it tries to take the window's lock: "LOCKED" or "IN USE: message". */
    public static String probe(Path db) throws IOException, InterruptedException {
        Process process = launch("probe", db);
        String answer = firstLine(process);
        process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        return answer;
    }

    private static Process launch(String mode, Path db) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), mode, db.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** Lets the holder release its lock and waits for it to exit. */
    public static void stop(Process holder) throws IOException, InterruptedException {
        holder.getOutputStream().close();
        if (!holder.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            holder.destroyForcibly();
        }
    }
}
