package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 5: a title of 80 emoji (4 bytes each in UTF-8) made a brat file name longer than the
 * 255 bytes a file system allows in one name, and the export of the whole corpus failed on it. Names are
 * now capped in UTF-8 bytes at a grapheme boundary; they stay unique by the document id in front.
 */
class LongTitleExportTest {

    private static final int DOCUMENTS = 26;
    /** ext4, tmpfs, XFS, Btrfs: 255 bytes per name. */
    private static final int FILE_SYSTEM_NAME_BYTES = 255;

    @TempDir
    Path dir;

    @Test
    void aCorpusWithLongNonBmpTitlesIsExportedWholeUnderNamesTheFileSystemTakes() throws IOException {
        Path folder = dir.resolve("تصدير");
        try (Stores stores = Stores.open(dir.resolve("library.db"))) {
            List<String> titles = corpus(stores);

            List<Path> written = Exports.export(stores, ExportFormat.BRAT, List.of(), folder, false, ExportProgress.NONE);

            assertEquals(2 * DOCUMENTS + 2, written.size(), written.toString());
            Set<String> names = new HashSet<>();
            for (Path p : written) {
                String name = p.getFileName().toString();
                assertTrue(Files.isRegularFile(p), name);
                assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= FILE_SYSTEM_NAME_BYTES, name);
                assertTrue(names.add(name), "unique: " + name);
            }
            assertEquals(names, listing(folder), "nothing else in the folder (no staging left)");
            // The cut falls between whole characters: whole emoji, whole flags, each letter with its harakat.
            assertTrue(stem(names, "1-").matches("1-(😀)+"), stem(names, "1-"));
            assertTrue(stem(names, "2-").matches("2-(🇸🇦)+"), stem(names, "2-"));
            assertTrue(stem(names, "3-").matches("3-(بَّ)+"), stem(names, "3-"));
            assertTrue(stem(names, "4-").matches("4-(😀)+"), "the same title again, its own name: " + stem(names, "4-"));
            assertTrue(titles.get(0).startsWith(stem(names, "1-").substring(2)));

            // A single document's CSV and JSON-LD file are named from its title too.
            for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.JSONLD)) {
                Path one = Exports.export(stores, format, List.of(1L), dir.resolve("وحيد"), false, ExportProgress.NONE).get(0);
                assertTrue(one.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= FILE_SYSTEM_NAME_BYTES);
                assertTrue(Files.size(one) > 0);
            }
        }
    }

    @Test
    void aDocumentWhoseNameTheFileSystemRefusesIsNamedAndTheOthersAreWritten() throws IOException {
        Path folder = dir.resolve("تصدير");
        try (Stores stores = Stores.open(dir.resolve("library.db"))) {
            corpus(stores);
            // Names capped past what the file system takes: the file system itself refuses the long ones.
            SafeOutput out = new SafeOutput(folder, false, 1000);

            IncompleteExportException e = assertThrows(IncompleteExportException.class,
                    () -> BratExporter.export(ExportData.load(stores, List.of()), out, ExportProgress.NONE));

            assertEquals(List.of(1L, 2L, 4L), e.notWritten().stream().map(s -> Long.parseLong(s.substring(1, s.indexOf(' ')))).toList(),
                    e.getMessage());
            assertTrue(e.getMessage().startsWith("3 of 26 documents were not written (the others were): #1 \"😀"), e.getMessage());
            assertTrue(e.notWritten().get(0).endsWith(".txt: File name too long"), e.notWritten().get(0));
            assertEquals(2 * (DOCUMENTS - 3) + 2, e.written().size());
            assertEquals(listing(folder), new HashSet<>(e.written().stream().map(p -> p.getFileName().toString()).toList()),
                    "the others are in place, nothing half-written, no staging left");
            String meta = Files.readString(folder.resolve(BratExporter.META));
            assertTrue(meta.contains("\"3-بَّ") && !meta.contains("\"1-😀"), "the meta file lists what was written, only that");
        }
    }

    /** 26 documents: four with titles far over 255 bytes in UTF-8 as file names, the rest ordinary. */
    static List<String> corpus(Stores stores) {
        List<String> titles = new ArrayList<>(List.of("😀".repeat(80), "🇸🇦".repeat(40), "بَّ".repeat(60), "😀".repeat(80)));
        for (int i = titles.size(); i < DOCUMENTS; i++) {
            titles.add("خبر رقم " + (i + 1));
        }
        for (int i = 0; i < titles.size(); i++) {
            String text = "نص الخبر " + (i + 1) + " عن القمة.";
            Document d = stores.documents().insert(new Document(0, titles.get(i), "", null, "ar", text,
                    ArticleFileReader.sha256(text), Instant.now()));
            assertEquals(i + 1, d.id());
        }
        return titles;
    }

    private static String stem(Set<String> names, String idPrefix) {
        return names.stream().filter(n -> n.startsWith(idPrefix) && n.endsWith(".txt")).findFirst()
                .map(n -> n.substring(0, n.length() - 4)).orElse("(none)");
    }

    static Set<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new HashSet<>();
            files.forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }
}
