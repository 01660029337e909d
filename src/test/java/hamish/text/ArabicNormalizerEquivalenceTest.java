package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-word shortcut of {@link ArabicNormalizer#normalize} folds exactly as the full rules do, offsets included. */
class ArabicNormalizerEquivalenceTest {

    private static final String POOL = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىـَُِّْٰٱٔٓکیABCxyz09٠٣٩۴ \u200F";

    @Test
    void foldsEveryWordOfTheNewsAsTheFullRules() {
        for (NewsEvents.Report report : NewsEvents.all()) {
            for (Token token : WordTokenizer.tokenize(report.text())) {
                assertSameFolding(token.text());
            }
        }
    }

    @Test
    void foldsRandomWordsAsTheFullRules() {
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            int poolSize = random.nextInt(3) == 0 ? POOL.length() : 36;
            for (int k = 0; k < length; k++) {
                s.append(POOL.charAt(random.nextInt(poolSize)));
            }
            assertSameFolding(s.toString());
        }
    }

    private static void assertSameFolding(String word) {
        NormalizedText expected = ArabicNormalizer.normalizeAny(word);
        NormalizedText actual = ArabicNormalizer.normalize(word);
        assertEquals(expected.text(), actual.text(), word);
        for (int i = 0; i <= expected.length(); i++) {
            assertEquals(expected.originalOffset(i), actual.originalOffset(i), word + " at " + i);
        }
    }
}
