package hamish.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

/** The two real articles of the shared seeds folder, in the stored form (NFC, '\n'), or a skipped test. */
final class SeedArticles {

    static final String FIRST = "000_d57dbf5e5f765d39.txt";
    static final String SECOND = "002_688baa17ac9f05f1.txt";

    private SeedArticles() {
    }

    static String read(String name) {
        Path file = directory().resolve(name);
        assumeTrue(Files.isRegularFile(file), "seed article " + file.toAbsolutePath() + " is missing; skipping");
        try {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            return Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> all() {
        return List.of(read(FIRST), read(SECOND));
    }

    private static Path directory() {
        Path found = Stream.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(found != null, "seed articles not found at ../shared/seeds or ../../shared/seeds"
                + " (relative to " + Path.of("").toAbsolutePath() + "); skipping");
        return found;
    }
}
