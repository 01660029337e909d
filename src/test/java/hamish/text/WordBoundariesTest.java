package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.model.Span;
import org.junit.jupiter.api.Test;

class WordBoundariesTest {

    // offsets:            0123 4567 8901234 5
    private static final String TEXT = "وصل غانتس إلى واشنطن، أمس.";

    @Test
    void wordAtFindsTheWordContainingTheOffset() {
        assertEquals(new Span(4, 9), WordBoundaries.wordAt(TEXT, 6));
        assertEquals(new Span(4, 9), WordBoundaries.wordAt(TEXT, 4));
    }

    @Test
    void wordAtTakesTheWordEndingAtTheOffset() {
        assertEquals(new Span(14, 20), WordBoundaries.wordAt(TEXT, 20), "caret right after واشنطن, before the comma");
    }

    @Test
    void wordAtIsEmptyWhereNoWordTouches() {
        String text = "غزة ، رفح";
        assertEquals(new Span(5, 5), WordBoundaries.wordAt(text, 5));
        assertEquals(new Span(0, 0), WordBoundaries.wordAt("", 0));
    }

    @Test
    void wordAtIncludesHarakatAndTatweel() {
        String text = "قال مُحَمَّد في الـــقدس";
        assertEquals("مُحَمَّد", WordBoundaries.wordAt(text, 7).of(text));
        assertEquals("الـــقدس", WordBoundaries.wordAt(text, text.indexOf('ق', 5)).of(text));
    }

    @Test
    void snapToWordsGrowsBothEndsToWholeWords() {
        // from inside غانتس to inside واشنطن
        assertEquals(new Span(4, 20), WordBoundaries.snapToWords(TEXT, new Span(6, 16)));
    }

    @Test
    void snapToWordsNeverReachesAcrossASpaceIntoTheNextWord() {
        // selection ends on the space after غانتس: إلى must not join
        assertEquals(new Span(4, 9), WordBoundaries.snapToWords(TEXT, new Span(5, 10)));
        // selection starts on the space before غانتس: وصل must not join
        assertEquals(new Span(4, 9), WordBoundaries.snapToWords(TEXT, new Span(3, 7)));
    }

    @Test
    void snapToWordsKeepsSelectedPunctuation() {
        String text = "قال «غانتس» أمس";
        assertEquals(new Span(4, 10), WordBoundaries.snapToWords(text, new Span(4, 8)), "« selected, » not");
        assertEquals(new Span(4, 11), WordBoundaries.snapToWords(text, new Span(4, 11)));
        assertEquals(new Span(4, 11), WordBoundaries.snapToWords(text, new Span(3, 12)), "spaces trimmed");
    }

    @Test
    void snapToWordsLeavesASelectionOfOnlyBlanksOrPunctuationAlone() {
        assertEquals(new Span(3, 4), WordBoundaries.snapToWords(TEXT, new Span(3, 4)));
        assertEquals(new Span(20, 22), WordBoundaries.snapToWords(TEXT, new Span(20, 22)));
    }

    @Test
    void snapToWordsMakesACaretInsideAWordIntoTheWord() {
        assertEquals(new Span(4, 9), WordBoundaries.snapToWords(TEXT, new Span(6, 6)));
        assertEquals(new Span(9, 9), WordBoundaries.snapToWords(TEXT, new Span(9, 9)));
    }

    @Test
    void snapToWordsWorksAcrossParagraphs() {
        String text = "أول سطر\nثاني سطر";
        assertEquals(new Span(4, 12), WordBoundaries.snapToWords(text, new Span(5, 10)));
    }

    @Test
    void snapToWordsKeepsTheEmojiBeforeAWordOutside() {
        String text = "😀غانتس";
        assertEquals(new Span(2, 7), WordBoundaries.snapToWords(text, new Span(4, 5)));
    }

    @Test
    void snapToWordsNeverCutsAnEmoji() {
        String text = "غزة 😀😀 رفح";
        assertEquals(new Span(4, 6), WordBoundaries.snapToWords(text, new Span(5, 6)));
        assertEquals(new Span(4, 12), WordBoundaries.snapToWords(text, new Span(5, 10)));
    }

    @Test
    void clusterAtKeepsALetterWithItsHarakat() {
        String text = "مُحَمَّد";
        assertEquals(new Span(0, 2), WordBoundaries.clusterAt(text, 1));
        assertEquals(new Span(4, 7), WordBoundaries.clusterAt(text, 5), "mim with shadda and fatha");
        assertEquals(new Span(7, 8), WordBoundaries.clusterAt(text, 7));
    }

    @Test
    void clusterAtNeverSplitsASurrogatePair() {
        String text = "غزة😀";
        assertEquals(new Span(3, 5), WordBoundaries.clusterAt(text, 4));
        assertEquals(3, WordBoundaries.snapToCluster(text, 4));
    }

    @Test
    void lamAlefStaysTwoClustersInCharacterMode() {
        String text = "لا";
        assertEquals(new Span(0, 1), WordBoundaries.clusterAt(text, 0));
        assertEquals(new Span(1, 2), WordBoundaries.clusterAt(text, 1));
    }

    @Test
    void clusterAtTheEndOfTheTextIsEmpty() {
        assertEquals(new Span(3, 3), WordBoundaries.clusterAt("غزة", 3));
    }

    @Test
    void snapToClusterMovesBackToTheClusterStart() {
        String text = "مُحَمَّد";
        assertEquals(4, WordBoundaries.snapToCluster(text, 6));
        assertEquals(4, WordBoundaries.snapToCluster(text, 4));
        assertEquals(8, WordBoundaries.snapToCluster(text, 8));
    }

    @Test
    void snapToClustersGrowsASelectionOutward() {
        String text = "مُحَمَّد";
        assertEquals(new Span(2, 7), WordBoundaries.snapToClusters(text, new Span(3, 5)));
    }

    @Test
    void anEmptyTextGivesEmptySpans() {
        assertEquals(new Span(0, 0), WordBoundaries.snapToWords("", new Span(0, 0)));
        assertEquals(new Span(0, 0), WordBoundaries.clusterAt("", 0));
        assertEquals(0, WordBoundaries.snapToCluster("", 0));
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> WordBoundaries.wordAt("غزة", 4));
        assertThrows(IllegalArgumentException.class, () -> WordBoundaries.snapToWords("غزة", new Span(0, 9)));
    }
}
