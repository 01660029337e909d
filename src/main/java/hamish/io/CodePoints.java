package hamish.io;

/**
 * Converts between Hamish's UTF-16 char offsets and code point offsets (W3C Web Annotation
 * TextPositionSelector, brat standoff: both count code points, so an emoji counts 1 there and 2 here).
 * Built once per text; a text without characters outside the BMP (most Arabic news) converts for free.
 */
final class CodePoints {

    private final String text;
    private final int[] charToCodePoint;
    private final int codePointCount;

    CodePoints(String text) {
        this.text = text;
        boolean supplementary = false;
        for (int i = 0; i < text.length() && !supplementary; i++) {
            supplementary = Character.isSurrogate(text.charAt(i));
        }
        if (supplementary) {
            charToCodePoint = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                charToCodePoint[i] = cp;
                if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
                    cp++;
                }
            }
            charToCodePoint[text.length()] = cp;
            codePointCount = cp;
        } else {
            charToCodePoint = null;
            codePointCount = text.length();
        }
    }

    int length() {
        return codePointCount;
    }

    int toCodePoint(int charOffset) {
        return charToCodePoint == null ? charOffset : charToCodePoint[charOffset];
    }

    /** The char offset of code point offset {@code cp}, which must be in 0..length(). */
    int toChar(int cp) {
        if (cp < 0 || cp > codePointCount) {
            throw new IndexOutOfBoundsException("code point offset " + cp + " outside 0.." + codePointCount);
        }
        return charToCodePoint == null ? cp : text.offsetByCodePoints(0, cp);
    }
}
