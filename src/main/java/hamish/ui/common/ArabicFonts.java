package hamish.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The bundled Noto Naskh Arabic, registered with JavaFX once; shared by the reader and every one-line
 * Arabic text in the controls ({@link ArabicLine}). Characters it lacks (Latin, the curly
 * quotes, emoji) fall back to the system font through the platform's font fallback.
 */
public final class ArabicFonts {

    public static final String FAMILY = "Noto Naskh Arabic";
    private static final String[] FILES = {"/fonts/NotoNaskhArabic-Regular.ttf", "/fonts/NotoNaskhArabic-Bold.ttf"};
    private static String family;
    private static FontCoverage coverage;

    private ArabicFonts() {
    }

    public static synchronized Font regular(double size) {
        return Font.font(family(), size);
    }

    public static synchronized Font bold(double size) {
        return Font.font(family(), FontWeight.BOLD, size);
    }

    /** The code points the bundled regular face covers (see {@link FontCoverage} for why it matters). */
    public static synchronized FontCoverage coverage() {
        if (coverage == null) {
            coverage = FontCoverage.of(ArabicFonts.class.getResourceAsStream(FILES[0]));
        }
        return coverage;
    }

    private static String family() {
        if (family == null) {
            family = Font.getDefault().getFamily();
            for (String file : FILES) {
                try (InputStream in = ArabicFonts.class.getResourceAsStream(file)) {
                    Font loaded = in == null ? null : Font.loadFont(in, 20);
                    if (loaded != null && file.endsWith("Regular.ttf")) {
                        family = loaded.getFamily();
                    }
                } catch (IOException e) {
                    // A missing bundled font leaves the system font: the text stays readable.
                }
            }
        }
        return family;
    }
}
