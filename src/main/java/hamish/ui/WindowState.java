package hamish.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window's size and position, saved on close and restored on start if still on a screen. */
final class WindowState {

    private WindowState() {
    }

    static Map<String, String> capture(Stage stage) {
        Map<String, String> m = new HashMap<>();
        m.put(UiSettings.WINDOW_MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            m.put(UiSettings.WINDOW_X, Double.toString(stage.getX()));
            m.put(UiSettings.WINDOW_Y, Double.toString(stage.getY()));
            m.put(UiSettings.WINDOW_WIDTH, Double.toString(stage.getWidth()));
            m.put(UiSettings.WINDOW_HEIGHT, Double.toString(stage.getHeight()));
        }
        return m;
    }

    static void restore(Stage stage, UiSettings s) {
        double w = s.number(UiSettings.WINDOW_WIDTH).orElse(stage.getWidth());
        double h = s.number(UiSettings.WINDOW_HEIGHT).orElse(stage.getHeight());
        if (w >= 400 && h >= 300) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        s.number(UiSettings.WINDOW_X).ifPresent(x -> s.number(UiSettings.WINDOW_Y).ifPresent(y -> {
            // A monitor unplugged since last time must not leave the window off-screen.
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1))).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }));
        if (s.get(UiSettings.WINDOW_MAXIMIZED).map(Boolean::parseBoolean).orElse(false)) {
            stage.setMaximized(true);
        }
    }
}
