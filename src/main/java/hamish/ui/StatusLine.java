package hamish.ui;

import hamish.model.Document;
import hamish.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/** The status bar: the open document's size and annotation count, import progress, and save state. */
final class StatusLine extends StatusBar {

    StatusLine(MainViewModel vm, Messages messages) {
        setId("statusBar");
        Label saved = new Label();
        saved.setId("saveState");
        saved.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.session().saveStateProperty().get()) {
            case IDLE -> "";
            case SAVING -> messages.get("status.saving");
            case SAVED -> messages.get("status.saved");
            case FAILED -> messages.get("status.failed");
        }, vm.session().saveStateProperty()));
        getRightItems().add(saved);
        textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.library().importingProperty().get()) {
                return messages.format("status.importing", vm.library().filesDoneProperty().get());
            }
            Document d = vm.document().documentProperty().get();
            if (d == null) {
                return messages.format("status.library", vm.library().allDocuments().size());
            }
            return messages.format("status.document", vm.document().annotations().size(), wordCount(d.text()), d.text().length());
        }, vm.library().importingProperty(), vm.library().filesDoneProperty(), vm.library().allDocuments(),
                vm.document().documentProperty(), vm.document().annotations()));
        progressProperty().bind(Bindings.when(vm.library().importingProperty()).then(-1.0).otherwise(0.0));
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK);
        }
        return words;
    }
}
