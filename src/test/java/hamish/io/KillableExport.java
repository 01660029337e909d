package hamish.io;

import hamish.store.Stores;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link ExportDebrisTest}: exports a database and prints "PROGRESS" as the export goes,
 * so the test can kill it while it writes. Args: database, output folder, format (csv, jsonld, brat).
 */
public final class KillableExport {

    private KillableExport() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Stores stores = Stores.open(Path.of(args[0]))) {
            out.println("OPEN");
            Exports.export(stores, ExportFormat.valueOf(args[2].toUpperCase(java.util.Locale.ROOT)), List.of(), Path.of(args[1]),
                    true, (done, total) -> out.println("PROGRESS " + done + " " + total));
            out.println("DONE");
        }
    }
}
