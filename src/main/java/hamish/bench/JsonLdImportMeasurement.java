package hamish.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Imports a JSON-LD file in a child JVM started with a heap limit ({@code -Xmx}), so that the limit is
 * real: an import that holds the whole file in memory ends in OutOfMemoryError there, and the child's
 * peak heap and peak resident set say how much the import needed.
 */
final class JsonLdImportMeasurement {

    record Result(long fileBytes, String maxHeap, int annotations, int links, long millis, long peakHeapMegabytes,
                  long peakRssKilobytes) {
    }

    private JsonLdImportMeasurement() {
    }

    /** Imports {@code file} into a new database {@code database}; throws with the child's last error lines when it fails. */
    static Result run(Path file, Path database, String maxHeap, Path work) throws IOException, InterruptedException {
        Path result = work.resolve("import-result.properties");
        Path errors = work.resolve("import-stderr.txt");
        Files.deleteIfExists(result);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                JsonLdImportChild.class.getName(), file.toString(), database.toString(), result.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
        if (!child.waitFor(30, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException("the import child did not finish in 30 minutes");
        }
        if (child.exitValue() != 0 || !Files.exists(result)) {
            List<String> lines = Files.readAllLines(errors);
            throw new IllegalStateException("the import child with -Xmx" + maxHeap + " failed (exit " + child.exitValue() + "): "
                    + String.join("\n", lines.subList(0, Math.min(lines.size(), 5))));
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(result)) {
            p.load(in);
        }
        return new Result(Files.size(file), maxHeap, Integer.parseInt(p.getProperty("annotations")),
                Integer.parseInt(p.getProperty("links")), Long.parseLong(p.getProperty("millis")),
                Long.parseLong(p.getProperty("peakHeapMegabytes")), Long.parseLong(p.getProperty("peakRssKilobytes")));
    }
}
