package hamish.text;

import java.util.Set;

/**
 * The words around a candidate person mention that decide whether it is one: a preceding بن makes the
 * name a father's (سلمان in محمد بن سلمان بن عبدالعزيز is not King Salman), and a preceding rank makes a
 * surname that is also an ordinary word (اللواء التركي) a name.
 */
final class NameContext {

    /** Words linking a name to its father's, folded. */
    static final Set<String> LINKS = Set.of("بن", "ابن", "بنت", "bin");
    /**
     * Ranks and honorifics that are followed by a name, never by an adjective. الرئيس, الملك, الأمير and
     * الوزير are left out on purpose: الرئيس التركي is "the Turkish president".
     */
    static final Set<String> TITLES = Set.of("اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "الشيخ",
            "الدكتور", "د", "المهندس", "الاستاذ", "سماحه", "فضيله", "معالي", "سعاده", "المستشار", "السفير");

    private NameContext() {
    }

    /** Whether word {@code i} directly follows (blanks between) a word of {@code set}. */
    static boolean precededBy(FoldedTokens tokens, int i, Set<String> set) {
        return i > 0 && set.contains(tokens.folded(i - 1)) && blankBetween(tokens, i - 1, i);
    }

    /** Whether only spaces (no line break, no punctuation) separate words {@code a} and {@code b}. */
    static boolean blankBetween(FoldedTokens tokens, int a, int b) {
        String gap = tokens.text().substring(tokens.token(a).end(), tokens.token(b).start());
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '\n' || !(Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isRemovedMark(c))) {
                return false;
            }
        }
        return true;
    }
}
