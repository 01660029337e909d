package hamish.ui.compare;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One thing the compare window does, offered in its menu and, with an icon, its toolbar. {@code key} is the
 * shortcut the menu registers; {@code keyText} names a key the window handles itself (Enter, Delete) because it
 * must not fire inside a text field, and is then shown in the menu's text and tooltip instead.
 * {@code disabled} is null when the command is always available.
 */
record CompareCommand(String id, String textKey, Ikon icon, KeyCombination key, String keyText, Runnable action,
                      ObservableBooleanValue disabled) {

    static CompareCommand of(String id, String textKey, Ikon icon, KeyCombination key, Runnable action) {
        return new CompareCommand(id, textKey, icon, key, null, action, null);
    }

    static CompareCommand handledKey(String id, String textKey, Ikon icon, String keyText, Runnable action) {
        return new CompareCommand(id, textKey, icon, null, keyText, action, null);
    }

    CompareCommand disabledWhen(ObservableBooleanValue when) {
        return new CompareCommand(id, textKey, icon, key, keyText, action, when);
    }

    /** The shortcut as the user reads it: "Ctrl+M", "F8", "Enter". */
    String shortcutText() {
        return key != null ? key.getDisplayText() : keyText;
    }
}
