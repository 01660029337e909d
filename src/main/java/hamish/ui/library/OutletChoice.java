package hamish.ui.library;

/**
 * An entry of the library's outlet chooser: an outlet and how many of the shown collection's documents it has,
 * so the chooser shows at a glance how many reports each outlet has; {@code outlet} null for every outlet,
 * empty for documents without one.
 */
public record OutletChoice(String outlet, int count) {

    public boolean isEveryOutlet() {
        return outlet == null;
    }
}
