package hamish.ui.common;

/** Shows the user a short message: the window pops a notification, tests collect them. */
public interface Notifier {

    void info(String message);

    void error(String message);
}
