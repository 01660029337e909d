package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hamish.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.sentences(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void breaksAtTheArabicQuestionMarkAndExclamation() {
        assertEquals(List.of("هل وصل الوفد؟", "نعم وصل!", "ثم غادر."), sentences("هل وصل الوفد؟ نعم وصل! ثم غادر."));
    }

    @Test
    void breaksAtTheArabicFullStop() {
        assertEquals(List.of("انتهى الاجتماع۔", "وبدأ المؤتمر"), sentences("انتهى الاجتماع۔ وبدأ المؤتمر"));
    }

    @Test
    void breaksAtEveryLineEvenWithoutAFullStop() {
        assertEquals(List.of("دعم أمريكي ثابت", "قال الوزير إن الدعم مستمر."),
                sentences("دعم أمريكي ثابت\nقال الوزير إن الدعم مستمر."));
    }

    @Test
    void keepsDecimalNumbersWhole() {
        assertEquals(List.of("ارتفع السعر بنسبة 3.5 في المئة.", "ثم استقر."),
                sentences("ارتفع السعر بنسبة 3.5 في المئة. ثم استقر."));
    }

    @Test
    void aFullStopAfterALoneLetterIsAnAbbreviation() {
        assertEquals(List.of("قال د. سامي العلي إن الوضع صعب.", "ثم غادر."),
                sentences("قال د. سامي العلي إن الوضع صعب. ثم غادر."));
        assertEquals(List.of("توفي سنة 1350 هـ. في دمشق"), sentences("توفي سنة 1350 هـ. في دمشق"));
        assertEquals(List.of("وصل ج. ر. سميث."), sentences("وصل ج. ر. سميث."));
    }

    @Test
    void aFullStopAfterAWordStillEndsTheSentence() {
        assertEquals(List.of("وصل الوفد.", "د. سامي غادر."), sentences("وصل الوفد. د. سامي غادر."));
    }

    @Test
    void sentencesAreTrimmedAndNeverEmpty() {
        String text = "  أولى.   \n\n   \n ثانية؟  ";
        List<Span> spans = SentenceSplitter.sentences(text);
        assertEquals(List.of("أولى.", "ثانية؟"), spans.stream().map(s -> s.of(text)).toList());
        spans.forEach(s -> assertFalse(s.isEmpty()));
    }

    @Test
    void anEmptyTextHasNoSentences() {
        assertEquals(List.of(), SentenceSplitter.sentences(""));
        assertEquals(new Span(0, 0), SentenceSplitter.sentenceAt("", 0));
        assertEquals(List.of(new Span(0, 0)), SentenceSplitter.paragraphs(""));
    }

    @Test
    void sentenceAtFindsTheSentenceHoldingTheOffset() {
        String text = "وصل الوفد. وغادر الرئيس؟ انتهى";
        assertEquals("وغادر الرئيس؟", SentenceSplitter.sentenceAt(text, 13).of(text));
        assertEquals("وصل الوفد.", SentenceSplitter.sentenceAt(text, 0).of(text));
        assertEquals("انتهى", SentenceSplitter.sentenceAt(text, text.length()).of(text));
    }

    @Test
    void sentenceAtGivesTrailingBlanksToTheSentenceBefore() {
        String text = "وصل الوفد.   وغادر";
        assertEquals("وصل الوفد.", SentenceSplitter.sentenceAt(text, 11).of(text));
    }

    @Test
    void sentenceAtOnAnEmptyLineIsEmpty() {
        String text = "أولى\n\nثانية";
        assertEquals(new Span(5, 5), SentenceSplitter.sentenceAt(text, 5));
    }

    @Test
    void paragraphAtIsTheLineBetweenLineBreaks() {
        String text = "عنوان\nنص الفقرة الأولى.\n\nالأخيرة";
        assertEquals(new Span(0, 5), SentenceSplitter.paragraphAt(text, 2));
        assertEquals(new Span(6, 23), SentenceSplitter.paragraphAt(text, 6));
        assertEquals(new Span(6, 23), SentenceSplitter.paragraphAt(text, 23), "an offset on the '\\n' ends the line before");
        assertEquals(new Span(24, 24), SentenceSplitter.paragraphAt(text, 24));
        assertEquals(new Span(25, 32), SentenceSplitter.paragraphAt(text, 32));
    }

    @Test
    void paragraphsListsEveryLineIncludingEmptyOnes() {
        String text = "أ\n\nب\n";
        assertEquals(List.of(new Span(0, 1), new Span(2, 2), new Span(3, 4), new Span(5, 5)),
                SentenceSplitter.paragraphs(text));
    }
}
