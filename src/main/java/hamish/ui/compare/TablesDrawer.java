package hamish.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The compare window's bottom tables (naming, claims, pairs, proposals, who is here) as a drawer under the
 * readers: closed (divider at the bottom) until there is something to look at, so the readers get the height.
 * It opens when asked (the toggle, a View menu item), when a tab is chosen, or when the view calls {@link #show}
 * because a table just got content; dragging the divider up opens it too. Closing keeps the height it had, and
 * opening brings that height back.
 */
final class TablesDrawer {

    /** The divider counts as closed this close to the bottom. */
    private static final double CLOSED_AT = 0.995;
    /** Below this the drawer is too low to show a table row, so a stored height under it is not reused. */
    private static final double LOWEST_OPEN = 0.95;
    static final double DEFAULT_OPEN = 0.66;

    private final SplitPane split;
    private final TabPane tables;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private double openAt;
    private boolean moving;

    TablesDrawer(SplitPane split, TabPane tables, double openAt) {
        this.split = split;
        this.tables = tables;
        this.openAt = openAt > 0.1 && openAt < LOWEST_OPEN ? openAt : DEFAULT_OPEN;
        // Closed means truly closed: the tab headers would otherwise keep the divider above the bottom.
        tables.setMinHeight(0);
        split.setDividerPositions(1.0);
        open.addListener((o, was, now) -> place(now));
        split.getDividers().get(0).positionProperty().addListener((o, a, at) -> dragged(at.doubleValue()));
        tables.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> open.set(true));
    }

    BooleanProperty openProperty() {
        return open;
    }

    /** Opens the drawer on {@code tab}. */
    void show(Tab tab) {
        tables.getSelectionModel().select(tab);
        open.set(true);
    }

    /** The divider's place when open: the one to remember for the next window. */
    double openPosition() {
        return open.get() ? split.getDividerPositions()[0] : openAt;
    }

    private void place(boolean nowOpen) {
        moving = true;
        try {
            if (nowOpen) {
                split.setDividerPositions(openAt);
            } else {
                double at = split.getDividerPositions()[0];
                if (at < LOWEST_OPEN) {
                    openAt = at;
                }
                split.setDividerPositions(1.0);
            }
        } finally {
            moving = false;
        }
    }

    /** The user moved the divider: up from the bottom opens the drawer, down to it closes it. */
    private void dragged(double at) {
        if (moving) {
            return;
        }
        if (at >= CLOSED_AT && open.get()) {
            moving = true;
            open.set(false);
            moving = false;
        } else if (at < CLOSED_AT && !open.get()) {
            openAt = at < LOWEST_OPEN ? at : openAt;
            moving = true;
            open.set(true);
            moving = false;
        }
    }
}
