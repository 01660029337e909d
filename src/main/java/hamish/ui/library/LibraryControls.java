package hamish.ui.library;

import hamish.app.DocumentListing;
import hamish.ui.i18n.Messages;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The library's choosers above the list: which collection is shown (with New…, Rename…, Delete), how the list is
 * sorted, which outlet (each with its number of reports in the shown collection) and which dates it shows.
 */
final class LibraryControls extends VBox {

    private final ComboBox<CollectionChoice> collections = new ComboBox<>();
    private final ComboBox<OutletChoice> outlets = new ComboBox<>();
    private final ComboBox<DocumentListing.Sort> sort = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final MenuButton actions = new MenuButton();
    private final MenuItem create = new MenuItem();
    private final MenuItem rename = new MenuItem();
    private final MenuItem delete = new MenuItem();

    LibraryControls(LibraryViewModel vm, Messages messages) {
        setSpacing(6);
        getStyleClass().add("library-controls");
        collections.setId("libraryCollections");
        collections.setItems(vm.collections());
        Function<CollectionChoice, NameAndCountCell.Shown> collectionShown = c -> c.isEveryDocument()
                ? new NameAndCountCell.Shown(null, c.size(), messages.format("library.everyDocument", c.size()))
                : new NameAndCountCell.Shown(c.collection().name(), c.size(), null);
        collections.setCellFactory(v -> new NameAndCountCell<>(collectionShown));
        collections.setButtonCell(new NameAndCountCell<>(collectionShown, true));
        follow(collections, vm.collectionProperty());
        collections.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(collections, Priority.ALWAYS);

        actions.setId("collectionActions");
        actions.setText(messages.get("collection.menu"));
        create.setId("newCollection");
        create.setText(messages.get("collection.new"));
        rename.setId("renameCollection");
        rename.setText(messages.get("collection.rename"));
        delete.setId("deleteCollection");
        delete.setText(messages.get("collection.delete"));
        rename.disableProperty().bind(vm.collectionProperty().map(CollectionChoice::isEveryDocument));
        delete.disableProperty().bind(rename.disableProperty());
        create.setOnAction(e -> new CollectionNameDialog(getScene() == null ? null : getScene().getWindow(), messages,
                messages.get("collection.new"), "", vm::checkCollectionName, vm::createCollection).show());
        rename.setOnAction(e -> new CollectionNameDialog(getScene() == null ? null : getScene().getWindow(), messages,
                messages.get("collection.rename"), vm.collectionProperty().get().collection().name(), vm::checkCollectionName,
                vm::renameShownCollection).show());
        // No confirmation: Ctrl+Z brings a deleted collection back, and its documents stay in the library.
        delete.setOnAction(e -> vm.deleteShownCollection());
        actions.getItems().setAll(create, rename, delete);

        sort.setId("librarySort");
        sort.getItems().setAll(DocumentListing.Sort.values());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentListing.Sort s) {
                return s == null ? "" : messages.get("library.sort." + s.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public DocumentListing.Sort fromString(String s) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(vm.sortProperty());

        outlets.setId("libraryOutlet");
        outlets.setItems(vm.outlets());
        Function<OutletChoice, NameAndCountCell.Shown> outletShown = o -> o.isEveryOutlet()
                ? new NameAndCountCell.Shown(null, o.count(), messages.format("library.everyOutlet", o.count()))
                : o.outlet().isEmpty() ? new NameAndCountCell.Shown(null, o.count(), messages.format("library.noOutlet", o.count()))
                : new NameAndCountCell.Shown(o.outlet(), o.count(), null);
        outlets.setCellFactory(v -> new NameAndCountCell<>(outletShown));
        outlets.setButtonCell(new NameAndCountCell<>(outletShown, true));
        follow(outlets, vm.outletProperty());
        outlets.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(outlets, Priority.ALWAYS);

        from.setId("libraryFrom");
        to.setId("libraryTo");
        from.setPromptText(messages.get("library.from"));
        to.setPromptText(messages.get("library.to"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);

        HBox collectionRow = row(collections, actions);
        HBox sortRow = row(sort, outlets);
        HBox dateRow = row(from, to);
        getChildren().addAll(collectionRow, sortRow, dateRow);
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Keeps a chooser and the view-model's choice together. Not a bidirectional binding: replacing the items (a
     * reload) makes a ComboBox drop its value for a moment, and that null must not reach the view-model.
     */
    private static <T> void follow(ComboBox<T> box, ObjectProperty<T> chosen) {
        box.setValue(chosen.get());
        chosen.addListener((o, a, b) -> box.setValue(b));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(chosen.get())) {
                chosen.set(b);
            } else if (b == null) {
                box.setValue(chosen.get());
            }
        });
        box.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> box.setValue(chosen.get()));
    }
}
