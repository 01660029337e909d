package hamish.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns the bytes of an article file into text, or refuses with a reason the user can act on.
 *
 * <p>Order matters (see ARABIC.md, Encodings): a byte order mark decides; then UTF-16 without a BOM,
 * recognised by its byte pattern because it fools the statistical detectors (and is often valid UTF-8:
 * every byte of "مرحبا" in UTF-16LE is below 0x80); then strict UTF-8, which almost never accepts
 * anything else by accident; then ICU4J's detector, but only its Arabic single-byte answers
 * (windows-1256, ISO-8859-6). Those two share only ء…ض, so both decodings are scored and the better
 * one kept, and it must then read as Arabic. Anything else is refused rather than imported as
 * mojibake, which would poison every offset annotated afterwards.
 */
public final class TextDecoder {

    public static final String WINDOWS_1256 = "windows-1256";
    public static final String ISO_8859_6 = "ISO-8859-6";
    /** ICU confidence (0–100) under which a single-byte guess is reported as not confident. */
    static final int CONFIDENT_ICU_SCORE = 50;
    /** Plausibility score (roughly: Arabic letters) from which a clear win over the other code page counts. */
    static final int CONFIDENT_ARABIC_LETTERS = 100;
    /** Share of the "high" byte positions of UTF-16 that must hold 0x00 (Latin) or 0x06 (Arabic). */
    static final double UTF16_HIGH_SHARE = 0.6;
    static final double UTF16_CONFIDENT_SHARE = 0.9;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new ImportException(fileName, "the file is empty");
        }
        Optional<String> binary = BinarySignature.of(bytes);
        if (binary.isPresent()) {
            throw new ImportException(fileName, "not a text file (" + binary.get() + ")");
        }
        DecodedText decoded = decodeBytes(bytes, fileName);
        check(decoded.text(), fileName);
        return decoded;
    }

    private static DecodedText decodeBytes(byte[] bytes, String fileName) {
        if (BinarySignature.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, fileName), "UTF-8", true);
        }
        if (BinarySignature.startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName), "UTF-16LE", true);
        }
        if (BinarySignature.startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName), "UTF-16BE", true);
        }
        Optional<DecodedText> utf16 = utf16WithoutBom(bytes, fileName);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        if (indexOf(bytes, (byte) 0) >= 0) {
            throw new ImportException(fileName, "not a text file (it contains NUL bytes)");
        }
        try {
            return new DecodedText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8", true);
        } catch (CharacterCodingException notUtf8) {
            return arabicSingleByte(bytes, fileName);
        }
    }

    /**
     * UTF-16 text keeps the high byte of each code unit in every other position: 0x00 for Latin, spaces
     * and line breaks, 0x06 for Arabic. The other positions almost never hold those values.
     */
    private static Optional<DecodedText> utf16WithoutBom(byte[] bytes, String fileName) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int units = bytes.length / 2;
        int evenHits = 0;
        int oddHits = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            evenHits += isUtf16HighByte(bytes[i]) ? 1 : 0;
            oddHits += isUtf16HighByte(bytes[i + 1]) ? 1 : 0;
        }
        Charset charset;
        int hits;
        int other;
        if (oddHits >= evenHits) {
            charset = StandardCharsets.UTF_16LE;
            hits = oddHits;
            other = evenHits;
        } else {
            charset = StandardCharsets.UTF_16BE;
            hits = evenHits;
            other = oddHits;
        }
        if (hits < UTF16_HIGH_SHARE * units || other > 0.1 * units) {
            return Optional.empty();
        }
        String text = strict(bytes, 0, charset, fileName);
        return Optional.of(new DecodedText(text, charset.name(), hits >= UTF16_CONFIDENT_SHARE * units));
    }

    private static boolean isUtf16HighByte(byte b) {
        return b == 0x00 || b == 0x06;
    }

    private static DecodedText arabicSingleByte(byte[] bytes, String fileName) {
        // Text in any code page has (almost) no C0 control bytes; old DOS files may end with one 0x1A.
        if (controlBytes(bytes) > Math.max(2, bytes.length / 200)) {
            throw new ImportException(fileName, "not a text file (it holds many control bytes)");
        }
        if (isMostlyUtf8(bytes)) {
            // A UTF-8 file damaged in a few places: say where, rather than read it in a code page.
            throw new ImportException(fileName, "not valid UTF-8 text (bad bytes near byte "
                    + badByteOffset(bytes, 0, StandardCharsets.UTF_8) + "; the rest looks like UTF-8)");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        CharsetMatch arabic = Arrays.stream(matches)
                .filter(m -> WINDOWS_1256.equalsIgnoreCase(m.getName()) || ISO_8859_6.equalsIgnoreCase(m.getName()))
                .findFirst().orElse(null);
        String guess = matches.length == 0 ? "" : " (it looks like " + matches[0].getName() + ")";
        if (arabic == null) {
            throw new ImportException(fileName, "not UTF-8, UTF-16 or an Arabic code page" + guess + "; save it as UTF-8 and import it again");
        }
        String windows = lenient(bytes, WINDOWS_1256);
        String iso = lenient(bytes, ISO_8859_6);
        int windowsScore = ArabicPlausibility.score(windows);
        int isoScore = ArabicPlausibility.score(iso);
        boolean pickIso = isoScore > windowsScore;
        String text = pickIso ? iso : windows;
        String charset = pickIso ? ISO_8859_6 : WINDOWS_1256;
        Optional<String> problem = ArabicPlausibility.problem(text);
        if (problem.isPresent()) {
            throw new ImportException(fileName, "not UTF-8, and it does not read as Arabic in " + charset
                    + " either (" + problem.get() + ")" + guess + "; save it as UTF-8 and import it again");
        }
        // ICU's confidence is low for short texts; a clear win of one decoding over the other is evidence too.
        boolean icuSure = matches[0] == arabic && arabic.getConfidence() >= CONFIDENT_ICU_SCORE;
        boolean clearWinner = ArabicPlausibility.problem(pickIso ? windows : iso).isPresent()
                && Math.max(windowsScore, isoScore) >= CONFIDENT_ARABIC_LETTERS;
        return new DecodedText(text, charset, icuSure || clearWinner);
    }

    /** Refuses decoded text that would break storage or offsets: NUL, unpaired surrogates, nothing to read. */
    private static void check(String text, String fileName) {
        if (text.isBlank()) {
            throw new ImportException(fileName, "the file is empty (it holds only white space)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ImportException(fileName, "not a text file (it contains NUL characters)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ImportException(fileName, "the text holds a broken character (lone UTF-16 surrogate at char " + i + ")");
            }
        }
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String fileName) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (MalformedInputException e) {
            throw new ImportException(fileName, "not valid " + charset.name() + " text (bad bytes near byte "
                    + badByteOffset(bytes, skip, charset) + ")", e);
        } catch (CharacterCodingException e) {
            throw new ImportException(fileName, "not valid " + charset.name() + " text", e);
        }
    }

    /** Where decoding first fails, for the message: the decoder's exception gives only a length. */
    private static long badByteOffset(byte[] bytes, int skip, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        decoder(charset).decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    private static String lenient(byte[] bytes, String charset) {
        return new String(bytes, Charset.forName(charset));
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Code-page Arabic almost never forms a valid UTF-8 sequence (a lead byte like 0xC7 is followed by
     * another letter, not by a 0x80–0xBF continuation byte), so many valid sequences and few broken ones
     * mean a UTF-8 file damaged in places.
     */
    private static boolean isMostlyUtf8(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        int valid = 0;
        int broken = 0;
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c == '\uFFFD') {
                broken++;
            } else if (c >= 0x80) {
                valid++;
            }
        }
        return valid >= 10 * broken;
    }

    private static int controlBytes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
