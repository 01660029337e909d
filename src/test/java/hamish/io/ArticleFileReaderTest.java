package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsArabicFileNameWithSpacesInWindows1256AndCrlf() throws IOException {
        Path file = dir.resolve("خبر عاجل من سيرانة.txt");
        String body = "عنوان الخبر\r\nوقال الوزير إن المفاوضات مستمرة منذ 2024، مشيرا إلى تقدم ملموس في الملفات العالقة كلها.\r\nالمصدر: فجر السهول\r\n";
        Files.write(file, body.getBytes(Charset.forName("windows-1256")));

        ImportedArticle imported = ArticleFileReader.read(file);

        assertEquals(file, imported.source());
        assertEquals("windows-1256", imported.charset());
        assertEquals("عنوان الخبر", imported.article().title());
        assertEquals("فجر السهول", imported.article().outlet());
        String stored = "عنوان الخبر\nوقال الوزير إن المفاوضات مستمرة منذ 2024، مشيرا إلى تقدم ملموس في الملفات العالقة كلها.\nالمصدر: فجر السهول";
        assertEquals(stored, imported.article().text());
        assertEquals(ArticleFileReader.sha256(stored), imported.contentHash());
    }

    @Test
    void sameArticleInTwoEncodingsHasTheSameHash() throws IOException {
        String text = "title: قمة\n---\nنص الخبر كما هو، بلا تغيير.\n";
        Path utf8 = Files.writeString(dir.resolve("a.txt"), text);
        Path utf16 = Files.write(dir.resolve("b.txt"), text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16));
        assertEquals(ArticleFileReader.read(utf8).contentHash(), ArticleFileReader.read(utf16).contentHash());
    }

    @Test
    void contentHashIsSha256HexOfStoredUtf8() {
        // Known SHA-256 of the three UTF-8 bytes "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ArticleFileReader.sha256("abc"));
    }

    @Test
    void toDocumentCarriesMetadataTextAndHash() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "title: قمة\noutlet: مرايا الضفتين\ndate: 2025-04-18\n---\nالنص");
        ImportedArticle imported = ArticleFileReader.read(file);
        Instant now = Instant.parse("2025-04-18T10:00:00Z");
        Document d = imported.toDocument(now);
        assertEquals(new Document(0, "قمة", "مرايا الضفتين", java.time.LocalDate.of(2025, 4, 18), "ar", "النص",
                imported.contentHash(), now), d);
    }

    @Test
    void refusesFileOverTheLimitBeforeReadingIt() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ArticleFileReader.MAX_BYTES + 1); // sparse: costs no disk, and it is never read
        }
        ImportException e = assertThrows(ImportException.class, () -> ArticleFileReader.read(big));
        assertEquals("huge.txt: too large for an article (20.1 MB; the limit is 20 MB)", e.getMessage());
    }

    @Test
    void refusesMissingFileAndFolder() {
        ImportException e = assertThrows(ImportException.class, () -> ArticleFileReader.read(dir.resolve("لا يوجد.txt")));
        assertEquals("لا يوجد.txt: no such file", e.getMessage());
        e = assertThrows(ImportException.class, () -> ArticleFileReader.read(dir));
        assertTrue(e.getMessage().endsWith(": it is a folder, not a file; nothing was read"), e.getMessage());
    }

    @Test
    void refusalNamesTheFile() throws IOException {
        Path png = Files.write(dir.resolve("صورة.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        ImportException e = assertThrows(ImportException.class, () -> ArticleFileReader.read(png));
        assertEquals("صورة.png: not a text file (PNG image)", e.getMessage());
    }

    @Test
    void listsTextFilesRecursivelySortedSkippingHiddenOnes() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("مقالات أبريل"));
        Path hiddenDir = Files.createDirectories(dir.resolve(".git"));
        Path a = Files.writeString(dir.resolve("b خبر.TXT"), "x");
        Path b = Files.writeString(dir.resolve("a.txt"), "x");
        Path c = Files.writeString(sub.resolve("قمة سيرانة.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(hiddenDir.resolve("inside.txt"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        Files.writeString(dir.resolve("txt"), "x");

        assertEquals(List.of(b, a, c), ArticleFileReader.listImportable(dir));
    }

    @Test
    void listingRefusesAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        ImportException e = assertThrows(ImportException.class, () -> ArticleFileReader.listImportable(file));
        assertEquals("a.txt: not a folder", e.getMessage());
    }

    @Test
    void sampleSourceIsNull() {
        assertNull(SampleArticles.read(SampleArticles.list().get(0)).source());
    }
}
