package hamish.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limit on what is read holds for the bytes really read, not for the size a file reports. */
class UserFileTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileOverTheLimitIsRefusedNamingFileAndLimit() throws Exception {
        byte[] bytes = new byte[1001];
        new Random(6).nextBytes(bytes);
        Path file = Files.write(dir.resolve("مقال طويل.txt"), bytes);

        ImportException e = assertThrows(ImportException.class, () -> UserFile.read(file, 1000, "an article"));

        assertEquals("مقال طويل.txt: too large for an article (1001 bytes; the limit is 1000 bytes)", e.getMessage());
        assertArrayEquals(bytes, UserFile.read(file, 1001, "an article"), "a file exactly at the limit is read whole");
    }

    @Test
    void theArticleReaderTakesItsLimitFromOnePlace() throws Exception {
        Path file = Files.writeString(dir.resolve("خبر.txt"), "قال الوزير إن المفاوضات مستمرة منذ شهرين.\n".repeat(40));

        ImportException e = assertThrows(ImportException.class, () -> ArticleFileReader.read(file, 512));

        assertEquals("خبر.txt: too large for an article (" + Files.size(file) + " bytes; the limit is 512 bytes)", e.getMessage());
    }

    @Test
    void aFileThatReportsNoSizeIsStillBoundedByWhatIsRead() {
        // /proc files report size 0 and yet hold text: only counting the bytes read catches them.
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status), "needs Linux /proc");

        ImportException e = assertThrows(ImportException.class, () -> UserFile.read(status, 64, "an article"));

        assertEquals("status: too large for an article (more than the limit of 64 bytes); nothing was read", e.getMessage());
    }

    @Test
    void aMissingFileAFolderAndABrokenLinkAreNamed() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("رابط.txt"), dir.resolve("لا شيء"));
        Path folder = Files.createDirectories(dir.resolve("مجلد.txt"));

        assertEquals("غائب.txt: no such file",
                assertThrows(ImportException.class, () -> UserFile.read(dir.resolve("غائب.txt"), 10, "x")).getMessage());
        assertEquals("رابط.txt: a link to a file that does not exist",
                assertThrows(ImportException.class, () -> UserFile.read(link, 10, "x")).getMessage());
        assertEquals("مجلد.txt: it is a folder, not a file; nothing was read",
                assertThrows(ImportException.class, () -> UserFile.read(folder, 10, "x")).getMessage());
    }
}
