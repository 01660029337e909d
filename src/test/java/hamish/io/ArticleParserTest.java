package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    @Test
    void readsHeaderAndStoresOnlyTheBody() {
        String text = "Title: قمة المياه\noutlet : فجر السهول\nDATE: 2025-03-14\nlanguage: AR\n---\nوقال الوزير إن القمة نجحت.\n";
        ParsedArticle a = ArticleParser.parse(text, "a.txt");
        assertEquals("قمة المياه", a.title());
        assertEquals("فجر السهول", a.outlet());
        assertEquals(LocalDate.of(2025, 3, 14), a.published());
        assertEquals("ar", a.language());
        assertEquals("وقال الوزير إن القمة نجحت.", a.text());
    }

    @Test
    void dropsBlankLinesBetweenHeaderAndBody() {
        ParsedArticle a = ArticleParser.parse("title: ع\n---\n\n  \nالنص\n\nفقرة", "a.txt");
        assertEquals("النص\n\nفقرة", a.text());
    }

    @Test
    void acceptsArabicIndicDigitsInHeaderDate() {
        assertEquals(LocalDate.of(2025, 3, 14), ArticleParser.parse("date: ٢٠٢٥-٠٣-١٤\n---\nنص", "a.txt").published());
    }

    @Test
    void headerWithoutTitleFallsBackToFirstBodyLine() {
        ParsedArticle a = ArticleParser.parse("outlet: مرايا الضفتين\n---\n\n  عنوان الخبر  \nالنص", "a.txt");
        assertEquals("عنوان الخبر", a.title());
        assertEquals("مرايا الضفتين", a.outlet());
        assertNull(a.published());
        assertEquals("ar", a.language());
    }

    @Test
    void refusesUnclosedHeader() {
        ImportException e = assertThrows(ImportException.class,
                () -> ArticleParser.parse("title: عنوان\noutlet: مكان\nالنص بلا فاصل", "open.txt"));
        assertEquals("open.txt: metadata header line 3 is not 'key: value' with a key among title, outlet, date, language"
                + " (a header at the top must end with a line ---)", e.getMessage());
        e = assertThrows(ImportException.class, () -> ArticleParser.parse("title: عنوان\noutlet: مكان\n", "open.txt"));
        assertTrue(e.getMessage().startsWith("open.txt: ") && e.getMessage().contains("not closed by a line ---"), e.getMessage());
    }

    @Test
    void refusesBadDateAndRepeatedKey() {
        ImportException e = assertThrows(ImportException.class, () -> ArticleParser.parse("date: 14/03/2025\n---\nنص", "d.txt"));
        assertTrue(e.getMessage().startsWith("d.txt: ") && e.getMessage().contains("14/03/2025"), e.getMessage());
        e = assertThrows(ImportException.class, () -> ArticleParser.parse("title: أ\ntitle: ب\n---\nنص", "d.txt"));
        assertTrue(e.getMessage().contains("'title' twice"), e.getMessage());
    }

    @Test
    void refusesHeaderWithNoBody() {
        ImportException e = assertThrows(ImportException.class, () -> ArticleParser.parse("title: عنوان\n---\n\n", "h.txt"));
        assertEquals("h.txt: there is no article text after the metadata header", e.getMessage());
    }

    @Test
    void withoutHeaderKeepsWholeTextAndTakesFirstLineAsTitle() {
        String text = "\n  خبر عاجل من المدينة \nوقال المتحدث: «لا تعليق».\n\nالمصدر : «وكالة النخيل».\n\n";
        ParsedArticle a = ArticleParser.parse(text, "a.txt");
        assertEquals("خبر عاجل من المدينة", a.title());
        assertEquals("وكالة النخيل", a.outlet());
        assertEquals(text.stripTrailing(), a.text());
    }

    @Test
    void readsEnglishSourceLine() {
        assertEquals("Plains Dawn", ArticleParser.parse("عنوان\nنص\nsource: Plains Dawn.", "a.txt").outlet());
    }

    @Test
    void ignoresSourceLineThatIsNotLast() {
        assertEquals("", ArticleParser.parse("عنوان\nالمصدر: جو-برس\nفقرة أخيرة", "a.txt").outlet());
    }

    @Test
    void limitsLongTitle() {
        String line = "ب".repeat(500);
        assertEquals(ArticleParser.MAX_TITLE_LENGTH, ArticleParser.parse(line, "a.txt").title().length());
    }

    @Test
    void firstSeedTakesHeadlineAndOutletFromSourceLine() {
        String text = Seeds.text(Seeds.FIRST);
        ParsedArticle a = ArticleParser.parse(text, Seeds.FIRST);
        assertEquals("واشنطن تبحث “غانتس” قضايا مشتركة وتؤكد التزامها بتفوق “إسرائيل” العسكري", a.title());
        assertEquals("جو-برس", a.outlet());
        assertNull(a.published());
        assertEquals(text.stripTrailing(), a.text());
        assertTrue(a.text().startsWith(a.title()), "the headline stays in the text");
    }

    @Test
    void secondSeedHasTitleButNoOutlet() {
        ParsedArticle a = ArticleParser.parse(Seeds.text(Seeds.SECOND), Seeds.SECOND);
        assertEquals("بلينكن يلتقي بغانتس في واشنطن", a.title());
        assertEquals("", a.outlet());
    }
}
