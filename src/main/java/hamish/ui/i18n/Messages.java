package hamish.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's strings in one language, from {@code i18n/messages*.properties} (UTF-8). */
public final class Messages {

    public static final String ENGLISH = "en";
    public static final String ARABIC = "ar";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // ROOT as fallback keeps an English UI on machines whose default locale has no bundle.
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code language} is "en" or "ar"; anything else falls back to English. */
    public static Messages forLanguage(String language) {
        return new Messages(ARABIC.equals(language) ? Locale.forLanguageTag("ar") : Locale.ROOT);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public String language() {
        return locale.getLanguage().isEmpty() ? ENGLISH : locale.getLanguage();
    }

    public boolean rightToLeft() {
        return ARABIC.equals(language());
    }
}
