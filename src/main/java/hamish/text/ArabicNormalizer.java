package hamish.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds Arabic text for matching and search, keeping a map back to the original offsets.
 *
 * <p>Rules, each applied per code point of the original:
 * <ul>
 *   <li>presentation forms (text pasted from PDFs, U+FB50–FDFF, U+FE70–FEFE) are decomposed with NFKC
 *       first, so ﻻ becomes لا and the ligature ﷲ expands to الله; an isolated haraka form (ﹰ) is dropped
 *       whole rather than leaving the space NFKC puts before it;</li>
 *   <li>alef with hamza above/below, alef with madda, alef wasla and the wavy-hamza alefs (أ إ آ ٱ ٲ ٳ)
 *       → bare alef ا;</li>
 *   <li>alef maqsura ى → ya ي; ta marbuta ة → ha ه; Persian ya ی → ي and keheh ک → ك;</li>
 *   <li>removed: tatweel ـ and every Arabic combining mark — harakat, tanween, shadda, sukun, the
 *       superscript (dagger) alef U+0670, small high signs U+0610–061A, Quranic marks, extended
 *       harakat U+08D3–08FF — and the invisible controls: bidi marks and embeddings, ZWJ/ZWNJ, word
 *       joiner, soft hyphen, BOM;</li>
 *   <li>a hamza or madda typed as a separate mark after its carrier (text that is not NFC, such as
 *       و + U+0654) is composed first (ؤ), so it folds like the precomposed letter instead of vanishing;</li>
 *   <li>Arabic-Indic digits (٠–٩ and the Persian ۰–۹) → ASCII 0–9; the Arabic decimal and thousands
 *       separators and percent sign (٫ ٬ ٪) → . , % so that ٣٫٥ matches 3.5;</li>
 *   <li>letters are lower-cased (Locale-independent) so "Twitter" matches "twitter".</li>
 * </ul>
 * Hamza on waw and ya (ؤ ئ) and the bare hamza ء are kept: they tell words apart. No stemming: it
 * mangles names (see docs/decisions/0002-normalisation-policy.md), and names are what analysts match.
 */
public final class ArabicNormalizer {

    public static final char TATWEEL = '\u0640';
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
    public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
    public static final char ALEF_MAQSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char FARSI_YEH = '\u06CC';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char MADDA_ABOVE = '\u0653';
    public static final char HAMZA_BELOW = '\u0655';
    public static final char ARABIC_PERCENT_SIGN = '\u066A';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private ArabicNormalizer() {
    }

    /** The folded form of {@code s}, for callers that do not need offsets (index keys, queries). */
    public static String fold(String s) {
        return normalize(s).text();
    }

    public static NormalizedText normalize(String original) {
        NormalizedText plain = normalizePlain(original);
        return plain != null ? plain : normalizeAny(original);
    }

