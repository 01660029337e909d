package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import org.junit.jupiter.api.Test;

/** One test per folding rule, each on a word a news text could hold. */
class ArabicNormalizerTest {

    private static String fold(String s) {
        return ArabicNormalizer.fold(s);
    }

    @Test
    void foldsAlefWithHamzaAbove() {
        assertEquals("اوستن", fold("أوستن"));
    }

    @Test
    void foldsAlefWithHamzaBelow() {
        assertEquals("ايران", fold("إيران"));
    }

    @Test
    void foldsAlefWithMadda() {
        assertEquals("الان", fold("الآن"));
    }

    @Test
    void foldsAlefWasla() {
        assertEquals("القدس", fold("ٱلقدس"));
    }

    @Test
    void foldsWavyHamzaAlefs() {
        assertEquals("احمد", fold("ٲحمد"));
        assertEquals("اسلام", fold("ٳسلام"));
    }

    @Test
    void foldsAlefMaqsuraToYa() {
        assertEquals("مستشفي", fold("مستشفى"));
    }

    @Test
    void foldsTaMarbutaToHa() {
        assertEquals("غزه", fold("غزة"));
    }

    @Test
    void foldsPersianYaAndKeheh() {
        assertEquals("ايران", fold("ایران"));
        assertEquals("كابل", fold("کابل"));
    }

    @Test
    void removesTatweel() {
        assertEquals("القدس", fold("الـــقدس"));
    }

    @Test
    void removesHarakatAndShadda() {
        assertEquals("محمد", fold("مُحَمَّدٌ"));
    }

    @Test
    void removesSukunAndTanween() {
        assertEquals("من", fold("مِنْ"));
        assertEquals("شكرا", fold("شكرًا"));
    }

    @Test
    void removesTheDaggerAlef() {
        assertEquals("هذا", fold("هٰذا"));
    }

    @Test
    void removesSmallHighSignsAndQuranicMarks() {
        assertEquals("محمد", fold("محمدؐ"));
        assertEquals("الرحيم", fold("ٱلرَّحِيمِۙ"));
    }

    @Test
    void removesExtendedHarakat() {
        assertEquals("كتاب", fold("كتابࣰ"));
    }

    @Test
    void removesBidiMarksAndJoiners() {
        assertEquals("غزه", fold("\u200Fغزة\u200E"));
        assertEquals("ميخواهم", fold("می\u200Cخواهم"));
        assertEquals("غزه", fold("\u2067غ\u200Dزة\u2069"));
    }

    @Test
    void removesSoftHyphenAndByteOrderMark() {
        assertEquals("البنتاغون", fold("\uFEFFالبنتا\u00ADغون"));
    }

    @Test
    void foldsArabicIndicDigits() {
        assertEquals("1400", fold("١٤٠٠"));
    }

    @Test
    void foldsPersianDigits() {
        assertEquals("2015", fold("۲۰۱۵"));
    }

    @Test
    void foldsArabicDecimalAndThousandsSeparatorsAndPercent() {
        assertEquals("3.5%", fold("٣٫٥٪"));
        assertEquals("1,400", fold("١٬٤٠٠"));
    }

    @Test
    void lowerCasesLatin() {
        assertEquals("twitter", fold("Twitter"));
    }

    @Test
    void decomposesLamAlefPresentationForm() {
        assertEquals("لا", fold("ﻻ"));
        assertEquals("لا", fold("ﻷ"), "lam with alef-hamza: the hamza folds too");
    }

    @Test
    void decomposesWordsPastedFromPdf() {
        assertEquals("ايران", fold("ﺇﻳﺮﺍﻥ"));
    }

    @Test
    void expandsTheAllahLigature() {
        assertEquals("الله", fold("ﷲ"));
    }

    @Test
    void dropsIsolatedHarakaFormsWithoutLeavingASpace() {
        assertEquals("كتابا", fold("كتابﹰا"));
    }

    @Test
    void composesASeparateHamzaWithItsCarrier() {
        assertEquals("مسؤول", fold("مسو\u0654ول"));
        assertEquals("رئيس", fold("ري\u0654يس"));
        assertEquals("احمد", fold("ا\u0654حمد"));
        assertEquals("امال", fold("ا\u0653مال"));
    }

    @Test
    void composesAHamzaTypedAfterAHaraka() {
        assertEquals("مسؤول", fold("مسو\u064E\u0654ول"));
    }

    @Test
    void keepsHamzaOnWawAndYaAndTheBareHamza() {
        assertEquals("مسؤول", fold("مسؤول"));
        assertEquals("رئيس", fold("رئيس"));
        assertEquals("جاء", fold("جاء"));
        assertNotEquals(fold("مسؤول"), fold("مسوول"));
    }

    @Test
    void keepsNamesWhole() {
        assertEquals("واشنطن", fold("واشنطن"));
        assertEquals("البنتاغون", fold("البنتاغون"));
        assertEquals("بلينكن", fold("بلينكن"));
    }

    @Test
    void dualWithDiacriticsFoldsLikeThePlainSpelling() {
        assertEquals(fold("المسؤولين"), fold("المسؤولَيْن"));
    }

    @Test
    void leavesSpacesPunctuationAndEmojiAlone() {
        assertEquals("قال: «نعم»، 😀", fold("قال: «نعم»، 😀"));
    }

    @Test
    void foldingIsIdempotent() {
        String text = "وأكّد الـــوزير أنّ ﷲ ﻻ ١٤٠٠ «إسرائيل» Twitter";
        assertEquals(fold(text), fold(fold(text)));
    }

    @Test
    void theBasicArabicLettersAnsweredWithoutICUAreIndeedNotMarks() {
        for (int cp = 0x0621; cp <= 0x064A; cp++) {
            if (cp >= 0x063B && cp <= 0x0640) {
                continue;
            }
            assertNotEquals(UCharacterCategory.NON_SPACING_MARK, UCharacter.getType(cp), Integer.toHexString(cp));
            assertFalse(ArabicNormalizer.isRemovedMark(cp), Integer.toHexString(cp));
        }
    }
}
