package hamish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.reliability.ReliabilityReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 4: a JSON-LD file much larger than the heap imports, because the import streams it.
 * A 40 MB export is imported in a child JVM limited to 64 MB of heap; before the fix the importer read
 * the file into one byte array and one tree, and this child ended in OutOfMemoryError. The full-size
 * figure (200 MB at -Xmx512m) comes from {@code hamish bench import-jsonld}.
 */
class JsonLdStreamingImportTest {

    @TempDir
    Path dir;

    @Test
    void aJsonLdFileLargerThanTheHeapImportsBecauseTheImportStreams() throws Exception {
        Path file = JsonLdCorpus.write(Files.createDirectories(dir.resolve("export")), dir, 40);
        long bytes = Files.size(file);
        assertTrue(bytes > 36_000_000L && bytes < 44_000_000L, "the generated file is about 40 MB: " + bytes);
        long items = Files.lines(file).filter(l -> l.strip().equals("\"type\" : \"Annotation\",")).count();

        JsonLdImportMeasurement.Result r = JsonLdImportMeasurement.run(file, dir.resolve("import.db"), "64m", dir);

        assertEquals(items, r.annotations() + r.links(), "every annotation and link of the file was stored");
        assertTrue(r.peakHeapMegabytes() <= 64, "peak heap within -Xmx64m: " + r.peakHeapMegabytes());
        ReliabilityReport.record("JSON-LD import streams (defect 4)", String.format("%.1f MB, %d annotations, %d links, -Xmx64m: "
                + "%.1f s, peak heap %d MB, peak RSS %d MB", bytes / 1e6, r.annotations(), r.links(), r.millis() / 1000.0,
                r.peakHeapMegabytes(), r.peakRssKilobytes() / 1024));
    }
}
