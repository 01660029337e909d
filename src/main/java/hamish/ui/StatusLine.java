package hamish.ui;

import hamish.model.Document;
import hamish.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;
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
        Label user = new Label();
        user.setId("userName");
        user.setPadding(new Insets(0, 12, 0, 12));
        // Who you are and whether it is saved never shrink; the database's address may.
        user.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        user.textProperty().bind(Bindings.createStringBinding(() -> messages.format("status.user", vm.userProperty().get()),
                vm.userProperty()));
        if (vm.session().onServer()) {
            Label team = new Label(messages.format("status.team", vm.session().location()));
            team.setId("databaseLocation");
            team.setPadding(new Insets(0, 12, 0, 12));
            getRightItems().add(team);
        }
        getRightItems().addAll(user, saved);
        textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.library().importingProperty().get()) {
                return messages.format("status.importing", vm.library().filesDoneProperty().get(), vm.library().filesTotalProperty().get());
            }
            Document d = vm.document().documentProperty().get();
            if (d == null) {
                return messages.format("status.library", vm.library().allDocuments().size());
            }
            return messages.format("status.document", vm.document().annotationCountProperty().get(), vm.document().wordCountProperty().get(), d.text().length());
        }, vm.library().importingProperty(), vm.library().filesDoneProperty(), vm.library().filesTotalProperty(), vm.library().allDocuments(),
                vm.document().documentProperty(), vm.document().annotationCountProperty(), vm.document().wordCountProperty()));
        progressProperty().bind(Bindings.createDoubleBinding(() -> {
            if (!vm.library().importingProperty().get()) {
                return 0.0;
            }
            int total = vm.library().filesTotalProperty().get();
            // Indeterminate while the folders are being listed.
            return total == 0 ? -1.0 : Math.max(0.01, vm.library().filesDoneProperty().get() / (double) total);
        }, vm.library().importingProperty(), vm.library().filesDoneProperty(), vm.library().filesTotalProperty()));
    }
}
