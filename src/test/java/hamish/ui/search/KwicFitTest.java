package hamish.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Context cut to the room beside the match: the near end kept, "…" at the far end, never inside a grapheme. */
class KwicFitTest {

    /** Ten units a char: widths are exact, so the expected cuts can be counted by hand. */
    private static final ToDoubleFunction<String> TEN_A_CHAR = s -> 10.0 * s.length();

    @Test
    void contextThatFitsIsKeptWhole() {
        assertEquals("قال الوزير ", KwicFit.tail("قال الوزير ", 500, TEN_A_CHAR));
        assertEquals(" في بيان", KwicFit.head(" في بيان", 500, TEN_A_CHAR));
    }

    @Test
    void beforeKeepsItsEndAndAfterItsStartWithAnEllipsisWhereCut() {
        // Room for 6 chars: "…" and the 5 chars next to the match.
        assertEquals("…وزير ", KwicFit.tail("قال الوزير ", 60, TEN_A_CHAR));
        assertEquals(" في ب…", KwicFit.head(" في بيان", 60, TEN_A_CHAR));
    }

    @Test
    void aCutNeverSeparatesALetterFromItsHarakat() {
        String voweled = "مُحَمَّدٌ";
        for (int room = 10; room <= 10 * voweled.length(); room += 10) {
            String tail = KwicFit.tail(voweled, room, TEN_A_CHAR);
            String head = KwicFit.head(voweled, room, TEN_A_CHAR);
            String tailKept = tail.startsWith(KwicFit.ELLIPSIS) ? tail.substring(1) : tail;
            assertTrue(tailKept.isEmpty() || !isMark(tailKept.charAt(0)), "tail at " + room + ": " + tail);
            assertTrue(KwicFit.boundaries(voweled).contains(voweled.length() - tailKept.length()), "tail at " + room + ": " + tail);
            assertTrue(tail.length() * 10 <= room, "fits: " + tail);
            String kept = head.endsWith(KwicFit.ELLIPSIS) ? head.substring(0, head.length() - 1) : head;
            assertTrue(kept.isEmpty() || KwicFit.boundaries(voweled).contains(kept.length()), "head at " + room + ": " + head);
            assertTrue(head.length() * 10 <= room, "fits: " + head);
        }
    }

    @Test
    void noRoomLeavesNothingRatherThanABareEllipsisThatDoesNotFit() {
        assertEquals("", KwicFit.tail("قال الوزير ", 5, TEN_A_CHAR));
        assertEquals("…", KwicFit.head("قال الوزير ", 10, TEN_A_CHAR));
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
