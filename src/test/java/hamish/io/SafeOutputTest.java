package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

    @TempDir
    Path dir;

    @Test
    void titlesBecomeSafeFileNamesKeepingArabic() {
        assertEquals("etc passwd", SafeOutput.fileName("../../etc/passwd", "x"));
        assertEquals("غزة الهدنة", SafeOutput.fileName("غزة/الهدنة", "x"));
        assertEquals("abc txt.exe", SafeOutput.fileName("abc\u202Etxt.exe", "x"), "a bidi override cannot disguise the name");
        assertEquals("x", SafeOutput.fileName("..", "x"));
        assertEquals("a b", SafeOutput.fileName("a..b", "x"));
        assertEquals("x", SafeOutput.fileName("\u200F\u200E ", "x"));
        assertEquals("_CON", SafeOutput.fileName("CON", "x"));
        assertEquals(SafeOutput.MAX_STEM, SafeOutput.fileName("ب".repeat(500), "x").length());
        assertEquals("a b", SafeOutput.fileName("a\tb\n", "x"));
    }

    @Test
    void refusesNamesThatLeaveTheFolder() {
        SafeOutput out = new SafeOutput(dir.resolve("export"), false);
        for (String name : List.of("../evil.txt", "a/b.txt", "..", "/etc/passwd", "a\\b")) {
            assertThrows(ExportException.class, () -> out.write(name, w -> w.write("x")), name);
        }
        assertFalse(Files.exists(dir.resolve("evil.txt")));
    }

    @Test
    void exportsOfHostileTitlesStayInsideTheFolder() throws Exception {
        Path folder = dir.resolve("export");
        try (Stores stores = Stores.open(dir.resolve("x.db"))) {
            for (String title : List.of("../../etc/passwd", "قمة/المياه\u202Egpj.exe", "..")) {
                String text = "نص " + title;
                stores.documents().insert(new Document(0, title, "", null, "ar", text, ArticleFileReader.sha256(text), Instant.now()));
            }
            for (ExportFormat format : ExportFormat.values()) {
                for (long id = 1; id <= 3; id++) {
                    for (Path p : Exports.export(stores, format, List.of(id), folder, true, ExportProgress.NONE)) {
                        assertEquals(folder.toAbsolutePath().normalize(), p.getParent(), p.toString());
                        assertFalse(p.getFileName().toString().contains("\u202E"));
                    }
                }
            }
        }
        try (var all = Files.walk(dir)) {
            assertTrue(all.filter(Files::isRegularFile).allMatch(p -> p.getParent().equals(folder) || p.getParent().equals(dir)));
        }
        assertTrue(Files.exists(folder.resolve("1- etc passwd.txt")));
        assertTrue(Files.exists(folder.resolve("2-قمة المياه gpj.exe.ann")));
    }

    @Test
    void neverOverwritesUnlessAsked() throws Exception {
        Path folder = dir.resolve("export");
        try (Stores stores = Stores.open(dir.resolve("x.db"))) {
            ExchangeFixture.fill(stores);
            Path csv = Exports.export(stores, ExportFormat.CSV, List.of(), folder, false, ExportProgress.NONE).get(0);
            Files.writeString(csv, "user's own file");
            ExportException e = assertThrows(ExportException.class,
                    () -> Exports.export(stores, ExportFormat.CSV, List.of(), folder, false, ExportProgress.NONE));
            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
            assertEquals("user's own file", Files.readString(csv));

            Path ann = folder.resolve("2-وصول أوستن.ann");
            Files.writeString(ann, "mine");
            assertThrows(ExportException.class, () -> Exports.export(stores, ExportFormat.BRAT, List.of(), folder, false,
                    ExportProgress.NONE));
            assertFalse(Files.exists(folder.resolve("1-قمة المياه.txt")), "a refused brat export writes nothing at all");

            Exports.export(stores, ExportFormat.CSV, List.of(), folder, true, ExportProgress.NONE);
            assertTrue(Files.readString(csv).startsWith("\uFEFFdocument_id"));
        }
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }
}
