package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArabicPlausibilityTest {

    private static final String ARABIC = "وقال الوزير إن الاتفاق «يفتح صفحة جديدة»، مضيفًا أن 1400 مليون متر مكعب ستخصص للري (AquaBridge).";

    @Test
    void acceptsArabicWithDigitsPunctuationAndALatinWord() {
        assertEquals(Optional.empty(), ArabicPlausibility.problem(ARABIC));
    }

    @Test
    void refusesTextWhoseLettersAreMostlyLatin() {
        Optional<String> problem = ArabicPlausibility.problem("Le ministre a parlé de l'accord « يفتح صفحة » hier soir à la presse.");
        assertTrue(problem.orElse("").contains("letters are Arabic"), problem.toString());
    }

    @Test
    void refusesUnusualSymbolsControlsAndReplacementCharacters() {
        assertTrue(ArabicPlausibility.problem("قال ‰ الوزير ¶ إن § الاتفاق ¤ جيد ¦ جدا").orElse("").contains("unusual symbols"));
        assertTrue(ArabicPlausibility.problem("قال الوزير\u0085").orElse("").contains("U+0085"));
        assertTrue(ArabicPlausibility.problem("قال \uFFFD الوزير").orElse("").contains("U+FFFD"));
        assertTrue(ArabicPlausibility.problem("قال\u0007 الوزير").orElse("").contains("U+0007"));
    }

    @Test
    void scoresTheRightCodePageAboveTheWrongOne() {
        String clean = ARABIC.replaceAll("[«»]", "\"");
        byte[] windows = clean.getBytes(Charset.forName("windows-1256"));
        byte[] iso = clean.getBytes(Charset.forName("ISO-8859-6"));
        assertTrue(score(windows, "windows-1256") > score(windows, "ISO-8859-6"));
        assertTrue(score(iso, "ISO-8859-6") > score(iso, "windows-1256"));
    }

    @Test
    void refusesRussianAndHebrewCodePagesInsteadOfArabicMojibake() {
        String russian = "Вчера в городе завершился саммит по водным ресурсам. Министр заявил, что соглашение открывает новую страницу доверия.";
        String hebrew = "אתמול הסתיימה בעיר פסגת המים. השר אמר כי ההסכם פותח דף חדש של אמון בין השותפים באזור כולו.";
        for (byte[] bytes : new byte[][] {russian.getBytes(Charset.forName("windows-1251")), hebrew.getBytes(Charset.forName("ISO-8859-8"))}) {
            ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(bytes, "x.txt"));
            assertTrue(e.getMessage().startsWith("x.txt: not UTF-8") && e.getMessage().endsWith("save it as UTF-8 and import it again"), e.getMessage());
        }
    }

    private static int score(byte[] bytes, String charset) {
        return ArabicPlausibility.score(new String(bytes, Charset.forName(charset)));
    }
}
