package hamish.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which code points the bundled Arabic font has glyphs for, read from its {@code cmap} table, and
 * the split of a string into runs the font covers and runs it does not.
 *
 * <p>Why: on Linux, when one right-to-left run of a {@code Text} mixes the Arabic font with a
 * fallback font (for curly quotes, {@code %}, Latin, emoji), the pieces are placed in logical
 * instead of visual order — “غانتس” loses its quotes to the neighbouring word and {@code 25%}
 * becomes {@code %1400}, while {@code rangeShape} still reports the correct positions. Giving
 * each font its own {@code Text} inside one {@code TextFlow} keeps every run single-font, and the
 * flow still resolves bidi over the whole paragraph.
 */
public final class FontCoverage {

    private final BitSet covered;

    private FontCoverage(BitSet covered) {
        this.covered = covered;
    }

    /** Reads the cmap of a TrueType/OpenType font; an unreadable font covers nothing (all fallback). */
    public static FontCoverage of(InputStream font) {
        BitSet set = new BitSet();
        try (InputStream in = font) {
            if (in != null) {
                readCmap(ByteBuffer.wrap(in.readAllBytes()), set);
            }
        } catch (IOException | RuntimeException e) {
            set.clear();
        }
        return new FontCoverage(set);
    }

    public boolean covers(int codePoint) {
        return covered.get(codePoint);
    }

    /**
     * Splits {@code s} where font coverage changes. Line breaks and marks (harakat, variation
     * selectors, joiners) stay with the char before them, so a cluster is never split.
     */
    public List<String> runs(String s) {
        List<String> result = new ArrayList<>();
        int start = 0;
        Boolean current = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!attachesToPrevious(cp) || current == null) {
                boolean c = covers(cp) || cp == '\n';
                if (current != null && c != current) {
                    result.add(s.substring(start, i));
                    start = i;
                }
                current = c;
            }
            i += Character.charCount(cp);
        }
        if (start < s.length()) {
            result.add(s.substring(start));
        }
        return result;
    }

    private static boolean attachesToPrevious(int cp) {
        int type = Character.getType(cp);
        return cp == '\n' || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || cp == 0x200C
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static void readCmap(ByteBuffer b, BitSet set) {
        int numTables = b.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            if (b.getInt(rec) == 0x636D6170) { // 'cmap'
                cmap = b.getInt(rec + 8);
            }
        }
        if (cmap < 0) {
            return;
        }
        int subtables = b.getShort(cmap + 2) & 0xFFFF;
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < subtables; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = b.getShort(rec) & 0xFFFF;
            int encoding = b.getShort(rec + 2) & 0xFFFF;
            int rank = platform == 3 && encoding == 10 ? 3 : platform == 3 && encoding == 1 ? 2 : platform == 0 ? 1 : 0;
            if (rank > bestRank) {
                bestRank = rank;
                best = cmap + b.getInt(rec + 4);
            }
        }
        if (best < 0) {
            return;
        }
        int format = b.getShort(best) & 0xFFFF;
        if (format == 4) {
            readFormat4(b, best, set);
        } else if (format == 12) {
            int groups = b.getInt(best + 12);
            for (int g = 0; g < groups; g++) {
                int at = best + 16 + 12 * g;
                set.set(b.getInt(at), b.getInt(at + 4) + 1);
            }
        }
    }

    private static void readFormat4(ByteBuffer b, int table, BitSet set) {
        int segments = (b.getShort(table + 6) & 0xFFFF) / 2;
        int ends = table + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = b.getShort(ends + 2 * s) & 0xFFFF;
            int start = b.getShort(starts + 2 * s) & 0xFFFF;
            int delta = b.getShort(deltas + 2 * s);
            int rangeAt = rangeOffsets + 2 * s;
            int rangeOffset = b.getShort(rangeAt) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    glyph = b.getShort(rangeAt + rangeOffset + 2 * (c - start)) & 0xFFFF;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    set.set(c);
                }
            }
        }
    }
}
