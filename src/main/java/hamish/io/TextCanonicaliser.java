package hamish.io;

import java.text.Normalizer;

/**
 * Brings decoded text into the one form Hamish stores and addresses: no leading byte order mark,
 * {@code \n} line endings (CRLF and lone CR become {@code \n}), Unicode NFC. Nothing else changes:
 * no trimming, no folding, no removal of tatweel, harakat or bidi marks, because every
 * {@link hamish.model.Span} offset, once an analyst has annotated, points into exactly this form.
 *
 * <p>NFC matters for Arabic: an alef followed by a combining hamza above (U+0627 U+0654) becomes the
 * single letter أ (U+0623), so the same word typed on two keyboards is the same string.
 */
public final class TextCanonicaliser {

    private static final char BOM = '\uFEFF';

    private TextCanonicaliser() {
    }

    public static String canonicalise(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == BOM) {
            start++;
        }
        StringBuilder out = new StringBuilder(text.length() - start);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        String lines = out.toString();
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }
}
