package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderRefusalTest {

    @Test
    void refusesEmptyFile() {
        assertRefused(new byte[0], "empty.txt", "empty");
    }

    @Test
    void refusesWhitespaceOnlyFile() {
        assertRefused(" \n\t\r\n  \n".getBytes(StandardCharsets.UTF_8), "blank.txt", "only white space");
    }

    @Test
    void refusesWhitespaceOnlyUtf16FileWithBom() {
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0}, "blank16.txt", "only white space");
    }

    @Test
    void refusesPngNamingTheFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ImportException e = assertRefused(png, "photo.png", "PNG image");
        assertEquals("photo.png: not a text file (PNG image)", e.getMessage());
    }

    @Test
    void refusesZipNamingTheFormat() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0x21, 0};
        assertRefused(zip, "article.docx", "ZIP archive");
    }

    @Test
    void refusesPdfGzipAndJpeg() {
        assertRefused("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "a.pdf", "PDF document");
        assertRefused(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}, "a.txt.gz", "GZIP archive");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, "a.jpg", "JPEG image");
    }

    @Test
    void refusesRandomBinaryWithNulBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'x'; // no accidental magic number
        assertRefused(bytes, "data.bin", "not a text file");
    }

    @Test
    void refusesRandomBinaryWithoutNulBytes() {
        byte[] bytes = new byte[4096];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + random.nextInt(255));
        }
        bytes[0] = 'x';
        assertRefused(bytes, "noise.bin", "not a text file (it holds many control bytes)");
    }

    @Test
    void refusesUtf8TextWithNulBytes() {
        assertRefused("خبر\u0000عاجل".getBytes(StandardCharsets.UTF_8), "nul.txt", "NUL");
    }

    @Test
    void refusesLatin1FrenchRatherThanMakingArabicMojibake() {
        // Invalid UTF-8 (é is one byte), and windows-1256 would even decode most of it: it keeps French
        // accented letters. It is still not an Arabic article, so it is refused with advice.
        String french = "Le sommet de l'eau s'est achevé à Genève après trois journées de négociations. "
                + "« Nous avons progressé », a déclaré la présidente, évoquant un accord élaboré à l'été.";
        ImportException e = assertRefused(french.getBytes(StandardCharsets.ISO_8859_1), "français.txt", "save it as UTF-8");
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void refusesTruncatedUtf8AfterBom() {
        byte[] bytes = TextDecoderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xD8, (byte) 0xA8, (byte) 0xD8});
        assertRefused(bytes, "cut.txt", "not valid UTF-8");
    }

    @Test
    void refusesLoneSurrogateInUtf16() {
        // "ب" then an unpaired high surrogate, little-endian with BOM.
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x28, 0x06, 0x3D, (byte) 0xD8, 0x20, 0x00};
        assertRefused(bytes, "broken16.txt", "broken16.txt: ");
    }

    @Test
    void refusesDamagedUtf8SeedNamingWhereItBreaks() {
        byte[] bytes = Seeds.text(Seeds.FIRST).getBytes(StandardCharsets.UTF_8);
        int lead = 1000;
        while ((bytes[lead] & 0xC0) != 0xC0) {
            lead++;
        }
        bytes[lead] = (byte) 0xFF;
        assertRefused(bytes, "damaged.txt", "not valid UTF-8 text (bad bytes near byte " + lead + ";");
    }

    private static ImportException assertRefused(byte[] bytes, String fileName, String expectedPart) {
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(bytes, fileName));
        assertTrue(e.getMessage().startsWith(fileName + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
        assertEquals(fileName, e.fileName());
        return e;
    }
}
