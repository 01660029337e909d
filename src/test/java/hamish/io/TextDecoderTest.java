package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInUtf8(String seed) {
        String text = Seeds.text(seed);
        assertDecodes(text, text.getBytes(StandardCharsets.UTF_8), "UTF-8", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInUtf8WithBom(String seed) {
        String text = Seeds.text(seed);
        assertDecodes(text, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)), "UTF-8", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInUtf16LittleEndianWithBom(String seed) {
        String text = Seeds.text(seed);
        assertDecodes(text, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInUtf16BigEndianWithBom(String seed) {
        String text = Seeds.text(seed);
        // Java's "UTF-16" encoder writes a big-endian BOM.
        assertDecodes(text, text.getBytes(StandardCharsets.UTF_16), "UTF-16BE", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInUtf16LittleEndianWithoutBom(String seed) {
        String text = Seeds.text(seed);
        assertDecodes(text, text.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInUtf16BigEndianWithoutBom(String seed) {
        String text = Seeds.text(seed);
        assertDecodes(text, text.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInWindows1256(String seed) {
        String text = Seeds.text(seed);
        assertDecodes(text, encode(text, WINDOWS_1256), "windows-1256", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesSeedInIso88596(String seed) {
        // ISO-8859-6 has no “ ”: the fixture uses ASCII quotes instead (the only unmappable characters in
        // both seeds; encode() fails the test if any other one appears).
        String text = Seeds.text(seed).replace('\u201C', '"').replace('\u201D', '"');
        assertDecodes(text, encode(text, ISO_8859_6), "ISO-8859-6", true);
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesShortWindows1256Excerpt(String seed) {
        String text = Seeds.text(seed).substring(0, 200);
        DecodedText decoded = TextDecoder.decode(encode(text, WINDOWS_1256), "short.txt");
        assertEquals(text, decoded.text());
        assertEquals("windows-1256", decoded.charset());
    }

    @ParameterizedTest
    @MethodSource("hamish.io.Seeds#names")
    void decodesShortIso88596Excerpt(String seed) {
        String text = Seeds.text(seed).substring(0, 200).replace('\u201C', '"').replace('\u201D', '"');
        DecodedText decoded = TextDecoder.decode(encode(text, ISO_8859_6), "short.txt");
        assertEquals(text, decoded.text());
        assertEquals("ISO-8859-6", decoded.charset());
    }

    /** The samples need no seed folder, so detection stays tested where the seeds are absent. */
    static Stream<String> samples() {
        return SampleArticles.list().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void decodesSampleInEveryEncoding(String sample) {
        String text = SampleArticles.read(sample).article().text();
        assertDecodes(text, encode(text, WINDOWS_1256), "windows-1256", true);
        assertDecodes(text, text.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", true);
        assertDecodes(text, text.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", true);
        // ISO-8859-6 has no “ ” « » or en dash: the fixture uses ASCII " and - instead.
        String iso = text.replaceAll("[“”«»]", "\"").replace('–', '-');
        assertDecodes(iso, encode(iso, ISO_8859_6), "ISO-8859-6", true);
    }

    @Test
    void decodesAsciiOnlyTextAsUtf8() {
        DecodedText decoded = TextDecoder.decode("Plain words.\n".getBytes(StandardCharsets.US_ASCII), "plain.txt");
        assertEquals("Plain words.\n", decoded.text());
        assertEquals("UTF-8", decoded.charset());
    }

    @Test
    void decodesSingleArabicWordInUtf16WithoutBomOrSpaces() {
        // No space, so no 0x00 bytes at all: only the 0x06 high bytes give UTF-16 away. As UTF-8 these bytes
        // are valid but would read as Latin letters interleaved with control characters.
        String word = "مرحبا";
        assertDecodes(word, word.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", true);
    }

    private static void assertDecodes(String expected, byte[] bytes, String charset, boolean confident) {
        DecodedText decoded = TextDecoder.decode(bytes, "seed.txt");
        assertEquals(charset, decoded.charset());
        assertEquals(expected, decoded.text());
        assertEquals(confident, decoded.confident(), "confidence");
    }

    static byte[] encode(String text, Charset charset) {
        assertTrue(charset.newEncoder().canEncode(text), "fixture not encodable in " + charset);
        return text.getBytes(charset);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
