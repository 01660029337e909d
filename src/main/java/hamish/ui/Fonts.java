package hamish.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/** Loads the bundled Arabic font once, before any Arabic is shown, so every machine renders the same. */
public final class Fonts {

    public static final String ARABIC_FAMILY = "Noto Naskh Arabic";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : new String[] {"/fonts/NotoNaskhArabic-Regular.ttf", "/fonts/NotoNaskhArabic-Bold.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (IOException e) {
                // The system's fonts still render Arabic, only less evenly; nothing to tell the user.
            }
        }
        loaded = true;
    }
}
