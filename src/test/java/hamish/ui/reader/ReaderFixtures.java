package hamish.ui.reader;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.testfx.util.WaitForAsyncUtils;

/** Seed articles and small helpers shared by the reader tests. */
final class ReaderFixtures {

    /** Written for the tests: a Latin word, an emoji, harakat, a percentage, a quote and a lam-alef word end. */
    static final String MIXED = "وكتب مُحَمَّد على Twitter أن 25% من الصواريخ اعترضت 🙂 في عام 2021، وقال: “لن نتراجع أصلا” بعد ذلك.";

    static final List<String> SEED_FILES = List.of("000_d57dbf5e5f765d39.txt", "002_688baa17ac9f05f1.txt");

    private ReaderFixtures() {
    }

    /** The seed folder, or the test is skipped with a message saying where it was looked for. */
    static Path seeds() {
        for (String candidate : List.of("../shared/seeds", "../../shared/seeds")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve(SEED_FILES.get(0)))) {
                return p;
            }
        }
        assumeTrue(false, "seed articles not found at ../shared/seeds or ../../shared/seeds (relative to "
                + Path.of("").toAbsolutePath() + "); skipping");
        return null;
    }

    static String seed(int i) {
        try {
            return Files.readString(seeds().resolve(SEED_FILES.get(i)), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first seed followed by the mixed paragraph, as one stored text. */
    static String mixedDocument() {
        return seed(0) + "\n\n" + MIXED;
    }

    static <T> T fx(Callable<T> work) {
        try {
            T result = WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fxRun(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
