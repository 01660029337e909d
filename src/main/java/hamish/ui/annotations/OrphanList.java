package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.model.Span;
import hamish.ui.common.ArabicCells;
import hamish.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Orphaned" section of the annotation panel: annotations a text correction could not place, with
 * their old quote. Select one and a span in the article, then "Place here"; or delete it. Hidden when empty.
 */
public final class OrphanList extends VBox {

    public OrphanList(TextCorrectionViewModel vm, Messages messages, ObservableValue<Span> readerSelection) {
        setId("orphans");
        setSpacing(4);
        setPadding(new Insets(4, 6, 4, 6));
        getStyleClass().add("orphan-list");
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> messages.format("orphans.title", vm.orphans().size()), vm.orphans()));
        title.getStyleClass().add("orphan-title");
        ListView<Annotation> list = new ListView<>(vm.orphans());
        list.setId("orphanList");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                // One line, cut at its logical end: JavaFX must not wrap Arabic (see the reader's package notes).
                ArabicCells.show(this, empty || a == null ? null : a.quote());
            }
        });
        Button place = new Button(messages.get("orphans.place"));
        place.setId("placeOrphan");
        place.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> readerSelection.getValue() == null || readerSelection.getValue().isEmpty(),
                        readerSelection)));
        place.setOnAction(e -> vm.place(list.getSelectionModel().getSelectedItem(), readerSelection.getValue()));
        Button delete = new Button(messages.get("orphans.delete"));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label(messages.get("orphans.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("search-details");
        getChildren().addAll(title, hint, list, new HBox(6, place, delete));
        visibleProperty().bind(Bindings.isNotEmpty(vm.orphans()));
        managedProperty().bind(visibleProperty());
    }
}
