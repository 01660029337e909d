package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.model.Span;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The map from folded text back to the exact characters of the original. */
class NormalizedTextTest {

    /** The original span of the first occurrence of {@code folded} in the folded form of {@code original}. */
    private static Span originalOf(String original, String folded) {
        NormalizedText normalized = ArabicNormalizer.normalize(original);
        int at = normalized.text().indexOf(folded);
        if (at < 0) {
            throw new AssertionError(folded + " not in " + normalized.text());
        }
        return normalized.toOriginal(new Span(at, at + folded.length()));
    }

    @Test
    void spanCoversTheHarakatOfTheWord() {
        String text = "قال مُحَمَّد أمس";
        assertEquals(new Span(4, 12), originalOf(text, "محمد"));
        assertEquals("مُحَمَّد", originalOf(text, "محمد").of(text));
    }

    @Test
    void spanCoversTatweelInsideTheWord() {
        String text = "في الـــقدس";
        assertEquals("الـــقدس", originalOf(text, "القدس").of(text));
        assertEquals(new Span(8, 11), originalOf(text, "قدس"));
    }

    @Test
    void spanEndExtendsOverTrailingTatweel() {
        String text = "في الـــقدس";
        assertEquals("الـــ", originalOf(text, "ال").of(text));
    }

    @Test
    void spanEndStopsBeforeBidiMarks() {
        String text = "غزة\u200F، رفح";
        assertEquals(new Span(0, 3), originalOf(text, "غزه"));
    }

    @Test
    void emojiBeforeTheSpanCountsTwoChars() {
        String text = "😀 غانتس";
        assertEquals(new Span(3, 8), originalOf(text, "غانتس"));
    }

    @Test
    void lamAlefLettersMapOneToOne() {
        String text = "قال: لا";
        assertEquals(new Span(5, 7), originalOf(text, "لا"));
    }

    @Test
    void lamAlefPresentationFormMapsToTheWholeLigature() {
        String text = "ﻻ بد";
        NormalizedText normalized = ArabicNormalizer.normalize(text);
        assertEquals("لا بد", normalized.text());
        assertEquals(new Span(0, 1), normalized.toOriginal(new Span(0, 2)));
        assertEquals(new Span(0, 1), normalized.toOriginal(new Span(1, 2)), "half a ligature is the whole ligature");
        assertEquals(new Span(2, 4), normalized.toOriginal(new Span(3, 5)));
    }

    @Test
    void arabicIndicDigitsMapOneToOne() {
        String text = "عام ١٤٠٠ م";
        assertEquals(new Span(4, 8), originalOf(text, "1400"));
    }

    @Test
    void expandingLigatureKeepsLaterOffsetsExact() {
        String text = "بسم ﷲ تعالى";
        NormalizedText normalized = ArabicNormalizer.normalize(text);
        assertEquals("بسم الله تعالي", normalized.text());
        assertEquals(new Span(4, 5), originalOf(text, "الله"));
        assertEquals("تعالى", originalOf(text, "تعالي").of(text));
        assertEquals(text.length(), normalized.originalOffset(normalized.length()));
    }

    @Test
    void composedHamzaCoversBothOriginalChars() {
        String text = "مسو\u0654ول";
        assertEquals(new Span(0, 4), originalOf(text, "مسؤ"));
    }

    @Test
    void emptySpanMapsToThePositionOfTheNextKeptChar() {
        NormalizedText normalized = ArabicNormalizer.normalize("مُحَمَّد");
        assertEquals(new Span(2, 2), normalized.toOriginal(new Span(1, 1)));
    }

    @Test
    void refusesSpansPastTheEnd() {
        NormalizedText normalized = ArabicNormalizer.normalize("غزة");
        assertThrows(IllegalArgumentException.class, () -> normalized.toOriginal(new Span(0, 4)));
        assertThrows(IllegalArgumentException.class, () -> normalized.originalOffset(4));
    }

    @Test
    void everySpanMapsToOriginalTextThatFoldsBackToIt() {
        // letters, harakat, tatweel, hamza forms, a separate hamza, bidi marks, emoji, digits, one-char
        // presentation forms: everything except ligatures that expand, which map to the whole ligature.
        String[] pieces = {"ا", "أ", "ل", "م", "ح", "د", "ة", "ى", "و", "\u0654", "\u064E", "\u0651", "\u0670", "ـ",
            " ", "،", "\u200F", "😀", "١", "7", "A", "ﺇ", "ﹰ", "ی"};
        Random random = new Random(20260401L);
        for (int round = 0; round < 300; round++) {
            StringBuilder original = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                original.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = original.toString();
            NormalizedText normalized = ArabicNormalizer.normalize(text);
            String folded = normalized.text();
            for (int start = 0; start <= folded.length(); start++) {
                for (int end = start; end <= folded.length(); end++) {
                    if (splitsSurrogatePair(folded, start) || splitsSurrogatePair(folded, end)) {
                        continue;
                    }
                    Span back = normalized.toOriginal(new Span(start, end));
                    assertEquals(folded.substring(start, end), ArabicNormalizer.fold(back.of(text)),
                            () -> "in \"" + text + "\" span " + back);
                }
            }
        }
    }

    private static boolean splitsSurrogatePair(String s, int offset) {
        return offset > 0 && offset < s.length() && Character.isLowSurrogate(s.charAt(offset))
                && Character.isHighSurrogate(s.charAt(offset - 1));
    }
}
