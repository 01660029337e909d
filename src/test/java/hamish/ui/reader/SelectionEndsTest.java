package hamish.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hamish.text.GraphemeBoundaries;
import org.junit.jupiter.api.Test;

/** The reader's last step before a selection is shown or tagged: no end inside a character. */
class SelectionEndsTest {

    private static final String TEXT = "اعترضت 🙂 في مُحَمَّد 👨\u200D👩\u200D👧 نعم";
    private final GraphemeBoundaries clusters = new GraphemeBoundaries(TEXT);

    @Test
    void aSelectionGrowsOutOfAnEmojiInEitherDirection() {
        int emoji = TEXT.indexOf("🙂");
        assertEquals(new SelectionEnds(emoji, emoji + 2), SelectionEnds.onGraphemes(clusters, emoji + 1, emoji + 2));
        assertEquals(new SelectionEnds(emoji + 2, emoji), SelectionEnds.onGraphemes(clusters, emoji + 1, emoji),
                "dragged backwards: the anchor moves forward, the caret back");
        assertEquals(new SelectionEnds(0, emoji + 2), SelectionEnds.onGraphemes(clusters, 0, emoji + 1));
    }

    @Test
    void aCaretInsideACharacterMovesToItsStart() {
        int emoji = TEXT.indexOf("🙂");
        assertEquals(new SelectionEnds(emoji, emoji), SelectionEnds.onGraphemes(clusters, emoji + 1, emoji + 1));
        int meem = TEXT.indexOf("مُ");
        assertEquals(new SelectionEnds(meem, meem), SelectionEnds.onGraphemes(clusters, meem + 1, meem + 1),
                "between a letter and its damma");
    }

    @Test
    void exactCharacterSelectionsKeepWholeZwjSequencesAndHarakat() {
        int family = TEXT.indexOf("👨");
        int familyEnd = TEXT.indexOf(" نعم");
        assertEquals(new SelectionEnds(family, familyEnd), SelectionEnds.onGraphemes(clusters, family + 3, family + 5));
        int shadda = TEXT.indexOf("مَّ");
        assertEquals(new SelectionEnds(shadda, shadda + 3), SelectionEnds.onGraphemes(clusters, shadda, shadda + 1),
                "a letter is never split from its shadda and fatha");
    }

    @Test
    void endsOnBoundariesAreLeftAlone() {
        assertEquals(new SelectionEnds(0, 6), SelectionEnds.onGraphemes(clusters, 0, 6));
        assertEquals(new SelectionEnds(6, 0), SelectionEnds.onGraphemes(clusters, 6, 0));
        assertEquals(new SelectionEnds(TEXT.length(), TEXT.length()), SelectionEnds.onGraphemes(clusters, TEXT.length(), TEXT.length()));
    }
}
