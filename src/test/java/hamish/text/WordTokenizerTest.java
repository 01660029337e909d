package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> words(String text) {
        return WordTokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsArabicWordsAtSpacesAndPunctuation() {
        assertEquals(List.of("وصل", "الوفد", "إلى", "عمّان", "مساء", "الأحد"),
                words("وصل الوفد إلى عمّان، مساء الأحد."));
    }

    @Test
    void keepsHarakatAndShaddaInsideTheWord() {
        String text = "قال مُحَمَّدٌ كلمته";
        List<Token> tokens = WordTokenizer.tokenize(text);
        assertEquals(List.of("قال", "مُحَمَّدٌ", "كلمته"), tokens.stream().map(Token::text).toList());
        assertEquals(new Span(4, 13), tokens.get(1).span());
    }

    @Test
    void keepsTatweelInsideAndAtTheEndOfAWord() {
        assertEquals(List.of("زار", "الـــقدس", "أمس"), words("زار الـــقدس أمس"));
        assertEquals(List.of("قالت", "لـ", "نتنياهو"), words("قالت لـ”نتنياهو”"));
    }

    @Test
    void aRunOfTatweelAloneIsNotAWord() {
        assertEquals(List.of("قبل", "بعد"), words("قبل ــــ بعد"));
    }

    @Test
    void numbersInEitherDigitSetAreWords() {
        assertEquals(List.of("أطلق", "1400", "صاروخ", "عام", "٢٠١٥"), words("أطلق 1400 صاروخ عام ٢٠١٥"));
        assertEquals(List.of("بنسبة", "3.5"), words("بنسبة 3.5%"));
    }

    @Test
    void latinWordsAreWords() {
        assertEquals(List.of("نشر", "على", "Twitter", "أمس"), words("نشر على Twitter أمس"));
    }

    @Test
    void emojiAndQuoteMarksAreNotWords() {
        String text = "😀«غزة»";
        List<Token> tokens = WordTokenizer.tokenize(text);
        assertEquals(1, tokens.size());
        assertEquals("غزة", tokens.get(0).text());
        assertEquals(new Span(3, 6), tokens.get(0).span(), "the emoji counts two UTF-16 chars");
    }

    @Test
    void presentationFormsAndLigaturesAreWords() {
        assertEquals(List.of("ﻻ", "ﷲ"), words("ﻻ ﷲ"));
    }

    @Test
    void tokenTextIsTheTextUnderItsSpan() {
        String text = "وأكد أوستن، في بيان: «ندعم إسرائيل» 😀 ١٤٠٠!";
        for (Token token : WordTokenizer.tokenize(text)) {
            assertEquals(token.span().of(text), token.text());
        }
    }

    @Test
    void tokenizesARegionWithOffsetsIntoTheWholeText() {
        String text = "سطر أول\nسطر ثان";
        List<Token> tokens = WordTokenizer.tokenize(text, new Span(8, text.length()));
        assertEquals(List.of(new Span(8, 11), new Span(12, 15)), tokens.stream().map(Token::span).toList());
    }

    @Test
    void emptyAndBlankTextsHaveNoWords() {
        assertTrue(words("").isEmpty());
        assertTrue(words("  ، . “ ” \n").isEmpty());
    }

    @Test
    void tokenRefusesTextThatDoesNotFitItsSpan() {
        assertThrows(IllegalArgumentException.class, () -> new Token("غزة", new Span(0, 2)));
    }
}
