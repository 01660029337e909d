package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFinderTest {

    private static List<String> found(String text, String query) {
        return TextFinder.findAll(text, query).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void findsWordsWithTheirProcliticsInAnySpelling() {
        String text = "قال أوستن لإسرائيل، ثم التقى اوستن بإسرائيل";
        assertEquals(List.of("أوستن", "اوستن"), found(text, "اوستن"));
        assertEquals(List.of("إسرائيل", "إسرائيل"), found(text, "إسرائيل"));
    }

    @Test
    void aFragmentOfAWordFindsNothing() {
        assertTrue(found("وصل غانتس", "غانت").isEmpty());
    }

    @Test
    void findsPhrases() {
        assertEquals(List.of("الولايات المتحدة"), found("مع الولايات المتحدة.", "الولايات المتحدة"));
    }

    @Test
    void spansAreSortedAndDoNotOverlap() {
        String text = "غزة غزة غزة";
        assertEquals(List.of(new Span(0, 7)), TextFinder.findAll(text, "غزة غزة"));
    }

    @Test
    void aQueryWithoutWordsIsSearchedLiterally() {
        String text = "قال «نعم» وقال «لا»";
        assertEquals(List.of(new Span(4, 5), new Span(15, 16)), TextFinder.findAll(text, "«"));
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertTrue(TextFinder.findAll("غزة", "  ").isEmpty());
    }

    @Test
    void aFinderAnswersSeveralQueriesOnOneText() {
        TextFinder finder = new TextFinder("وصل بلينكن إلى غزة");
        assertEquals(List.of(new Span(4, 10)), finder.findAll("بلينكن"));
        assertEquals(List.of(new Span(15, 18)), finder.findAll("غزه"));
    }
}
