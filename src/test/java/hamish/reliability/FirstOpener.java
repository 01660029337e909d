package hamish.reliability;

import hamish.io.DefaultTags;
import hamish.store.Stores;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Child process of {@link CrashSafetyTest}: says "OPENING", creates and migrates a new database as the
 * command line does (schema, then the default tags), says "OPEN" and waits to be killed. Arg: database path.
 */
public final class FirstOpener {

    private FirstOpener() {
    }

    public static void main(String[] args) throws InterruptedException, SQLException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Load the driver (it unpacks its native library) and the tag set first, so that a kill timed from
        // "OPENING" lands in the open itself rather than in class loading.
        try (Stores warm = Stores.open(Path.of(args[0] + "-warm-up"))) {
            warm.tags().ensureDefaults(DefaultTags.load());
        }
        out.println("OPENING");
        try (Stores stores = Stores.open(Path.of(args[0]))) {
            stores.tags().ensureDefaults(DefaultTags.load());
            out.println("OPEN");
            Thread.sleep(60_000);
        }
    }
}
