package hamish.ui.reader;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Word, sentence and grapheme boundaries within one paragraph (ICU rules, Arabic locale).
 * A private stand-in until {@code hamish.text.WordBoundaries} / {@code SentenceSplitter} land on main.
 */
final class TextBoundaries {

    private static final ULocale ARABIC = new ULocale("ar");

    private TextBoundaries() {
    }

    /** The word (letters/digits with their marks) holding char {@code index}, or null on space/punctuation. */
    static Span wordAt(String paragraph, int index) {
        for (Span word : words(paragraph)) {
            if (word.contains(index)) {
                return word;
            }
            if (word.start() > index) {
                break;
            }
        }
        return null;
    }

    /** Words in order: ICU word segments whose rule status says letter, number, kana or ideograph. */
    static List<Span> words(String paragraph) {
        BreakIterator it = BreakIterator.getWordInstance(ARABIC);
        it.setText(paragraph);
        List<Span> result = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                result.add(new Span(start, end));
            }
        }
        return result;
    }

    /** The sentence holding char {@code index}, without its trailing spaces. */
    static Span sentenceAt(String paragraph, int index) {
        BreakIterator it = BreakIterator.getSentenceInstance(ARABIC);
        it.setText(paragraph);
        int clamped = Math.max(0, Math.min(index, paragraph.length() - 1));
        int end = it.following(clamped);
        int start = it.previous();
        if (end == BreakIterator.DONE) {
            end = paragraph.length();
        }
        while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        return new Span(Math.max(0, start), end);
    }

    /** The next grapheme-cluster boundary after {@code index} (a lam-alef or a letter with harakat is one step). */
    static int nextCluster(String paragraph, int index) {
        if (index >= paragraph.length()) {
            return paragraph.length();
        }
        BreakIterator it = BreakIterator.getCharacterInstance(ARABIC);
        it.setText(paragraph);
        return it.following(index);
    }

    static int previousCluster(String paragraph, int index) {
        if (index <= 0) {
            return 0;
        }
        BreakIterator it = BreakIterator.getCharacterInstance(ARABIC);
        it.setText(paragraph);
        return it.preceding(Math.min(index, paragraph.length()));
    }

    /** The cluster start at or before {@code index}. */
    static int clusterStart(String paragraph, int index) {
        if (index <= 0 || index >= paragraph.length()) {
            return Math.max(0, Math.min(index, paragraph.length()));
        }
        BreakIterator it = BreakIterator.getCharacterInstance(ARABIC);
        it.setText(paragraph);
        return it.isBoundary(index) ? index : it.preceding(index);
    }

    static int nextWordEnd(String paragraph, int index) {
        for (Span word : words(paragraph)) {
            if (word.end() > index) {
                return word.end();
            }
        }
        return paragraph.length();
    }

    static int previousWordStart(String paragraph, int index) {
        int result = 0;
        for (Span word : words(paragraph)) {
            if (word.start() >= index) {
                break;
            }
            result = word.start();
        }
        return result;
    }
}
