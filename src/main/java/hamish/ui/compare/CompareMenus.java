package hamish.ui.compare;

import hamish.ui.i18n.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Turns {@link CompareCommand}s into menu items and icon buttons, so that a command's text, icon, shortcut and
 * enabled state are the same wherever it is offered. A button's tooltip names the command and its shortcut: the
 * icon alone does not say what it does.
 */
final class CompareMenus {

    /** Groups of commands, a separator between groups in the toolbar and in a menu. */
    static final Object SEPARATOR = new Object();

    private final Messages messages;

    CompareMenus(Messages messages) {
        this.messages = messages;
    }

    Menu menu(String textKey, String id, List<?> items) {
        Menu menu = new Menu(messages.get(textKey));
        menu.setId(id);
        for (Object item : items) {
            if (item == SEPARATOR) {
                menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            } else if (item instanceof CompareCommand c) {
                menu.getItems().add(item(c));
            } else {
                menu.getItems().add((MenuItem) item);
            }
        }
        return menu;
    }

    MenuItem item(CompareCommand c) {
        String text = messages.get(c.textKey());
        MenuItem item = new MenuItem(c.key() == null && c.keyText() != null ? text + "  (" + c.keyText() + ")" : text);
        item.setId(c.id() + "Item");
        if (c.icon() != null) {
            item.setGraphic(new FontIcon(c.icon()));
        }
        if (c.key() != null) {
            item.setAccelerator(c.key());
        }
        item.setOnAction(e -> c.action().run());
        if (c.disabled() != null) {
            item.disableProperty().bind(c.disabled());
        }
        return item;
    }

    Button button(CompareCommand c) {
        Button b = new Button();
        dress(b, c.id(), c.textKey(), c.icon(), c.shortcutText());
        b.setOnAction(e -> c.action().run());
        if (c.disabled() != null) {
            b.disableProperty().bind(c.disabled());
        }
        return b;
    }

    /** An icon-only button: the text goes to the tooltip (and to screen readers through the accessible text). */
    void dress(ButtonBase b, String id, String textKey, Ikon icon, String shortcut) {
        String text = messages.get(textKey);
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.setAccessibleText(text);
        b.setFocusTraversable(false);
        Tooltip tip = new Tooltip(text + " (" + shortcut + ")");
        tip.setShowDelay(Duration.millis(300));
        b.setTooltip(tip);
    }

    ToolBar toolbar(List<?> items) {
        ToolBar bar = new ToolBar();
        bar.getStyleClass().add("compare-toolbar");
        for (Object item : items) {
            if (item == SEPARATOR) {
                bar.getItems().add(new Separator());
            } else if (item instanceof CompareCommand c) {
                bar.getItems().add(button(c));
            } else {
                bar.getItems().add((Node) item);
            }
        }
        return bar;
    }

    ToggleButton toggle(String id, String textKey, Ikon icon, String shortcut) {
        ToggleButton t = new ToggleButton();
        dress(t, id, textKey, icon, shortcut);
        return t;
    }
}
