package hamish.ui;

import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.reader.ReaderView;
import hamish.ui.tags.TagShortcuts;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's single-key commands: a tag's key tags the reader's selection, Del deletes the selected
 * annotation, Esc closes the find bar or drops the selection. None of them fires while a text field
 * has the keyboard, where the same keys are typing.
 */
final class ArticleKeys {

    private final MainViewModel vm;
    private final ReaderView reader;

    ArticleKeys(MainViewModel vm, ReaderView reader) {
        this.vm = vm;
        this.reader = reader;
    }

    void handle(KeyEvent e, Node focus) {
        if (focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return;
        }
        DocumentViewModel doc = vm.document();
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            if (doc.selectedProperty().get() != null) {
                doc.deleteSelected();
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (vm.find().openProperty().get()) {
                vm.find().close();
            } else {
                doc.clearSelection();
                reader.clearSelection();
            }
            e.consume();
        } else if (reader.selectionProperty().get() != null) {
            TagShortcuts.forKey(vm.catalog().tags(), keyText(e)).ifPresent(tag -> {
                doc.tag(reader.selectionProperty().get(), tag);
                reader.clearSelection();
                e.consume();
            });
        }
    }

    private static String keyText(KeyEvent e) {
        if (e.getText() != null && !e.getText().isEmpty()) {
            return e.getText();
        }
        KeyCode c = e.getCode();
        return (c.isDigitKey() || c.isLetterKey()) && c.getChar().length() == 1 ? c.getChar() : "";
    }
}
