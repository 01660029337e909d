package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.DocumentSummary;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 7: symbolic links inside an imported folder were skipped without a word, although the
 * same file named directly imports. Links to files inside the folder are now followed; every other link
 * (to a file outside the folder, to nothing, a loop, to a folder) is reported with the reason, never
 * skipped silently.
 */
class SymlinkedFolderImportCliTest {

    @TempDir
    Path dir;

    @Test
    void symlinkedFilesInsideTheFolderImportAndEveryOtherLinkIsReportedWithItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("أرشيف"));
        article(folder.resolve("أ.txt"), "خبر أول عن المياه");
        article(Files.createDirectories(folder.resolve("فرعي")).resolve("ب.txt"), "خبر ثان عن السد");
        // The archive keeps its files under another extension; the links give them the names to import.
        Path kept = article(Files.createDirectories(folder.resolve("مخزن")).resolve("ج.text"), "خبر ثالث عن النهر");
        Path outside = article(dir.resolve("خارج.txt"), "خبر من خارج المجلد");
        Files.createSymbolicLink(folder.resolve("رابط داخلي.txt"), folder.relativize(kept));
        Files.createSymbolicLink(folder.resolve("رابط إلى ب.txt"), Path.of("فرعي", "ب.txt"));
        Files.createSymbolicLink(folder.resolve("رابط خارجي.txt"), outside);
        Files.createSymbolicLink(folder.resolve("مكسور.txt"), Path.of("لا يوجد.txt"));
        Files.createSymbolicLink(folder.resolve("حلقة.txt"), Path.of("حلقة.txt"));
        Files.createSymbolicLink(folder.resolve("مجلد مرتبط"), dir);
        Path db = dir.resolve("مكتبة.db");

        CliRun run = CliRun.of("import", "--db", db.toString(), folder.toString());

        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("imported   #") && l.endsWith("رابط داخلي.txt")), run.toString());
        // The link and the file it names hold one text: whichever comes second is the duplicate.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("duplicate  #") && l.contains("ب.txt")), run.toString());
        assertTrue(run.out().endsWith("3 imported, 1 duplicate, 4 refused" + System.lineSeparator()), run.toString());
        List<String> refused = run.err().lines().toList();
        assertEquals(4, refused.size(), run.toString());
        assertTrue(refused.contains("refused    رابط خارجي.txt: a link to a file outside the folder (" + outside.toRealPath()
                + "); not imported: name the file itself to import it"), run.toString());
        assertTrue(refused.contains("refused    مكسور.txt: a link to a file that does not exist; nothing was read"), run.toString());
        assertTrue(refused.contains("refused    حلقة.txt: a link that never reaches a file (a loop of links); nothing was read"),
                run.toString());
        assertTrue(refused.contains("refused    مجلد مرتبط: a link to a folder (" + dir.toRealPath()
                + "); links to folders are not followed, so nothing in it was imported"), run.toString());
        try (Stores stores = Stores.open(db)) {
            assertEquals(List.of("خبر أول عن المياه", "خبر ثان عن السد", "خبر ثالث عن النهر").stream().sorted().toList(),
                    stores.documents().list().stream().map(DocumentSummary::title).sorted().toList());
        }
    }

    private static Path article(Path file, String title) throws java.io.IOException {
        return Files.writeString(file, title + "\nقال المتحدث إن " + title + " في الصباح.\n", StandardCharsets.UTF_8);
    }
}
