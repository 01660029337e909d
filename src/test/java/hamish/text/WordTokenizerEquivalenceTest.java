package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SimpleWordBreaks} must give exactly ICU's words, or hand the text to ICU: on real news and on random text. */
class WordTokenizerEquivalenceTest {

    /** Chars with every word-break class the fast path handles, some it hands to ICU, and the Arabic folding cases. */
    private static final String[] POOL = {"ا", "ب", "ل", "م", "ن", "و", "ي", "ة", "ى", "أ", "إ", "آ", "ء", "ؤ", "ئ", "ـ", "َ", "ُ", "ّ",
        "ٌ", "ٰ", "ٔ", "ٓ", "a", "B", "z", "0", "7", "٣", "٠", "۴", " ", " ", " ", "\n", "\r", "\u00A0", "\u2009", ".", ",", ":", ";",
        "'", "’", "\"", "«", "»", "،", "؛", "؟", "٫", "٬", "٪", "-", "_", "(", ")", "%", "/", "\u200C", "\u200D", "\u200F",
        "\u061C", "\u00AD", "\uFEFF", "\u2066", "😀", "👍🏽", "\u05D0", "\u4E2D", "\u0E01", "\u30A2", "🇸🇦", "ﻻ", "ﷲ", "\t", "…"};

    @Test
    void givesIcusWordsOnEveryNewsReport() {
        int fast = 0;
        for (NewsEvents.Report report : NewsEvents.all()) {
            String text = report.text();
            assertSame(text, new Span(0, text.length()), report.key());
            fast += SimpleWordBreaks.tokenize(text, new Span(0, text.length())) != null ? 1 : 0;
            int lineStart = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = text.indexOf('\n', lineStart)) {
                assertSame(text, new Span(lineStart, nl), report.key() + " line at " + lineStart);
            }
        }
        assertTrue(fast > NewsEvents.all().size() / 2, "the fast path must serve most real news, served " + fast);
    }

    @Test
    void givesIcusWordsOnRandomText() {
        Random random = new Random(15);
        int fast = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            // Mostly handled chars, so the fast path runs; now and then any char of the pool.
            int poolSize = random.nextInt(4) == 0 ? POOL.length : 66;
            for (int k = 0; k < length; k++) {
                s.append(POOL[random.nextInt(poolSize)]);
            }
            String text = s.toString();
            assertSame(text, new Span(0, text.length()), "random text");
            fast += SimpleWordBreaks.tokenize(text, new Span(0, text.length())) != null ? 1 : 0;
            int a = random.nextInt(text.length() + 1);
            int b = random.nextInt(text.length() + 1);
            Span region = new Span(Math.min(a, b), Math.max(a, b));
            if (!Character.isLowSurrogate(at(text, region.start())) && !Character.isLowSurrogate(at(text, region.end()))) {
                assertSame(text, region, "random region");
            }
        }
        assertTrue(fast > 20_000, "the fast path must have run on most random texts, ran on " + fast);
    }

    @Test
    void cutsTextWithSomeUnhandledCharLineByLineAsIcuDoes() {
        Random random = new Random(29);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                // Handled chars, line breaks, and now and then one that only ICU cuts.
                int pick = random.nextInt(20);
                s.append(pick == 0 ? "\n" : pick == 1 ? POOL[66 + random.nextInt(POOL.length - 66)] : POOL[random.nextInt(66)]);
            }
            String text = s.toString();
            assertEquals(WordTokenizer.icuTokenize(text, new Span(0, text.length())), WordTokenizer.tokenize(text), () -> escaped(text));
        }
    }

    private static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static void assertSame(String text, Span region, String what) {
        List<Token> icu = WordTokenizer.icuTokenize(text, region);
        List<Token> simple = SimpleWordBreaks.tokenize(text, region);
        if (simple != null) {
            assertEquals(icu, simple, () -> what + ": " + escaped(region.of(text)));
        }
        assertEquals(icu, WordTokenizer.tokenize(text, region), what);
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(cp < 128 && cp >= 32 ? String.valueOf((char) cp) : String.format("\\u%04X", cp)));
        return out.toString();
    }
}
