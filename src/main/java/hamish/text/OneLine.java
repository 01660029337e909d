package hamish.text;

/** Text that must stay on one line wherever it is shown: titles, outlets, names typed or imported. */
public final class OneLine {

    private OneLine() {
    }

    /**
     * NFC (as stored text is, so search and comparison see the same letters), on one line, stripped: each run of
     * white space, line breaks and control characters becomes one space. Format characters (direction marks, the
     * zero-width non-joiner) are kept. For titles, outlets and other one-line fields.
     */
    public static String of(String value) {
        String nfc = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean gap = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
