package hamish.io;

import java.util.Optional;

/** Recognises the common non-text files users pick by mistake, by their first bytes ("magic numbers"). */
final class BinarySignature {

    private BinarySignature() {
    }

    /** A short human name of the file type, or empty when the bytes start like no known binary format. */
    static Optional<String> of(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF image");
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("PDF document");
        }
        // Word (.docx) and OpenDocument (.odt) files are ZIP archives too; say so, it is the usual mistake.
        if (startsWith(b, 'P', 'K', 0x03, 0x04) || startsWith(b, 'P', 'K', 0x05, 0x06)
                || startsWith(b, 'P', 'K', 0x07, 0x08)) {
            return Optional.of("ZIP archive, as are .docx and .odt files");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("GZIP archive");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("old Microsoft Office document");
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
