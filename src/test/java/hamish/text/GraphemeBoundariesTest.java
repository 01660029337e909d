package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import org.junit.jupiter.api.Test;

class GraphemeBoundariesTest {

    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧, 8 chars
    private static final String FLAG = "\uD83C\uDDF8\uD83C\uDDE6"; // 🇸🇦, 4 chars
    private static final String BEH_SHADDA_FATHA = "\u0628\u0651\u064E"; // بَّ
    private static final String TEXT = "خبر 😀 عن " + FAMILY + " و" + FLAG + " ر" + BEH_SHADDA_FATHA + "ـــ Abc 12";

    @Test
    void codePointBoundariesAreEverywhereButInsideASurrogatePair() {
        int emoji = TEXT.indexOf("😀");
        assertTrue(GraphemeBoundaries.isCodePointBoundary(TEXT, emoji));
        assertFalse(GraphemeBoundaries.isCodePointBoundary(TEXT, emoji + 1));
        assertTrue(GraphemeBoundaries.isCodePointBoundary(TEXT, emoji + 2));
        assertTrue(GraphemeBoundaries.isCodePointBoundary(TEXT, 0));
        assertTrue(GraphemeBoundaries.isCodePointBoundary(TEXT, TEXT.length()));
        int family = TEXT.indexOf(FAMILY);
        assertTrue(GraphemeBoundaries.isCodePointBoundary(TEXT, family + 2), "between 👨 and the joiner: a code point boundary");
    }

    @Test
    void codePointProblemNamesTheOffsetTheCharacterAndTheWayOut() {
        String text = "خبر 😀 عن";
        String problem = GraphemeBoundaries.codePointProblem(text, new Span(5, 7)).orElseThrow();
        assertEquals("start offset 5 falls inside the character 😀 (U+1F600, chars 4–6); use 4 or 6", problem);
        assertTrue(GraphemeBoundaries.codePointProblem(text, new Span(4, 6)).isEmpty());
        assertTrue(GraphemeBoundaries.codePointProblem(text, new Span(0, 5)).orElseThrow().startsWith("end offset 5 "));
    }

    @Test
    void graphemeClustersKeepZwjSequencesFlagsAndHarakatWhole() {
        GraphemeBoundaries g = new GraphemeBoundaries(TEXT);
        int family = TEXT.indexOf(FAMILY);
        for (int i = 1; i < FAMILY.length(); i++) {
            assertFalse(g.isGraphemeBoundary(family + i), "inside the family at " + i);
        }
        assertEquals(new Span(family, family + FAMILY.length()), g.snapOutward(new Span(family + 2, family + 3)));
        int flag = TEXT.indexOf(FLAG);
        assertFalse(g.isGraphemeBoundary(flag + 2), "between the two regional indicators");
        int beh = TEXT.indexOf(BEH_SHADDA_FATHA);
        assertFalse(g.isGraphemeBoundary(beh + 1));
        assertFalse(g.isGraphemeBoundary(beh + 2));
        assertTrue(g.isGraphemeBoundary(beh + 3));
        assertTrue(g.isGraphemeBoundary(beh + 4), "each tatweel is a character of its own");
        assertEquals(beh, g.graphemeStartAtOrBefore(beh + 2));
        assertEquals(beh + 3, g.graphemeEndAtOrAfter(beh + 1));
        assertEquals(new Span(0, 3), g.snapOutward(new Span(0, 3)), "a span on boundaries is left alone");
    }

    @Test
    void graphemeProblemsSayPlainlyWhyTheCharacterCannotBeSplit() {
        GraphemeBoundaries g = new GraphemeBoundaries(TEXT);
        int family = TEXT.indexOf(FAMILY);
        String zwj = g.graphemeProblem(new Span(family, family + 2)).orElseThrow();
        assertTrue(zwj.startsWith("end offset " + (family + 2) + " falls inside the character " + FAMILY
                + " (U+1F468 U+200D U+1F469 U+200D U+1F467, chars " + family + "–" + (family + 8) + ")"), zwj);
        assertTrue(zwj.contains("ZERO WIDTH JOINER") && zwj.endsWith("; use " + family + " or " + (family + 8)), zwj);

        int flag = TEXT.indexOf(FLAG);
        String flagProblem = g.graphemeProblem(new Span(flag + 2, flag + 4)).orElseThrow();
        assertTrue(flagProblem.contains("regional indicators of a flag"), flagProblem);

        int beh = TEXT.indexOf(BEH_SHADDA_FATHA);
        String harakat = g.graphemeProblem(new Span(beh, beh + 1)).orElseThrow();
        assertTrue(harakat.contains("a letter and its harakat") && harakat.contains("ARABIC SHADDA")
                && harakat.contains("ARABIC FATHA") && harakat.endsWith("use " + beh + " or " + (beh + 3)), harakat);
        assertTrue(g.graphemeProblem(new Span(beh, beh + 3)).isEmpty());
    }

    @Test
    void findsALoneSurrogateButNotAPair() {
        assertEquals(-1, GraphemeBoundaries.firstLoneSurrogate(TEXT));
        assertEquals(2, GraphemeBoundaries.firstLoneSurrogate("ab\uD83D c"));
        assertEquals(0, GraphemeBoundaries.firstLoneSurrogate("\uDE00"));
        assertEquals(1, GraphemeBoundaries.firstLoneSurrogate("a\uD83D"));
    }
}
