package hamish.ui.exchange;

import hamish.io.ExportFormat;
import hamish.ui.exchange.ExportViewModel.Scope;
import hamish.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** File → Export: format, scope and folder; stays open with a progress bar while the export runs. */
public final class ExportDialog extends Dialog<ButtonType> {

    /** The ids each scope exports, asked when the user presses Export (the library selection may have changed). */
    public record Scopes(Supplier<List<Long>> openDocument, Supplier<List<Long>> selected) {
    }

    public ExportDialog(Window owner, ExportViewModel vm, Messages messages, Scopes scopes) {
        initOwner(owner);
        setTitle(messages.get("export.title"));
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        Map<ExportFormat, String> names = Map.of(ExportFormat.CSV, messages.get("export.csv"),
                ExportFormat.JSONLD, messages.get("export.jsonld"), ExportFormat.BRAT, messages.get("export.brat"));
        format.setCellFactory(v -> new FormatCell(names));
        format.setButtonCell(new FormatCell(names));

        ToggleGroup group = new ToggleGroup();
        RadioButton open = scope(messages.get("export.scopeOpen"), Scope.OPEN_DOCUMENT, group, vm, !scopes.openDocument().get().isEmpty());
        RadioButton selected = scope(messages.get("export.scopeSelected"), Scope.SELECTED, group, vm, !scopes.selected().get().isEmpty());
        RadioButton corpus = scope(messages.get("export.scopeCorpus"), Scope.CORPUS, group, vm, true);

        TextField folder = new TextField();
        folder.setEditable(false);
        folder.setId("exportFolder");
        vm.folderProperty().addListener((o, a, b) -> folder.setText(b == null ? "" : b.toString()));
        folder.setText(vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString());
        Button browse = new Button(messages.get("export.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("export.folder"));
            if (vm.folderProperty().get() != null && vm.folderProperty().get().toFile().isDirectory()) {
                chooser.setInitialDirectory(vm.folderProperty().get().toFile());
            }
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                vm.folderProperty().set(chosen.toPath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("export.format")), format);
        grid.addRow(1, new Label(messages.get("export.scope")), new VBox(4, open, selected, corpus));
        grid.addRow(2, new Label(messages.get("export.folder")), new HBox(6, folder, browse));
        getDialogPane().setContent(new VBox(10, grid, progress));
        getDialogPane().setNodeOrientation(owner.getScene().getRoot().getEffectiveNodeOrientation());

        ButtonType exportButton = new ButtonType(messages.get("export.run"), ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(exportButton, ButtonType.CANCEL);
        Button run = (Button) getDialogPane().lookupButton(exportButton);
        run.disableProperty().bind(vm.folderProperty().isNull().or(vm.runningProperty()));
        getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(vm.runningProperty());
        // The dialog stays open while the export runs and closes once it is over.
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            List<Long> ids = switch (vm.scopeProperty().get()) {
                case OPEN_DOCUMENT -> scopes.openDocument().get();
                case SELECTED -> scopes.selected().get();
                case CORPUS -> List.of();
            };
            vm.export(ids, file -> confirmOverwrite(file, messages), () -> {
                if (!vm.written().isEmpty()) {
                    setResult(exportButton);
                    close();
                }
            });
        });
    }

    private boolean confirmOverwrite(Path file, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("export.overwrite", file.getFileName(), file.getParent()),
                ButtonType.YES, ButtonType.NO);
        alert.initOwner(getDialogPane().getScene().getWindow());
        alert.setHeaderText(null);
        alert.setTitle(messages.get("export.title"));
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private static RadioButton scope(String text, Scope scope, ToggleGroup group, ExportViewModel vm, boolean enabled) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(group);
        b.setDisable(!enabled);
        b.setSelected(vm.scopeProperty().get() == scope && enabled);
        b.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                vm.scopeProperty().set(scope);
            }
        });
        if (!enabled && vm.scopeProperty().get() == scope) {
            vm.scopeProperty().set(Scope.CORPUS);
        }
        return b;
    }

    private static final class FormatCell extends ListCell<ExportFormat> {
        private final Map<ExportFormat, String> names;

        FormatCell(Map<ExportFormat, String> names) {
            this.names = names;
        }

        @Override
        protected void updateItem(ExportFormat f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : names.get(f));
        }
    }
}