    /**
     * The common word of plain letters and digits, each folding to exactly one char: the same result as
     * {@link #normalizeAny}, without its bookkeeping, since corpus search folds every word of its candidates.
     * Null when a char may be dropped, expanded or composed.
     */
    private static NormalizedText normalizePlain(String original) {
        char[] out = null; // made at the first char that changes: most words fold to themselves
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            char folded = plainFold(c);
            if (folded == 0) {
                return null;
            }
            if (folded != c && out == null) {
                out = original.toCharArray();
            }
            if (out != null) {
                out[i] = folded;
            }
        }
        return NormalizedText.charForChar(original, out == null ? original : new String(out));
    }

    /** What {@link #fold} gives for a plain letter or digit, or 0 for any other char. */
    private static char plainFold(char c) {
        if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')) {
            return switch (c) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW -> ALEF;
                case ALEF_MAQSURA -> YEH;
                case TEH_MARBUTA -> HEH;
                default -> c;
            };
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660')) : 0;
    }

    /** Every rule, for any text; package-private so a test holds the plain path to it. */
    static NormalizedText normalizeAny(String original) {
        StringBuilder out = new StringBuilder(original.length());
        // Presentation-form ligatures (ﷲ) can expand, so the map grows with the output.
        int[] map = new int[original.length() + 1];
        // The last letter written and where, while only marks follow it: a separate hamza composes with it.
        int carrier = -1;
        int carrierAt = -1;
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            if (isPresentationForm(cp)) {
                map = appendDecomposed(out, map, cp, i);
                carrier = -1;
            } else if (cp >= MADDA_ABOVE && cp <= HAMZA_BELOW && carrier >= 0 && NFC.composePair(carrier, cp) >= 0) {
                carrier = NFC.composePair(carrier, cp);
                out.setCharAt(carrierAt, (char) fold(carrier));
            } else {
                int folded = fold(cp);
                if (folded >= 0) {
                    carrier = cp;
                    carrierAt = out.length();
                    map = append(out, map, folded, i);
                } else if (!isArabicMark(cp)) {
                    carrier = -1;
                }
            }
            i += Character.charCount(cp);
        }
        int[] exact = Arrays.copyOf(map, out.length() + 1);
        exact[out.length()] = original.length();
        return new NormalizedText(original, out.toString(), exact);
    }

    private static int[] appendDecomposed(StringBuilder out, int[] map, int cp, int originalIndex) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder();
        decomposed.codePoints().map(ArabicNormalizer::fold).filter(c -> c >= 0).forEach(folded::appendCodePoint);
        if (folded.toString().isBlank()) {
            return map;
        }
        for (int k = 0; k < folded.length(); ) {
            int fcp = folded.codePointAt(k);
            map = append(out, map, fcp, originalIndex);
            k += Character.charCount(fcp);
        }
        return map;
    }

    private static int[] append(StringBuilder out, int[] map, int folded, int originalIndex) {
        int before = out.length();
        out.appendCodePoint(folded);
        if (out.length() + 1 > map.length) {
            map = Arrays.copyOf(map, Math.max(map.length * 2, out.length() + 1));
        }
        for (int k = before; k < out.length(); k++) {
            map[k] = originalIndex;
        }
        return map;
    }

    /** The folded code point, or -1 when the code point is removed. */
    static int fold(int cp) {
        if (isRemovedMark(cp)) {
            return -1;
        }
        switch (cp) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW:
                return ALEF;
            case ALEF_MAQSURA, FARSI_YEH:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            case ARABIC_DECIMAL_SEPARATOR:
                return '.';
            case ARABIC_THOUSANDS_SEPARATOR:
                return ',';
            case ARABIC_PERCENT_SIGN:
                return '%';
            default:
                break;
        }
        if (cp >= '\u0660' && cp <= '\u0669') {
            return '0' + (cp - '\u0660');
        }
        if (cp >= '\u06F0' && cp <= '\u06F9') {
            return '0' + (cp - '\u06F0');
        }
        return Character.toLowerCase(cp);
    }

    /** Characters the folding drops: they decorate a letter or steer display, never change the word. */
    public static boolean isRemovedMark(int cp) {
        return isAttachedMark(cp)
                || cp == '\u061C' // Arabic letter mark
                || cp == '\u200C' || cp == '\u200D' // ZWNJ, ZWJ
                || cp == '\u200E' || cp == '\u200F' // LRM, RLM
                || (cp >= '\u202A' && cp <= '\u202E')
                || cp == '\u2060' // word joiner
                || (cp >= '\u2066' && cp <= '\u2069')
                || cp == '\u00AD' // soft hyphen
                || cp == '\uFEFF';
    }

    /**
     * Tatweel and the Arabic combining marks: removed characters that belong visually to the letter before
     * them, so a match ending on that letter also covers them.
     */
    public static boolean isAttachedMark(int cp) {
        return cp == TATWEEL || isArabicMark(cp);
    }

    private static boolean isArabicMark(int cp) {
        if (cp >= '\u0621' && cp <= '\u063A' || cp >= '\u0641' && cp <= '\u064A') {
            return false; // the Arabic letters themselves: most of any text, answered without a lookup
        }
        boolean arabicBlock = (cp >= '\u0600' && cp <= '\u06FF') || (cp >= '\u0750' && cp <= '\u077F')
                || (cp >= '\u0870' && cp <= '\u08FF');
        // ICU's character data, not the JDK's: it knows the marks added to Unicode after Java 17's version.
        return arabicBlock && UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK;
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE);
    }
}
