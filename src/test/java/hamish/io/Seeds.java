package hamish.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The two real seed articles in ../shared/seeds; tests that need them are skipped when the folder is absent. */
final class Seeds {

    static final String FIRST = "000_d57dbf5e5f765d39.txt";
    static final String SECOND = "002_688baa17ac9f05f1.txt";

    private Seeds() {
    }

    static Path dir() {
        for (String candidate : List.of("../shared/seeds", "../../shared/seeds")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve(FIRST)) && Files.isRegularFile(p.resolve(SECOND))) {
                return p;
            }
        }
        assumeTrue(false, "seed articles not found in ../shared/seeds or ../../shared/seeds; skipping seed tests");
        throw new AssertionError("unreachable");
    }

    /** The seed's text as stored: decoded from its UTF-8 file and canonicalised. */
    static String text(String name) {
        try {
            return TextCanonicaliser.canonicalise(Files.readString(dir().resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> names() {
        return Stream.of(FIRST, SECOND);
    }
}
