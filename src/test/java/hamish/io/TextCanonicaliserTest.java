package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCanonicaliserTest {

    @Test
    void turnsCrlfIntoNewline() {
        assertEquals("سطر\nسطر\n", TextCanonicaliser.canonicalise("سطر\r\nسطر\r\n"));
    }

    @Test
    void turnsLoneCarriageReturnIntoNewline() {
        assertEquals("أ\nب\n", TextCanonicaliser.canonicalise("أ\rب\r"));
    }

    @Test
    void handlesMixedLineEndingsWithoutMergingBlankLines() {
        assertEquals("a\n\nb\n\nc\nd", TextCanonicaliser.canonicalise("a\r\n\r\nb\n\rc\rd"));
        assertEquals("a\n\n", TextCanonicaliser.canonicalise("a\r\r"));
    }

    @Test
    void composesAlefAndCombiningHamzaAbove() {
        String decomposed = "\u0627\u0654\u062D\u0645\u062F"; // ا + hamza above, then حمد
        assertEquals("أحمد", TextCanonicaliser.canonicalise(decomposed));
        assertEquals("\u0623", TextCanonicaliser.canonicalise("\u0627\u0654"));
    }

    @Test
    void stripsLeadingByteOrderMarkOnly() {
        assertEquals("خبر\uFEFFعاجل", TextCanonicaliser.canonicalise("\uFEFFخبر\uFEFFعاجل"));
    }

    @Test
    void leavesEverythingElseAlone() {
        String text = "  وقال: «نعم» —\tالمسؤولَيْن ـــ 1400\u200F  \n\n";
        assertEquals(text, TextCanonicaliser.canonicalise(text));
    }
}
