package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.text.QuoteCandidate.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteDetectorTest {

    private static List<String> quotes(String text, Kind kind) {
        return QuoteDetector.detect(text).stream().filter(q -> q.kind() == kind).map(q -> q.span().of(text)).toList();
    }

    @Test
    void allMarkStylesAreInterchangeable() {
        String text = "قال: «نحن مستعدون للحوار» ثم أضاف “لن نتراجع عن موقفنا” وختم \"سنواصل العمل معا حتى النهاية\".";
        assertEquals(List.of("نحن مستعدون للحوار", "لن نتراجع عن موقفنا", "سنواصل العمل معا حتى النهاية"), quotes(text, Kind.QUOTE));
    }

    @Test
    void aMarkIsTakenByWhereItStandsNotByItsShape() {
        String text = "بعد تصريحات لـ”نتنياهو” قال الوزير ”إننا لن نقبل بذلك أبدا“.";
        assertEquals(List.of("نتنياهو"), quotes(text, Kind.NAME_IN_QUOTES));
        assertEquals(List.of("إننا لن نقبل بذلك أبدا"), quotes(text, Kind.QUOTE));
    }

    @Test
    void shortVerblessQuotationsAreNamesInQuotes() {
        String text = "واشنطن تبحث “غانتس” وموقع “والا” العبري و“وول ستريت جورنال” وقال “لا نريد الحرب” و“تهديدات إيران ووكلائها”.";
        assertEquals(List.of("غانتس", "والا", "وول ستريت جورنال"), quotes(text, Kind.NAME_IN_QUOTES));
        assertEquals(List.of("لا نريد الحرب", "تهديدات إيران ووكلائها"), quotes(text, Kind.QUOTE));
    }

    @Test
    void aQuotationLeftOpenEndsAtItsParagraphWithLowerConfidence() {
        String text = "وأضاف: “كرر الوزير دعمه للاتفاق.  \nوفي السياق ذاته، التقى الوزيران.";
        List<QuoteCandidate> found = QuoteDetector.detect(text);
        assertEquals(1, found.size());
        QuoteCandidate open = found.get(0);
        assertEquals("كرر الوزير دعمه للاتفاق.", open.span().of(text));
        assertEquals("“كرر الوزير دعمه للاتفاق.", open.withMarks().of(text));
        assertTrue(open.closedAtParagraphEnd());
        assertFalse(open.isHighConfidence());
    }

    @Test
    void quotationsNest() {
        String text = "وقال “منع تعزيز “قوة” حماس هو الطريق”، متابعا.";
        List<QuoteCandidate> found = QuoteDetector.detect(text);
        assertEquals(List.of("منع تعزيز “قوة” حماس هو الطريق", "قوة"),
                found.stream().map(q -> q.span().of(text)).toList());
        assertEquals(List.of(Kind.QUOTE, Kind.NAME_IN_QUOTES), found.stream().map(QuoteCandidate::kind).toList());
        assertEquals("“منع تعزيز “قوة” حماس هو الطريق”", found.get(0).withMarks().of(text));
    }

    @Test
    void strayClosersAndEmptyMarksAreIgnored() {
        assertEquals(List.of(), QuoteDetector.detect("انتهى الاجتماع” دون نتيجة « » ثم خرج."));
    }

    @Test
    void seedArticlesGiveTheirQuotationsAndNamesInQuotes() {
        String first = SeedArticles.read(SeedArticles.FIRST);
        assertEquals(List.of("غانتس", "إسرائيل", "غانتس", "نتنياهو", "والا"), quotes(first, Kind.NAME_IN_QUOTES));
        assertEquals(List.of("تهديدات إيران ووكلائها"), quotes(first, Kind.QUOTE));

        String second = SeedArticles.read(SeedArticles.SECOND);
        assertEquals(List.of("بنتاغون", "البنتاجون", "رويترز", "تويتر", "قوة"), quotes(second, Kind.NAME_IN_QUOTES));
        List<QuoteCandidate> real = QuoteDetector.detect(second).stream().filter(q -> q.kind() == Kind.QUOTE).toList();
        assertEquals(13, real.size());
        List<QuoteCandidate> open = real.stream().filter(QuoteCandidate::closedAtParagraphEnd).toList();
        assertEquals(1, open.size());
        assertTrue(open.get(0).span().of(second).startsWith("كرر الوزير بلينكن إيمان الإدارة"));
        assertTrue(open.get(0).span().of(second).endsWith("والازدهار والديمقراطية."));
        assertTrue(real.stream().anyMatch(q -> q.span().of(second).equals("متحدون تمامًا في الالتزام بمنع أن تصبح إيران دولة نووية")));
        assertTrue(real.stream().anyMatch(q -> q.span().of(second).equals("نحن في هذا المأزق لأن برنامج إيران النووي يتطور إلى نقطة")));
    }
}
