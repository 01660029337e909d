package hamish.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences and paragraphs of a document text. Paragraphs are the lines between '\n's, exactly as the
 * reader lays them out. Sentences come from ICU's sentence rules (UAX #29) run inside each paragraph, so
 * a heading without a full stop never runs into the next paragraph; ICU ends sentences at the Arabic
 * question mark ؟, the Arabic full stop ۔, '.', '!' and '?', and keeps "3.5" and "2,015" whole. A full
 * stop after a lone letter (د. محمد, هـ.) is an abbreviation, not a sentence end.
 * Sentence spans are trimmed of blanks and never empty.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    public static List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            for (Span raw : rawSentences(text, paragraph)) {
                Span sentence = TextChars.trim(text, raw);
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /**
     * The sentence around {@code offset}. An offset in the blanks after a sentence belongs to that sentence
     * (ICU gives trailing spaces to the sentence they follow); an offset on an empty line gives an empty
     * span at the offset.
     */
    public static Span sentenceAt(String text, int offset) {
        Span paragraph = paragraphAt(text, offset);
        List<Span> raw = rawSentences(text, paragraph);
        for (int i = 0; i < raw.size(); i++) {
            Span sentence = raw.get(i);
            boolean last = i == raw.size() - 1;
            if (sentence.contains(offset) || last && sentence.end() == offset) {
                Span trimmed = TextChars.trim(text, sentence);
                return trimmed.isEmpty() ? new Span(offset, offset) : trimmed;
            }
        }
        return new Span(offset, offset);
    }

    /** The paragraph (line) holding {@code offset}, without its '\n'; an offset on a '\n' ends the line before it. */
    public static Span paragraphAt(String text, int offset) {
        return TextChars.lineAt(text, offset);
    }

    /** Every line of the text, empty ones included, in order: the reader's paragraphs. */
    public static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            paragraphs.add(new Span(start, nl));
            start = nl + 1;
        }
        paragraphs.add(new Span(start, text.length()));
        return paragraphs;
    }

    private static List<Span> rawSentences(String text, Span paragraph) {
        List<Span> spans = new ArrayList<>();
        if (paragraph.isEmpty()) {
            return spans;
        }
        String part = paragraph.of(text);
        BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.ROOT);
        iterator.setText(part);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end < part.length() && endsWithInitial(part, end)) {
                continue;
            }
            spans.add(new Span(start, end).shift(paragraph.start()));
            start = end;
        }
        return spans;
    }

    /**
     * True when the text before {@code end} is a lone letter and a full stop: an abbreviation such as د.
     * (doctor), أ. (professor), م. or هـ. (the calendars), or a Latin initial. ICU has no Arabic
     * abbreviations, and a one-letter Arabic word never ends a sentence.
     */
    private static boolean endsWithInitial(String s, int end) {
        int i = end;
        while (i > 0 && TextChars.isBlank(s.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || s.charAt(i - 1) != '.') {
            return false;
        }
        i--;
        while (i > 0 && s.charAt(i - 1) == ArabicNormalizer.TATWEEL) {
            i--;
        }
        if (i == 0 || !Character.isLetter(s.charAt(i - 1))) {
            return false;
        }
        i--;
        return i == 0 || !Character.isLetter(s.charAt(i - 1)) && s.charAt(i - 1) != ArabicNormalizer.TATWEEL;
    }
}
