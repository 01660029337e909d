package hamish.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends the measured outcome of a reliability test to target/reliability.txt, the source of docs/RELIABILITY.md's figures. */
public final class ReliabilityReport {

    private static final Path FILE = Path.of("target", "reliability.txt");

    private ReliabilityReport() {
    }

    public static synchronized void record(String testCase, String result) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, Instant.now() + "\t" + testCase + "\t" + result + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
