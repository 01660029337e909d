package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.reliability.ReliabilityReport;
import hamish.store.Stores;
import hamish.bench.support.ArabicTextGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed export leaves: never a half-written file under a final name, and staging debris that the
 * next export removes. Brat sets are whole: every .ann has its .txt, and the meta file is there only when
 * every pair it lists is.
 */
class ExportDebrisTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theNextExportRemovesWhatAKilledRunLeftAndNothingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("تصدير"));
        long deadPid = finishedProcessId();
        Path killedStaging = Files.createDirectories(out.resolve(SafeOutput.TEMP_PREFIX + deadPid + "-4711"));
        Files.writeString(killedStaging.resolve("1-قمة المياه.ann"), "T1\tPerson 0 3\tقمة"); // half a set
        Path oldTemp = Files.writeString(out.resolve(SafeOutput.TEMP_PREFIX + "8812345.tmp"), "half");
        Files.setLastModifiedTime(oldTemp, FileTime.from(Instant.now().minusSeconds(120)));
        Path freshTemp = Files.writeString(out.resolve(SafeOutput.TEMP_PREFIX + "9912345.tmp"), "another export, writing");
        Path running = Files.createDirectories(out.resolve(SafeOutput.TEMP_PREFIX + ProcessHandle.current().pid() + "-1"));
        Path users = Files.writeString(out.resolve("ملاحظاتي.txt"), "لي");
        Path lookalike = Files.writeString(out.resolve(".hamish-exports"), "not ours");

        try (Stores stores = Stores.open(dir.resolve("a.db"))) {
            ExchangeFixture.fill(stores);
            Exports.export(stores, ExportFormat.BRAT, List.of(), out, false, ExportProgress.NONE);
        }

        assertFalse(Files.exists(killedStaging), "a dead process's staging folder is removed");
        assertFalse(Files.exists(oldTemp), "an old temporary file is removed");
        assertTrue(Files.exists(freshTemp), "a recent one may belong to an export still writing");
        assertTrue(Files.exists(running), "a running process's staging folder is kept");
        assertTrue(Files.exists(users) && Files.exists(lookalike), "nothing without our prefix is touched");
        assertBratSetsWhole(out, 2, true);
        Files.delete(running);
        Files.delete(freshTemp);
        assertEquals(Set.of(), debris(out));
    }

    @Test
    void aFailedExportLeavesNothingStaged() throws Exception {
        Path out = dir.resolve("out");
        try (SafeOutput safe = new SafeOutput(out, false)) {
            safe.stage("a.txt", w -> w.write("أ"));
            assertThrows(ExportException.class, () -> safe.stage("b.txt", w -> {
                w.write("ب");
                throw new IOException("the disk is full");
            }));
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "neither the failed file nor the set staged before it");
        }
    }

    @Test
    void exportsKilledMidwayLeaveWholeSetsAndTheNextExportLeavesNoDebris() throws Exception {
        Path db = dir.resolve("كبيرة.db");
        int documents = 120;
        fill(db, documents);
        Random random = new Random(20261208);
        String[] formats = {"brat", "brat", "brat", "brat", "jsonld", "csv"};
        int killedWithDebris = 0;
        for (int run = 0; run < formats.length; run++) {
            Path out = dir.resolve("run-" + run);
            killDuringExport(db, out, formats[run], random.nextInt(60));
            killedWithDebris += debris(out).isEmpty() ? 0 : 1;
            assertWhole(out, formats[run], documents, false);

            try (Stores stores = Stores.open(db)) {
                Exports.export(stores, ExportFormat.valueOf(formats[run].toUpperCase(java.util.Locale.ROOT)), List.of(), out, true,
                        ExportProgress.NONE);
            }
            assertEquals(Set.of(), debris(out), "the next export removed the killed run's staging folder");
            assertWhole(out, formats[run], documents, true);
        }
        ReliabilityReport.record("export-kill", formats.length + " exports killed mid-way (" + killedWithDebris
                + " left a staging folder): no half-written file under a final name, brat sets whole; the next export left no debris");
    }

    private static void assertWhole(Path out, String format, int documents, boolean complete) throws IOException {
        switch (format) {
            case "brat" -> assertBratSetsWhole(out, documents, complete);
            case "jsonld" -> {
                Path file = out.resolve(Exports.CORPUS_STEM + ".jsonld");
                if (complete || Files.exists(file)) {
                    assertEquals(documents, MAPPER.readTree(file.toFile()).path(WebAnnotation.DOCUMENTS).size());
                }
            }
            default -> {
                Path file = out.resolve(Exports.CORPUS_STEM + ".csv");
                if (complete || Files.exists(file)) {
                    String csv = Files.readString(file, StandardCharsets.UTF_8);
                    assertTrue(csv.endsWith("\r\n") && csv.contains("\r\n" + documents + ","), "every row, the last one whole");
                }
            }
        }
    }

    /** Every .ann has its .txt; the meta file is there when {@code complete}, and whenever it is, all pairs are too. */
    private static void assertBratSetsWhole(Path out, int documents, boolean complete) throws IOException {
        Set<String> names = names(out);
        long anns = names.stream().filter(n -> n.endsWith(".ann")).count();
        for (String n : names) {
            if (n.endsWith(".ann")) {
                assertTrue(names.contains(n.substring(0, n.length() - 4) + ".txt"), n + " without its .txt");
            }
        }
        boolean meta = names.contains(BratExporter.META);
        assertTrue(!complete || meta, "a finished export has its meta file");
        if (meta) {
            assertEquals(documents, anns, "the meta file is there only when every pair is");
            assertTrue(names.contains(BratExporter.CONF));
        }
    }

    private static void killDuringExport(Path db, Path out, String format, int millis) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableExport.class.getName(), db.toString(), out.toString(), format);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("OPEN", in.readLine(), "the exporting child did not start");
            String line = in.readLine();
            while (line != null && !line.startsWith("PROGRESS")) {
                line = in.readLine();
            }
            Thread.sleep(millis); // from its first progress report: somewhere while it writes or moves
            process.toHandle().destroyForcibly();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the child was killed");
        }
    }

    private static void fill(Path db, int documents) {
        ArabicTextGenerator generator = new ArabicTextGenerator(8);
        try (Stores stores = Stores.open(db)) {
            Tag tag = stores.tags().insert(new Tag(0, "Person", TagKind.OTHER, null, "#E69F00", null));
            stores.documents().batch(() -> {
                for (int i = 0; i < documents; i++) {
                    String text = generator.article(30_000);
                    Document d = stores.documents().insert(new Document(0, "مقال " + i, "", null, "ar", text,
                            ArticleFileReader.sha256(text), Instant.EPOCH));
                    for (int k = 0; k < 3; k++) {
                        int start = 100 * k + 10;
                        stores.annotations().insert(Annotation.of(d.id(), text, new Span(start, start + 5), tag.id(), "", Instant.EPOCH));
                    }
                }
                return null;
            });
        }
    }

    private static long finishedProcessId() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.pid();
    }

    private static Set<String> debris(Path out) throws IOException {
        return names(out).stream().filter(n -> n.startsWith(SafeOutput.TEMP_PREFIX)).collect(Collectors.toSet());
    }

    private static Set<String> names(Path out) throws IOException {
        if (!Files.exists(out)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
