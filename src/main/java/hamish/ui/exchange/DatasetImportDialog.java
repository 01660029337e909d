package hamish.ui.exchange;

import hamish.io.DatasetFields.Part;
import hamish.io.DatasetFormat;
import hamish.ui.common.ArabicCells;
import hamish.ui.common.DirectionalColumn;
import hamish.ui.exchange.DatasetImportViewModel.PreviewRow;
import hamish.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Import dataset: the file's format and which field gives each part, over the first rows as they will be
 * stored (a row that would be skipped is marked, with its line and why); then the import with its counts, a
 * progress bar and a cancel, and at the end what was done with every bad row and warning. The dialog stays open
 * after the import so the list can be read; closing it is refused while rows are being written.
 */
public final class DatasetImportDialog extends Dialog<ButtonType> {

    /** Stands for "no field" in the choosers (a field name is never this). */
    static final String NONE = "\u0000none";

    private final DatasetImportViewModel vm;
    private final Button run;
    private final Button stop;
    private final TableView<PreviewRow> table = new TableView<>();
    private final ListView<String> problems = new ListView<>();
    private final List<ComboBox<String>> choosers = new ArrayList<>();
    private final ComboBox<DatasetFormat> format = new ComboBox<>();

    public DatasetImportDialog(Window owner, DatasetImportViewModel vm, Messages messages) {
        this.vm = vm;
        initOwner(owner);
        setTitle(messages.get("datasetImport.title"));
        setResizable(true);

        Label file = new Label();
        file.setId("datasetFile");
        file.textProperty().bind(Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "" : String.valueOf(vm.fileProperty().get().getFileName()), vm.fileProperty()));
        format.setId("datasetFormat");
        format.getItems().setAll(DatasetFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ArabicCells.comboBox(format, f -> messages.get("datasetImport.format." + f.name()));
        HBox top = new HBox(8, new Label(messages.get("datasetImport.file")), file, new Label(messages.get("datasetImport.format")), format);
        top.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(file, Priority.ALWAYS);
        file.setMaxWidth(Double.MAX_VALUE);

        GridPane mapping = new GridPane();
        mapping.setHgap(8);
        mapping.setVgap(6);
        Part[] parts = Part.values();
        for (int i = 0; i < parts.length; i++) {
            ComboBox<String> chooser = chooser(parts[i], messages);
            mapping.add(new Label(messages.get("datasetImport.part." + parts[i].name())), (i % 3) * 2, i / 3);
            mapping.add(chooser, (i % 3) * 2 + 1, i / 3);
        }

        Label note = new Label();
        note.textProperty().bind(Bindings.createStringBinding(() -> vm.loadingProperty().get() ? messages.get("datasetImport.loading")
                        : vm.fieldOf(Part.TEXT).get() == null && vm.errorProperty().get().isEmpty() && !vm.fieldNames().isEmpty()
                        ? messages.get("datasetImport.needText")
                        : messages.format("datasetImport.previewNote", DatasetImportViewModel.PREVIEW_ROWS),
                vm.loadingProperty(), vm.fieldOf(Part.TEXT), vm.errorProperty(), vm.fieldNames()));
        Label error = new Label();
        error.setId("datasetError");
        error.getStyleClass().add("dataset-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        buildTable(messages);

        ProgressBar progress = new ProgressBar();
        progress.setId("datasetProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label counts = new Label();
        counts.setId("datasetCounts");
        counts.textProperty().bind(Bindings.createStringBinding(vm::describeCounts, vm.importedProperty(), vm.duplicatesProperty(),
                vm.badProperty(), vm.warningsProperty()));
        Label summary = new Label();
        summary.setId("datasetSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        problems.setId("datasetProblems");
        problems.setItems(vm.problems());
        problems.setCellFactory(ArabicCells.list(s -> s));
        problems.setPrefHeight(140);
        Label problemsTitle = new Label(messages.get("datasetImport.problems"));
        VBox problemBox = new VBox(4, problemsTitle, problems);
        problemBox.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        VBox outcome = new VBox(6, progress, counts, summary, problemBox);
        outcome.visibleProperty().bind(vm.runningProperty().or(vm.finishedProperty()));
        outcome.managedProperty().bind(outcome.visibleProperty());
        // When the outcome shows up, the preview gives it room (the dialog keeps its size): never the bar or the counts.
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        table.setMinHeight(120);

        VBox content = new VBox(10, top, mapping, note, error, table, outcome);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(1100, 640);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        getDialogPane().setNodeOrientation(owner.getScene().getRoot().getEffectiveNodeOrientation());

        ButtonType runType = new ButtonType(messages.get("datasetImport.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stopType = new ButtonType(messages.get("datasetImport.stop"), ButtonBar.ButtonData.OTHER);
        ButtonType closeType = new ButtonType(messages.get("datasetImport.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(runType, stopType, closeType);
        run = (Button) getDialogPane().lookupButton(runType);
        run.setId("datasetRun");
        run.disableProperty().bind(vm.canImportProperty().not());
        stop = (Button) getDialogPane().lookupButton(stopType);
        stop.setId("datasetStop");
        stop.visibleProperty().bind(vm.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        getDialogPane().lookupButton(closeType).disableProperty().bind(vm.runningProperty());
        // Import and Cancel import act without closing: the counts and the problems stay to be read.
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.runImport(() -> { });
        });
        stop.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.cancel();
        });
        setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });
        vm.runningProperty().addListener((o, was, is) -> setDisabledWhileImporting(is || vm.finishedProperty().get()));
        vm.finishedProperty().addListener((o, was, is) -> setDisabledWhileImporting(is || vm.runningProperty().get()));
    }

    /** The mapping and the format are fixed once rows are written: the summary speaks of them. */
    private void setDisabledWhileImporting(boolean fixed) {
        format.setDisable(fixed);
        choosers.forEach(c -> c.setDisable(fixed));
    }

    private ComboBox<String> chooser(Part part, Messages messages) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("datasetField-" + part.name().toLowerCase(java.util.Locale.ROOT));
        box.setPrefWidth(200);
        ArabicCells.comboBox(box, f -> NONE.equals(f) ? messages.get("datasetImport.none") : f);
        Runnable fill = () -> {
            List<String> items = new ArrayList<>();
            items.add(NONE);
            items.addAll(vm.fieldNames());
            box.getItems().setAll(items);
            box.setValue(vm.fieldOf(part).get() == null ? NONE : vm.fieldOf(part).get());
        };
        fill.run();
        vm.fieldNames().addListener((ListChangeListener<String>) c -> fill.run());
        vm.fieldOf(part).addListener((o, a, b) -> {
            String shown = b == null ? NONE : b;
            if (!Objects.equals(box.getValue(), shown)) {
                box.setValue(shown);
            }
        });
        box.valueProperty().addListener((o, a, b) -> {
            // Null comes while the items are replaced: that is no choice of the user's.
            if (b != null) {
                vm.fieldOf(part).set(NONE.equals(b) ? null : b);
            }
        });
        choosers.add(box);
        return box;
    }

    private void buildTable(Messages messages) {
        table.setId("datasetPreview");
        table.setItems(vm.rows());
        table.getColumns().setAll(List.of(
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.line"), r -> Long.toString(r.line()), 60),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.part.TITLE"), PreviewRow::title, 200),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.part.OUTLET"), PreviewRow::outlet, 100),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.part.DATE"), PreviewRow::date, 110),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.part.URL"), PreviewRow::url, 130),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.part.AUTHOR"), PreviewRow::author, 90),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.textStart"), PreviewRow::text, 180),
                DirectionalColumn.<PreviewRow>of(messages.get("datasetImport.problem"), r -> r.bad() ? r.problem() : "", 240)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("dataset-bad-row");
                setTooltip(empty || row == null ? null : ArabicCells.tooltip(whole(row, messages)));
                if (!empty && row != null && row.bad()) {
                    getStyleClass().add("dataset-bad-row");
                }
            }
        });
    }

    /** A row's cells in full, one a line, for its tooltip: the columns cut long titles, addresses and reasons. */
    private static String whole(PreviewRow row, Messages messages) {
        if (row.bad()) {
            return messages.format("datasetImport.badLine", row.line(), row.problem());
        }
        StringBuilder sb = new StringBuilder(row.title());
        for (String part : List.of(row.outlet(), row.date(), row.url(), row.author())) {
            if (!part.isEmpty()) {
                sb.append('\n').append(part);
            }
        }
        return sb.toString();
    }

    // ---- for tests and automation ---------------------------------------------------------------

    public DatasetImportViewModel viewModel() {
        return vm;
    }

    public Button runButton() {
        return run;
    }

    public Button stopButton() {
        return stop;
    }

    public TableView<PreviewRow> previewTable() {
        return table;
    }

    public ListView<String> problemList() {
        return problems;
    }

    /** The chooser of the field for {@code part}. */
    public ComboBox<String> chooser(Part part) {
        return choosers.get(part.ordinal());
    }
}
