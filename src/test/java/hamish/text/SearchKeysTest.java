package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void procliticFreeFormsOfAttachedWords() {
        assertEquals(List.of("اسرائيل"), SearchKeys.procliticFree(ArabicNormalizer.fold("لإسرائيل")));
        assertTrue(SearchKeys.procliticFree("للبنتاغون").containsAll(List.of("البنتاغون", "بنتاغون")));
        assertTrue(SearchKeys.procliticFree("والبيت").containsAll(List.of("البيت", "بيت")));
    }

    @Test
    void remaindersUnderThreeLettersAreNotKeys() {
        assertEquals(List.of(), SearchKeys.procliticFree("بلي"));
        assertEquals(List.of(), SearchKeys.procliticFree("غزه"));
    }

    @Test
    void skeletonJoinsGhainAndJeemSpellingsOnly() {
        assertEquals(SearchKeys.skeleton("البنتاغون"), SearchKeys.skeleton("البنتاجون"));
        assertEquals(SearchKeys.skeleton("نتنياهو"), SearchKeys.skeleton("نتانياهو"));
        assertNotEquals(SearchKeys.skeleton("واشنطن"), SearchKeys.skeleton("بيروت"));
    }

    @Test
    void variantFinderFindsTheOtherSpellingWithoutItsProclitic() {
        String text = "قال مسؤول في البنتاجون إن للبنتاجون رأيا آخر.";
        List<Span> spans = VariantFinder.findAll(text, "البنتاغون");
        assertEquals(List.of("البنتاجون", "لبنتاجون"), spans.stream().map(s -> s.of(text)).toList());
        assertTrue(TextFinder.findAll(text, "البنتاغون").isEmpty(), "exact find ignores variants");
    }
}
