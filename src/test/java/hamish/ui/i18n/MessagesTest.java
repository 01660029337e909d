package hamish.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void arabicHasEveryEnglishKeyAndNoOther() throws IOException {
        assertEquals(bundle("messages.properties").keySet(), bundle("messages_ar.properties").keySet());
    }

    @Test
    void arabicIsReadAsUtf8AndMirrorsTheLayout() {
        Messages ar = Messages.forLanguage("ar");
        assertEquals("المكتبة", ar.get("library.title"));
        assertTrue(ar.rightToLeft());
        assertFalse(Messages.forLanguage("en").rightToLeft());
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        assertEquals("Library", Messages.forLanguage("xx").get("library.title"));
    }

    @Test
    void countsAreFormattedPerLanguage() {
        assertEquals("Imported: 1 · already in the library: 0 · refused: 2", Messages.forLanguage("en").format("import.summary", 1, 0, 2));
        assertEquals("1 annotation", Messages.forLanguage("en").format("library.annotations", 1));
        assertEquals("تعليقان", Messages.forLanguage("ar").format("library.annotations", 2));
    }
}
