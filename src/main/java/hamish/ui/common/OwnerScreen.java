package hamish.ui.common;

import java.util.List;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The screen a window's owner stands on, where a window it opens (compare, curation) is placed; else the primary one. */
public final class OwnerScreen {

    private OwnerScreen() {
    }

    public static Screen of(Window owner) {
        if (owner != null) {
            List<Screen> on = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
            if (!on.isEmpty()) {
                return on.get(0);
            }
        }
        return Screen.getPrimary();
    }
}
