package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcliticMatcherTest {

    private static final ProcliticMatcher EXACT = new ProcliticMatcher();

    private static List<String> found(String text, String term) {
        return EXACT.find(text, term).stream().map(m -> m.span().of(text)).toList();
    }

    private static TermMatch only(String text, String term) {
        List<TermMatch> matches = EXACT.find(text, term);
        assertEquals(1, matches.size(), () -> term + " in " + text + ": " + matches);
        return matches.get(0);
    }

    @Test
    void matchesTheBareWord() {
        TermMatch match = only("وصل غانتس أمس", "غانتس");
        assertEquals(new Span(4, 9), match.span());
        assertEquals(match.span(), match.tokenSpan());
        assertEquals("", match.proclitic());
        assertFalse(match.hasProclitic());
    }

    @Test
    void matchesAfterTheConjunctionWaw() {
        TermMatch match = only("التقى الوزير وواشنطن", "واشنطن");
        assertEquals("واشنطن", match.span().of("التقى الوزير وواشنطن"));
        assertEquals(new Span(13, 20), match.tokenSpan());
        assertEquals("و", match.proclitic());
    }

    @Test
    void matchesAfterTheConjunctionFa() {
        assertEquals("ف", only("فغزة تنتظر", "غزة").proclitic());
    }

    @Test
    void matchesAfterThePrepositionBa() {
        TermMatch match = only("التقى بغانتس", "غانتس");
        assertEquals(new Span(7, 12), match.span());
        assertEquals("ب", match.proclitic());
    }

    @Test
    void matchesAfterThePrepositionLamWithAnyAlef() {
        assertEquals(List.of("إسرائيل"), found("الدعم لإسرائيل ثابت", "اسرائيل"));
        assertEquals(List.of("إسرائيل"), found("الدعم لإسرائيل ثابت", "إسرائيل"));
    }

    @Test
    void matchesAfterThePrepositionKaf() {
        assertEquals("ك", only("كغزة", "غزة").proclitic());
    }

    @Test
    void matchesAfterTheArticleWhenTheTermHasNone() {
        TermMatch match = only("في البنتاغون", "بنتاغون");
        assertEquals("ال", match.proclitic());
        assertEquals("بنتاغون", match.span().of("في البنتاغون"));
    }

    @Test
    void matchesATermWithTheArticleAfterConjunctionAndPreposition() {
        assertEquals("و", only("والبيت", "البيت").proclitic());
        assertEquals("وب", only("وبالبيت", "البيت").proclitic());
    }

    @Test
    void matchesLamLamAsPrepositionPlusArticle() {
        String text = "قال للبنتاغون";
        TermMatch withArticle = only(text, "البنتاغون");
        assertEquals("ل", withArticle.proclitic());
        assertEquals("لبنتاغون", withArticle.span().of(text), "the second lam is the article's");
        TermMatch withoutArticle = only(text, "بنتاغون");
        assertEquals("لل", withoutArticle.proclitic());
        assertEquals("بنتاغون", withoutArticle.span().of(text));
        assertEquals("ول", only("وللبنتاغون", "البنتاغون").proclitic());
    }

    @Test
    void lamBeforeAnArticleWithItsAlefIsNotAProclitic() {
        assertTrue(found("لالقدس", "قدس").isEmpty(), "ل + ال is written لل");
        assertEquals("لل", only("للقدس", "قدس").proclitic());
        assertTrue(found("لالقدس", "القدس").isEmpty());
        assertEquals(List.of("إسرائيل"), found("لإسرائيل", "اسرائيل"), "a word starting with alef still takes ل");
    }

    @Test
    void matchesTheWordAfterLamTatweelAndAQuoteMark() {
        String text = "تصريحات لـ”نتنياهو” أمس";
        TermMatch match = only(text, "نتنياهو");
        assertEquals("", match.proclitic(), "the quote mark ends the word لـ, so نتنياهو stands alone");
        assertEquals("نتنياهو", match.span().of(text));
    }

    @Test
    void matchesAfterLamTatweelWithoutAQuoteMark() {
        String text = "تصريحات لـنتنياهو";
        TermMatch match = only(text, "نتنياهو");
        assertEquals("ل", match.proclitic());
        assertEquals("نتنياهو", match.span().of(text), "the tatweel stays with the proclitic");
    }

    @Test
    void spanKeepsTheHarakatOfTheMatchedWord() {
        String text = "قال وَمُحَمَّدٌ";
        assertEquals(List.of("مُحَمَّدٌ"), found(text, "محمد"));
    }

    @Test
    void neverMatchesASuffixedForm() {
        assertTrue(found("المسؤولين الواشنطنيين", "واشنطن").isEmpty());
        assertTrue(found("الجيش الإسرائيلي", "إسرائيل").isEmpty());
        assertTrue(found("الحكومة الإسرائيلية", "اسرائيل").isEmpty());
    }

    @Test
    void neverStripsAWordThatOnlyLooksProclitized() {
        assertTrue(found("التقى بلينكن", "لينكن").size() == 1, "from the term outward: ب + لينكن");
        assertTrue(found("التقى بلينكن", "ينكن").isEmpty(), "بل is not a proclitic");
        assertEquals(List.of("بلينكن"), found("التقى بلينكن", "بلينكن"));
        assertTrue(found("بوتين", "وتين").size() == 1);
        assertTrue(found("بوتين", "تين").isEmpty());
    }

    @Test
    void aShortTermTakesNoProclitics() {
        assertTrue(found("بلي وولي", "لي").isEmpty());
        assertEquals(List.of("لي"), found("قال لي", "لي"));
    }

    @Test
    void matchesAPhraseOnConsecutiveWords() {
        String text = "وقال البيت   الأبيض";
        TermMatch match = only(text, "البيت الابيض");
        assertEquals("البيت   الأبيض", match.span().of(text));
    }

    @Test
    void aPhraseTakesAProcliticOnlyOnItsFirstWord() {
        assertEquals(List.of("الولايات المتحدة"), found("والولايات المتحدة", "الولايات المتحدة"));
        assertTrue(found("الولايات والمتحدة", "الولايات المتحدة").isEmpty());
    }

    @Test
    void aPhraseDoesNotMatchAcrossPunctuationOrALineBreak() {
        assertTrue(found("البيت، الأبيض", "البيت الأبيض").isEmpty());
        assertTrue(found("البيت\nالأبيض", "البيت الأبيض").isEmpty());
    }

    @Test
    void aPhraseMatchesTheSameSeparator() {
        assertEquals(List.of("جو-برس"), found("المصدر: جو-برس", "جو - برس"));
    }

    @Test
    void matchesDigitsAcrossScripts() {
        assertEquals(List.of("١٤٠٠"), found("اعترض ١٤٠٠ صاروخ", "1400"));
        assertEquals(List.of("٣٫٥"), found("بنسبة ٣٫٥٪", "3.5"));
    }

    @Test
    void matchesPresentationFormsAndLigatures() {
        assertEquals(List.of("ﻻ"), found("قال ﻻ", "لا"));
        assertEquals(List.of("ﺇﻳﺮﺍﻥ"), found("ﺇﻳﺮﺍﻥ", "إيران"));
    }

    @Test
    void aTermWithoutWordsMatchesNothing() {
        assertTrue(EXACT.find("غزة، رفح", "،").isEmpty());
        assertTrue(EXACT.find("غزة", "").isEmpty());
    }

    @Test
    void relatedFormsAcceptNisbaEndings() {
        ProcliticMatcher related = new ProcliticMatcher(true);
        String text = "الجيش الإسرائيلي والحكومة الإسرائيلية والمسؤولين الواشنطنيين";
        List<TermMatch> israel = related.find(text, "إسرائيل");
        assertEquals(List.of("إسرائيل", "إسرائيل"), israel.stream().map(m -> m.span().of(text)).toList());
        assertEquals("الإسرائيلي", israel.get(0).tokenSpan().of(text));
        assertEquals(1, related.find(text, "واشنطن").size());
        assertTrue(related.relatedForms());
        assertFalse(EXACT.relatedForms());
    }

    @Test
    void findsEveryOccurrenceInOrder() {
        String text = "غانتس وغانتس بغانتس لغانتس";
        List<TermMatch> matches = EXACT.find(text, "غانتس");
        assertEquals(List.of("", "و", "ب", "ل"), matches.stream().map(TermMatch::proclitic).toList());
        for (TermMatch match : matches) {
            assertEquals("غانتس", match.span().of(text));
        }
    }
}
