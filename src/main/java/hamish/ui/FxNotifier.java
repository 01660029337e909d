package hamish.ui;

import hamish.ui.common.Notifier;
import java.util.function.Supplier;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Messages as ControlsFX notifications in the window's corner: text only, errors stay longer. */
public final class FxNotifier implements Notifier {

    private final Supplier<Window> owner;
    private final String appName;

    public FxNotifier(Window owner, String appName) {
        this(() -> owner, appName);
    }

    /** For a window that is not there yet when the notifier is made (the database opens while the toolkit starts). */
    public FxNotifier(Supplier<Window> owner, String appName) {
        this.owner = owner;
        this.appName = appName;
    }

    @Override
    public void info(String message) {
        Notifications.create().owner(owner.get()).title(appName).text(message).hideAfter(Duration.seconds(6)).showInformation();
    }

    @Override
    public void error(String message) {
        Notifications.create().owner(owner.get()).title(appName).text(message).hideAfter(Duration.seconds(20)).showError();
    }
}
