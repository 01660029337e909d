package hamish.bench;

import hamish.bench.support.BenchFolder;
import hamish.bench.support.BenchWorkspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hamish bench import-jsonld}: a large JSON-LD export imported in a child JVM with a small heap (the import streams). */
@Command(name = "import-jsonld", mixinStandardHelpOptions = true,
        description = {"Generate a JSON-LD export of about --mb MB and import it into a new database in a child JVM with -Xmx --xmx;",
                "prints the file size, time, peak heap and peak resident set. Runs in a temporary folder, never on --db."})
final class JsonLdImportBenchCommand implements Callable<Integer> {

    @Option(names = "--mb", description = "size of the generated file in MB (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int megabytes;

    @Option(names = "--xmx", description = "heap limit of the importing JVM (default: ${DEFAULT-VALUE})", defaultValue = "512m")
    String maxHeap;

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        try (BenchFolder work = new BenchFolder(workspace.dir())) {
            long t0 = System.nanoTime();
            Path file = JsonLdCorpus.write(Files.createDirectories(work.resolve("export")), work.path(), megabytes);
            out.printf("generated %s: %.1f MB in %.0f s%n", file.getFileName(), Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
            out.flush();
            JsonLdImportMeasurement.Result r = JsonLdImportMeasurement.run(file, work.resolve("import.db"), maxHeap, work.path());
            out.printf("import jsonld: %.1f MB, %d annotations, %d links in %.1f s with -Xmx%s; peak heap %d MB, peak RSS %d MB%n",
                    r.fileBytes() / 1e6, r.annotations(), r.links(), r.millis() / 1000.0, r.maxHeap(), r.peakHeapMegabytes(),
                    r.peakRssKilobytes() / 1024);
        }
        return 0;
    }
}
