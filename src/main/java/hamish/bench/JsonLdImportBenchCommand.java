package hamish.bench;

import hamish.bench.support.BenchFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hamish bench import-jsonld}: a large JSON-LD export imported in a child JVM with a small heap (the import streams). */
@Command(name = "import-jsonld", mixinStandardHelpOptions = true,
        description = {"Generate a JSON-LD export of about --mb MB and import it into a new database in a child JVM with -Xmx --xmx;",
                "prints the file size, time, peak heap and peak resident set. Runs in a temporary folder, never on --db."})
final class JsonLdImportBenchCommand implements Callable<Integer> {

    @Option(names = "--mb", description = "size of the generated file in MB (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int megabytes;

    @Option(names = "--xmx", description = "heap limit of the importing JVM (default: ${DEFAULT-VALUE})", defaultValue = "512m")
    String maxHeap;

    @Option(names = "--dir", description = "folder for the temporary database and files (default: the system temp folder)")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (BenchFolder work = new BenchFolder(dir)) {
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
