package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.BenchWorkspace;
import hamish.bench.support.ContentHash;
import hamish.io.ExportFormat;
import hamish.io.Exports;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hamish bench export}: time to export many annotations as CSV (and JSON-LD, brat for comparison). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Measure export of generated annotations (CSV; JSON-LD and brat for comparison).",
                "Runs on a temporary database, never on --db."})
final class ExportBenchCommand implements Callable<Integer> {

    @Option(names = "--annotations", description = "annotations to export (default: ${DEFAULT-VALUE})", defaultValue = "100000")
    int annotations;

    @Option(names = "--documents", description = "documents they are spread over (default: ${DEFAULT-VALUE})", defaultValue = "100")
    int documents;

    @Mixin
    BenchWorkspace workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = workspace.out();
        BenchFolder work = new BenchFolder(workspace.dir());
        try (Stores stores = Stores.open(work.resolve("export.db"))) {
            Tag tag = stores.tags().insert(new Tag(0, "Claim", TagKind.CLAIM, null, "#3366cc", null));
            ArabicTextGenerator generator = new ArabicTextGenerator(5);
            int perDocument = Math.max(1, annotations / documents);
            stores.inTransaction(() -> {
                for (int d = 0; d < documents; d++) {
                    String text = generator.article(perDocument * 12 + 200);
                    Document doc = stores.documents().insert(new Document(0, "مقال " + d, "outlet", null, "ar", text,
                            ContentHash.of(text), Instant.EPOCH));
                    List<Annotation> batch = new ArrayList<>(perDocument);
                    for (int i = 0; i < perDocument; i++) {
                        int start = i * 12;
                        batch.add(Annotation.of(doc.id(), text, new Span(start, start + 3 + i % 8), tag.id(), "bench", Instant.EPOCH)
                                .withNote(i % 10 == 0 ? "ملاحظة, مع \"علامات\"" : "", Instant.EPOCH));
                    }
                    stores.annotations().insertAll(batch);
                }
                return null;
            });
            int total = stores.annotations().count();
            for (ExportFormat format : ExportFormat.values()) {
                Exports.export(stores, format, List.of(), work.resolve("warm-" + format), false, (a, b) -> { });
                long t0 = System.nanoTime();
                List<Path> files = Exports.export(stores, format, List.of(), work.resolve("out-" + format), false, (a, b) -> { });
                double millis = (System.nanoTime() - t0) / 1e6;
                long size = 0;
                for (Path f : files) {
                    size += Files.size(f);
                }
                out.printf("export %s: %d annotations in %.0f ms (%d file(s), %.1f MB), reading the database included%n",
                        format.name().toLowerCase(), total, millis, files.size(), size / 1e6);
                out.flush();
            }
        } finally {
            work.close();
        }
        return 0;
    }
}
