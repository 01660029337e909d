package hamish.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small RAM file system mounted for one test, to make a disk really full or really read-only (root
 * ignores file permissions, so chmod cannot). Tests skip, with the reason, where mounting is not allowed.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "1m") at a new folder {@code mountPoint}; skips the test if it cannot. */
    public static Tmpfs mount(Path mountPoint, String size) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        String failure = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", mountPoint.toString()));
        Assumptions.assumeTrue(failure == null, () -> "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): " + failure);
        return new Tmpfs(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    public void remountReadOnly() throws IOException, InterruptedException {
        check(run(List.of("mount", "-o", "remount,ro", mountPoint.toString())));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (run(List.of("umount", mountPoint.toString())) != null) {
            check(run(List.of("umount", "-l", mountPoint.toString())));
        }
    }

    /** Writes a file that takes all the space left; returns its size. */
    public long fillWith(Path ballast) throws IOException {
        byte[] chunk = new byte[4096];
        long written = 0;
        try (var out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(chunk);
                out.flush();
                written += chunk.length;
            }
        } catch (IOException full) {
            return written; // ENOSPC: the file system is full, which is the point
        }
    }

    private static void check(String failure) throws IOException {
        if (failure != null) {
            throw new IOException(failure);
        }
    }

    /** Runs a command; null when it succeeded, else its exit code and output. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return String.join(" ", command) + ": timed out";
        }
        return p.exitValue() == 0 ? null : String.join(" ", command) + ": exit " + p.exitValue() + " " + output;
    }
}
