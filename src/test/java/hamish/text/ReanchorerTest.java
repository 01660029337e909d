package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.bench.support.ArabicTextGenerator;
import hamish.model.Annotation;
import hamish.model.Span;
import hamish.text.Reanchorer.Result;
import hamish.text.Reanchorer.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReanchorerTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT = "قال وزير الخارجية إن المفاوضات مع الوفد ستستأنف غدا في العاصمة.\n"
            + "وأضاف أن الوفد سيزور العاصمة مرة أخرى قبل نهاية الشهر.";

    private static Annotation at(String text, String quote, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(quote, start + 1);
        }
        return Annotation.of(1, text, new Span(start, start + quote.length()), 1, "test", NOW);
    }

    @Test
    void anUnchangedTextKeepsEveryPosition() {
        Annotation a = at(TEXT, "الوفد", 1);
        Result r = Reanchorer.reanchor(TEXT, a);
        assertEquals(Status.EXACT_POSITION, r.status());
        assertEquals(a.span(), r.newSpan());
    }

    @Test
    void anEditBeforeMovesTheSpanToTheSameOccurrence() {
        Annotation second = at(TEXT, "العاصمة", 1);
        String edited = "عاجل: " + TEXT;
        Result r = Reanchorer.reanchor(edited, second);
        assertEquals(Status.MOVED, r.status());
        assertEquals(second.span().shift(6), r.newSpan(), "the second occurrence, not the first");
        assertEquals("العاصمة", r.reanchored(edited).quote());
    }

    @Test
    void aTypoFixedInsideTheQuoteIsFoundFuzzily() {
        String typo = TEXT.replace("المفاوضات مع الوفد", "المفاوضت مع الوفد");
        Annotation a = at(typo, "المفاوضت مع الوفد", 0);
        Result r = Reanchorer.reanchor(TEXT, a);
        assertEquals(Status.FUZZY, r.status());
        assertEquals("المفاوضات مع الوفد", r.newSpan().of(TEXT));
        assertTrue(r.score() > 0.8, "score " + r.score());
    }

    @Test
    void aDeletedPassageIsOrphanedNotDropped() {
        Annotation a = at(TEXT, "قبل نهاية الشهر", 0);
        String cut = TEXT.substring(0, TEXT.indexOf("مرة أخرى")) + "غدا.";
        Result r = Reanchorer.reanchor(cut, a);
        assertEquals(Status.ORPHANED, r.status());
        assertEquals(a, r.annotation());
    }

    @Test
    void aShortWordWithOneLetterChangedIsNotPlacedOnAnotherWord() {
        String text = "زار الجالية في المدينة";
        Annotation a = at(text, "الجالية", 0);
        Result r = Reanchorer.reanchor("هذه الغالية جدا عندنا كلنا", a);
        assertEquals(Status.ORPHANED, r.status(), "a 7-char quote needs its context to agree");
    }

    @Test
    void findsApproximateEndsAndStarts() {
        int[][] ends = ApproximateMatch.ends("abcd", "xxabxdyy", 1);
        assertEquals(1, ends[0][6]);
        assertEquals(2, ends[1][6]);
    }

    /** Random edits (fixed seed) before, inside and after annotated spans; every outcome is checked against what was edited. */
    @Test
    void randomEditsBeforeInsideAndAfterSpans() {
        ArabicTextGenerator generator = new ArabicTextGenerator(42);
        Random random = new Random(7);
        int checked = 0;
        for (int round = 0; round < 200; round++) {
            String text = generator.article(1500);
            List<Token> words = WordTokenizer.tokenize(text);
            int first = 5 + random.nextInt(words.size() - 20);
            Span span = new Span(words.get(first).start(), words.get(first + 3).end());
            Annotation a = Annotation.of(1, text, span, 1, "t", NOW);
            int where = random.nextInt(3);
            String edited;
            String expected;
            if (where == 0) {
                int at = random.nextInt(span.start());
                edited = text.substring(0, at) + "تصحيح " + text.substring(at);
                expected = a.quote();
            } else if (where == 1) {
                int at = span.start() + 2 + random.nextInt(span.length() - 4);
                edited = text.substring(0, at) + "ـ" + text.substring(at + 1);
                expected = edited.substring(span.start(), span.end());
            } else {
                int at = span.end() + random.nextInt(text.length() - span.end());
                edited = text.substring(0, at) + " مضاف" + text.substring(at);
                expected = a.quote();
            }
            Result r = Reanchorer.reanchor(edited, a);
            assertTrue(r.placed(), "round " + round + " (" + where + ") orphaned");
            assertNotNull(r.newSpan());
            String found = r.newSpan().of(edited);
            if (where == 1) {
                assertEquals(Status.FUZZY, r.status(), "round " + round);
                assertEquals(expected, found, "round " + round);
            } else {
                assertEquals(expected, found, "round " + round);
                int shift = where == 0 ? "تصحيح ".length() : 0;
                assertEquals(span.shift(shift), r.newSpan(), "round " + round + " placed on another occurrence");
            }
            checked++;
        }
        assertEquals(200, checked);
        List<Annotation> none = new ArrayList<>();
        assertTrue(Reanchorer.reanchor(TEXT, none).isEmpty());
    }
}
