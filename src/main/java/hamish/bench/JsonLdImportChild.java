package hamish.bench;

import hamish.io.AnnotationImportReport;
import hamish.io.Exports;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of {@link JsonLdImportMeasurement}: imports one JSON-LD file into a new database under the
 * heap limit it was started with, then writes what it measured to a result file (it may not print: only
 * the command line does). Arguments: the file, the database, the result file.
 */
public final class JsonLdImportChild {

    private JsonLdImportChild() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        BenchCommand.resetPeaks();
        long t0 = System.nanoTime();
        AnnotationImportReport report;
        try (Stores stores = Stores.open(Path.of(args[1]))) {
            report = Exports.importAnnotations(stores, file);
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        Files.write(Path.of(args[2]), List.of(
                "annotations=" + report.annotationsAdded(),
                "links=" + report.linksAdded(),
                "millis=" + Math.round(millis),
                "peakHeapMegabytes=" + Math.round(BenchCommand.peakHeapMegabytes()),
                "peakRssKilobytes=" + peakRssKilobytes()));
    }

    /** The process's peak resident set (VmHWM), or -1 where /proc is not there. */
    private static long peakRssKilobytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
