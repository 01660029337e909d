package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Texts built at random from distractor words and decorated, proclitized occurrences of a term, whose
 * positions are recorded while building: the matcher must find exactly those.
 */
class ProcliticMatcherRandomTest {

    private static final String[] DISTRACTORS = {"وزير", "الدفاع", "الغانتسي", "غانتسيون", "بلينكن", "قال",
        "البيت", "البيتي", "الأبيضان", "غزة", "1400", "بالبيتين", "انتس"};
    private static final String[] SEPARATORS = {" ", "  ", "، ", " «", "» ", "\n", " (", ") ", ": "};
    private static final String[] HARAKAT = {"\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "ـ"};

    private record Built(String text, List<Integer> starts) {
    }

    @Test
    void findsExactlyTheInsertedOccurrencesOfAName() {
        checkRandomTexts("غانتس", new String[] {"", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "وال", "لل", "ولل"}, 11L);
    }

    @Test
    void findsExactlyTheInsertedOccurrencesOfAPhraseWithTheArticle() {
        checkRandomTexts("البيت الأبيض", new String[] {"", "و", "ف", "ب", "ك", "وب", "فب", "ل", "ول"}, 12L);
    }

    private static void checkRandomTexts(String term, String[] proclitics, long seed) {
        Random random = new Random(seed);
        ProcliticMatcher matcher = new ProcliticMatcher();
        for (int round = 0; round < 200; round++) {
            Built built = build(term, proclitics, random);
            List<Integer> found = matcher.find(built.text(), term).stream().map(m -> m.span().start()).toList();
            assertEquals(built.starts(), found, () -> "in: " + built.text());
            assertEquals(built.starts().size(), TextFinder.findAll(built.text(), term).size());
        }
    }

    private static Built build(String term, String[] proclitics, Random random) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            if (random.nextInt(3) == 0) {
                String proclitic = proclitics[random.nextInt(proclitics.length)];
                // ل before the article: the article's alef is not written, the match starts at its lam
                String written = proclitic.endsWith("ل") && term.startsWith("ال") ? term.substring(1) : term;
                text.append(proclitic);
                starts.add(text.length());
                text.append(decorate(written, random));
            } else {
                text.append(DISTRACTORS[random.nextInt(DISTRACTORS.length)]);
            }
        }
        return new Built(text.toString(), starts);
    }

    /** Harakat or tatweel after some letters, and runs of blanks between words. */
    private static String decorate(String word, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            out.append(c);
            if (c == ' ') {
                out.append(random.nextBoolean() ? "" : "  ");
            } else if (random.nextInt(4) == 0) {
                out.append(HARAKAT[random.nextInt(HARAKAT.length)]);
            }
        }
        return out.toString();
    }
}
