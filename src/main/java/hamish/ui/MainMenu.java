package hamish.ui;

import hamish.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar. Every command lives in {@link Actions}; this class only lays out items and keys. */
final class MainMenu {

    interface Actions {
        void openDatabase();

        void userName();

        void importFiles();

        void importFolder();

        void importDataset();

        void exportAnnotations();

        void quit();

        void undo();

        void redo();

        void find();

        void searchAll();

        void deleteAnnotation();

        void replaceText();

        void editTags();

        /** Tools → Curate: the curation view on the open document (hamish.ui.curation). */
        void curate();

        void zoom(int steps);

        void theme(String theme);

        void language(String language);

        ObservableBooleanValue canUndo();

        ObservableBooleanValue canRedo();
    }

    static final String LIGHT = "light";
    static final String DARK = "dark";

    private MainMenu() {
    }

    static MenuBar build(Messages m, Actions a, String theme) {
        Menu file = new Menu(m.get("menu.file"));
        file.getItems().addAll(
                item(m.get("menu.openDatabase"), a::openDatabase, null),
                item(m.get("menu.userName"), a::userName, null),
                new SeparatorMenuItem(),
                item(m.get("menu.importFiles"), a::importFiles, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
                item(m.get("menu.importFolder"), a::importFolder, null),
                item(m.get("menu.importDataset"), a::importDataset, null),
                item(m.get("menu.export"), a::exportAnnotations, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(),
                item(m.get("menu.quit"), a::quit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)));

        MenuItem undo = item(m.get("menu.undo"), a::undo, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.disableProperty().bind(Bindings.not(a.canUndo()));
        MenuItem redo = item(m.get("menu.redo"), a::redo, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.disableProperty().bind(Bindings.not(a.canRedo()));
        // The Del key itself is handled by the window, so that it never fires inside a text field.
        MenuItem delete = item(m.get("menu.deleteAnnotation") + "  (Del)", a::deleteAnnotation, null);
        Menu edit = new Menu(m.get("menu.edit"));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item(m.get("menu.find"), a::find, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
                item(m.get("menu.searchAll"), a::searchAll, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                delete, item(m.get("menu.replaceText"), a::replaceText, null), new SeparatorMenuItem(),
                item(m.get("menu.tags"), a::editTags, null));

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio(m.get("menu.themeLight"), themes, LIGHT.equals(theme), () -> a.theme(LIGHT));
        RadioMenuItem dark = radio(m.get("menu.themeDark"), themes, DARK.equals(theme), () -> a.theme(DARK));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = radio("English", languages, !m.rightToLeft(), () -> a.language(Messages.ENGLISH));
        RadioMenuItem arabic = radio("العربية", languages, m.rightToLeft(), () -> a.language(Messages.ARABIC));
        Menu language = new Menu(m.get("menu.language"));
        language.getItems().addAll(english, arabic);
        Menu view = new Menu(m.get("menu.view"));
        view.getItems().addAll(
                item(m.get("menu.zoomIn"), () -> a.zoom(1), new KeyCharacterCombination("+", KeyCombination.SHORTCUT_DOWN)),
                item(m.get("menu.zoomOut"), () -> a.zoom(-1), new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
                item(m.get("menu.zoomReset"), () -> a.zoom(0), new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(), language);

        Menu tools = new Menu(m.get("menu.tools"));
        MenuItem curate = item(m.get("menu.curate"), a::curate, null);
        curate.setId("menuCurate");
        tools.getItems().add(curate);

        MenuBar bar = new MenuBar(file, edit, view, tools);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, Runnable action, KeyCombination key) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.run());
        return item;
    }
}
