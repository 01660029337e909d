package hamish.ui;

import hamish.ui.compare.CompareWindowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keys under which the window keeps its state in the SettingsStore, and typed reads of a snapshot. */
public final class UiSettings {

    public static final String WINDOW_X = "ui.window.x";
    public static final String WINDOW_Y = "ui.window.y";
    public static final String WINDOW_WIDTH = "ui.window.width";
    public static final String WINDOW_HEIGHT = "ui.window.height";
    public static final String WINDOW_MAXIMIZED = "ui.window.maximized";
    public static final String DIVIDER_LEFT = "ui.split.left";
    public static final String DIVIDER_RIGHT = "ui.split.right";
    public static final String LAST_DOCUMENT = "ui.document.last";
    public static final String LAST_OFFSET = "ui.document.offset";
    public static final String THEME = "ui.theme";
    public static final String LANGUAGE = "ui.language";
    public static final String ZOOM = "ui.zoom";

    /** Every key the window reads at start: its own and the compare window's. */
    public static final List<String> ALL = all();

    private static List<String> all() {
        List<String> keys = new ArrayList<>(List.of(WINDOW_X, WINDOW_Y, WINDOW_WIDTH, WINDOW_HEIGHT, WINDOW_MAXIMIZED,
                DIVIDER_LEFT, DIVIDER_RIGHT, LAST_DOCUMENT, LAST_OFFSET, THEME, LANGUAGE, ZOOM));
        keys.addAll(CompareWindowState.KEYS);
        return List.copyOf(keys);
    }

    private final Map<String, String> values;

    public UiSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** This snapshot with {@code changes} over it. */
    public UiSettings with(Map<String, String> changes) {
        Map<String, String> merged = new java.util.HashMap<>(values);
        merged.putAll(changes);
        return new UiSettings(merged);
    }

    public Map<String, String> values() {
        return values;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A number, or empty when missing or unreadable (a hand-edited database must not stop the window). */
    public Optional<Double> number(String key) {
        try {
            return get(key).map(Double::parseDouble).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<Long> id(String key) {
        try {
            return get(key).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
