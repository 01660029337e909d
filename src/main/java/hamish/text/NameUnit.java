package hamish.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One unit of an Arabic personal name: a word, or two words a reader takes as one — عبد + the divine
 * name (عبد العزيز is عبدالعزيز), a kunya (أبو سنان), a family (آل سعود) — or a link بن/ابن.
 *
 * @param text as written, for display
 * @param key folded, عبد joined to the next word, for comparison
 * @param words how many words it spans
 */
record NameUnit(String text, String key, int words, boolean link, boolean family) {

    private static final Set<String> KUNYA = Set.of("ابو", "ابي", "ام");
    private static final String ABD = "عبد";
    /** آل folds to ال, the article's letters, written as a separate word. */
    private static final String FAMILY = "ال";

    /** The units of a name given as words (original text and folded). */
    static List<NameUnit> parse(List<String> texts, List<String> folded) {
        List<NameUnit> units = new ArrayList<>();
        int k = 0;
        while (k < folded.size()) {
            NameUnit u = read(texts, folded, k);
            units.add(u);
            k += u.words();
        }
        return units;
    }

    /** The unit starting at word {@code k}; the first word may be given without its proclitic. */
    static NameUnit read(List<String> texts, List<String> folded, int k) {
        String f = folded.get(k);
        boolean hasNext = k + 1 < folded.size();
        if (NameContext.LINKS.contains(f)) {
            return new NameUnit(texts.get(k), f, 1, true, false);
        }
        if (hasNext && f.equals(ABD)) {
            return new NameUnit(texts.get(k) + " " + texts.get(k + 1), ABD + folded.get(k + 1), 2, false, false);
        }
        if (hasNext && (KUNYA.contains(f) || f.equals(FAMILY))) {
            return new NameUnit(texts.get(k) + " " + texts.get(k + 1), f + " " + folded.get(k + 1), 2, false, f.equals(FAMILY));
        }
        return new NameUnit(texts.get(k), f, 1, false, false);
    }

    /** The other usual spelling of a unit with عبد: joined if written apart, apart if joined; else null. */
    String otherSpelling() {
        if (!key.startsWith(ABD) || key.length() <= ABD.length() + 1) {
            return null;
        }
        return words == 2 ? text.replaceFirst("\\s+", "") : text.substring(0, 3) + " " + text.substring(3);
    }
}
