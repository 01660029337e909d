package hamish.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds Arabic text for matching and search, keeping a map back to the original offsets.
 *
 * <p>Rules, each applied per code point of the original:
 * <ul>
 *   <li>presentation forms (text pasted from PDFs, U+FB50–FDFF, U+FE70–FEFF) are decomposed with NFKC
 *       first, so ﻻ becomes لا;</li>
 *   <li>alef with hamza above/below, alef with madda and alef wasla (أ إ آ ٱ) → bare alef ا;</li>
 *   <li>alef maqsura ى → ya ي; ta marbuta ة → ha ه; Persian ya ی → ي and keheh ک → ك;</li>
 *   <li>removed: tatweel ـ, harakat/tanween/shadda/sukun (U+064B–065F), superscript (dagger) alef
 *       U+0670, Quranic marks U+06D6–06ED, bidi controls and zero-width joiners;</li>
 *   <li>Arabic-Indic digits (٠–٩ and the Persian ۰–۹) → ASCII 0–9;</li>
 *   <li>Latin is lower-cased (Locale.ROOT) so "Twitter" matches "twitter".</li>
 * </ul>
 * No stemming: it mangles names (see ARABIC.md), and names are what analysts match.
 */
public final class ArabicNormalizer {

    public static final char TATWEEL = '\u0640';
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAQSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char FARSI_YEH = '\u06CC';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    private ArabicNormalizer() {
    }

    /** The folded form of {@code s}, for callers that do not need offsets (index keys, queries). */
    public static String fold(String s) {
        return normalize(s).text();
    }

    public static NormalizedText normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        // Presentation-form ligatures (ﷲ) can expand, so the map grows with the output.
        int[] map = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            if (isPresentationForm(cp)) {
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                for (int k = 0; k < decomposed.length(); ) {
                    int dcp = decomposed.codePointAt(k);
                    map = append(out, map, fold(dcp), i);
                    k += Character.charCount(dcp);
                }
            } else {
                map = append(out, map, fold(cp), i);
            }
            i += Character.charCount(cp);
        }
        int[] exact = Arrays.copyOf(map, out.length() + 1);
        exact[out.length()] = original.length();
        return new NormalizedText(original, out.toString(), exact);
    }

    private static int[] append(StringBuilder out, int[] map, int folded, int originalIndex) {
        if (folded < 0) {
            return map;
        }
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
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, '\u0672', '\u0673':
                return ALEF;
            case ALEF_MAQSURA, FARSI_YEH:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            default:
                break;
        }
        if (cp >= '\u0660' && cp <= '\u0669') {
            return '0' + (cp - '\u0660');
        }
        if (cp >= '\u06F0' && cp <= '\u06F9') {
            return '0' + (cp - '\u06F0');
        }
        if (cp < 0x250) {
            return Character.toLowerCase(cp);
        }
        return cp;
    }

    /** Characters the folding drops: they decorate a letter or steer display, never change the word. */
    public static boolean isRemovedMark(int cp) {
        return cp == TATWEEL
                || (cp >= '\u064B' && cp <= '\u065F')
                || cp == SUPERSCRIPT_ALEF
                || (cp >= '\u06D6' && cp <= '\u06ED' && cp != '\u06E5' && cp != '\u06E6')
                || cp == '\u061C' // Arabic letter mark
                || cp == '\u200C' || cp == '\u200D' // ZWNJ, ZWJ
                || cp == '\u200E' || cp == '\u200F' // LRM, RLM
                || (cp >= '\u202A' && cp <= '\u202E')
                || (cp >= '\u2066' && cp <= '\u2069')
                || cp == '\uFEFF';
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE);
    }

}
