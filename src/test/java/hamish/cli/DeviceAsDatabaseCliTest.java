package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 8: {@code --db /dev/null} (or {@code /dev/full}, a named pipe, a socket, a link to a
 * device) was handed to SQLite, which failed with "disk I/O error" and left {@code /dev/null-journal}
 * behind. Each is now refused before SQLite touches it, and nothing is created beside it.
 */
class DeviceAsDatabaseCliTest {

    private static final List<String> SIDE_FILES = List.of("-journal", "-wal", "-shm");

    @TempDir
    Path dir;

    private boolean journalBeside;

    @BeforeEach
    void linux() {
        assumeTrue(Files.exists(Path.of("/dev/null")) && Files.exists(Path.of("/dev/full")), "needs /dev/null and /dev/full (Linux)");
        journalBeside = Files.exists(Path.of("/dev/null-journal"));
    }

    @AfterEach
    void removeWhatAnOldHamishLeftInDev() throws IOException {
        // Only when this test made it: before the fix the run itself created /dev/null-journal.
        if (!journalBeside) {
            for (String side : SIDE_FILES) {
                Files.deleteIfExists(Path.of("/dev/null" + side));
                Files.deleteIfExists(Path.of("/dev/full" + side));
            }
        }
    }

    @Test
    void aDeviceAPipeASocketOrALinkToADeviceIsRefusedAsADatabaseAndNothingIsCreatedBesideIt() throws Exception {
        Path fifo = dir.resolve("أنبوب.db");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS) && Files.exists(fifo),
                "needs mkfifo");
        Path link = Files.createSymbolicLink(dir.resolve("رابط.db"), Path.of("/dev/null"));
        Path socket = dir.resolve("مقبس.db");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<String> before = listing(dir);

            expectRefused(Path.of("/dev/null"), "a character device");
            expectRefused(Path.of("/dev/full"), "a character device");
            expectRefused(fifo, "a named pipe (FIFO)");
            expectRefused(socket, "a socket");
            expectRefused(link, "a character device (a link to /dev/null)");

            assertEquals(before, listing(dir), "nothing created beside the pipe, the socket or the link");
        }
        for (String side : SIDE_FILES) {
            assertFalse(!journalBeside && Files.exists(Path.of("/dev/null" + side)), "/dev/null" + side + " created");
            assertFalse(Files.exists(Path.of("/dev/full" + side)), "/dev/full" + side + " created");
        }
    }

    private static void expectRefused(Path db, String kind) {
        for (String[] command : new String[][] {{"list"}, {"import", "/nonexistent.txt"}, {"stats"}}) {
            String[] args = Stream.concat(Stream.of(command), Stream.of("--db", db.toString())).toArray(String[]::new);
            // A pipe blocks whoever opens it: the refusal must come before any open.
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of(args));
            assertEquals(1, run.exit(), run.toString());
            assertEquals("hamish: cannot open " + db + " as a database: it is " + kind + ", not a file; nothing was created"
                    + System.lineSeparator(), run.err(), String.join(" ", args));
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
