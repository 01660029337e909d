package hamish.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Gives a tab its content only when it is first selected. A tab pane keeps every tab's content in
 * the scene, so the window's first CSS pass created the skins of both search views (tables, combo
 * boxes, fields) although the library tab is the one shown at start. The content is built at
 * once (its view-model wiring and keys stay as they were); only its entry into the scene waits.
 */
final class LazyTabContent {

    private LazyTabContent() {
    }

    static void attachWhenSelected(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    if (tab.getContent() == null) {
                        tab.setContent(content);
                    }
                }
            }
        });
    }
}
