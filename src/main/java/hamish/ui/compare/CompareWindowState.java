package hamish.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the compare window was and how it was divided, kept in the database's settings beside the main window's
 * (the same {@code ui.*} keys family): its bounds, whether it was maximised, the entity list's divider and the
 * tables' divider when open. A first window takes most of the screen it opens on rather than a fixed size.
 */
public final class CompareWindowState {

    public static final String X = "ui.compare.x";
    public static final String Y = "ui.compare.y";
    public static final String WIDTH = "ui.compare.width";
    public static final String HEIGHT = "ui.compare.height";
    public static final String MAXIMIZED = "ui.compare.maximized";
    public static final String ENTITIES_DIVIDER = "ui.compare.split.entities";
    public static final String TABLES_DIVIDER = "ui.compare.split.tables";
    public static final List<String> KEYS = List.of(X, Y, WIDTH, HEIGHT, MAXIMIZED, ENTITIES_DIVIDER, TABLES_DIVIDER);

    /** A first window's share of the screen's usable area, each way. */
    static final double SCREEN_SHARE = 0.9;

    private final Map<String, String> values;

    public CompareWindowState(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    Optional<Double> number(String key) {
        try {
            return Optional.ofNullable(values.get(key)).map(Double::parseDouble).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The remembered bounds if they are still on a screen (a monitor may be gone), else most of the screen. */
    Rectangle2D bounds(Rectangle2D screen) {
        Optional<Double> w = number(WIDTH);
        Optional<Double> h = number(HEIGHT);
        Optional<Double> x = number(X);
        Optional<Double> y = number(Y);
        if (w.isPresent() && h.isPresent() && x.isPresent() && y.isPresent() && w.get() >= 400 && h.get() >= 300) {
            Rectangle2D saved = new Rectangle2D(x.get(), y.get(), w.get(), h.get());
            if (!Screen.getScreensForRectangle(saved).isEmpty()) {
                return saved;
            }
        }
        double width = Math.round(screen.getWidth() * SCREEN_SHARE);
        double height = Math.round(screen.getHeight() * SCREEN_SHARE);
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2, screen.getMinY() + (screen.getHeight() - height) / 2,
                width, height);
    }

    boolean maximized() {
        return Boolean.parseBoolean(values.get(MAXIMIZED));
    }

    double entitiesDivider() {
        return number(ENTITIES_DIVIDER).filter(d -> d > 0.02 && d < 0.6).orElse(0.16);
    }

    double tablesDivider() {
        return number(TABLES_DIVIDER).orElse(TablesDrawer.DEFAULT_OPEN);
    }

    /** The values to save for {@code stage} as it is now. */
    static Map<String, String> capture(Stage stage, double entitiesDivider, double tablesDivider) {
        Map<String, String> m = new HashMap<>();
        m.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            m.put(X, Double.toString(stage.getX()));
            m.put(Y, Double.toString(stage.getY()));
            m.put(WIDTH, Double.toString(stage.getWidth()));
            m.put(HEIGHT, Double.toString(stage.getHeight()));
        }
        m.put(ENTITIES_DIVIDER, Double.toString(entitiesDivider));
        m.put(TABLES_DIVIDER, Double.toString(tablesDivider));
        return m;
    }
}
