package hamish.ui.compare;

import hamish.io.compare.CompareCsv;
import hamish.io.compare.NamingTable;
import hamish.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The naming table: one row per entity, one column per document listing the spellings it uses, with counts. */
final class NamingTableView extends TableView<NamingTable.Row> {

    NamingTableView(CompareViewModel vm, Messages messages) {
        setId("namingTable");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.namingProperty().addListener((o, a, table) -> show(table, messages));
    }

    private void show(NamingTable table, Messages messages) {
        getColumns().clear();
        if (table == null) {
            getItems().clear();
            return;
        }
        TableColumn<NamingTable.Row, String> entity = new TableColumn<>(messages.get("compare.entity"));
        entity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().entity().canonicalName()));
        getColumns().add(entity);
        for (int i = 0; i < table.documents().size(); i++) {
            int column = i;
            TableColumn<NamingTable.Row, String> doc = new TableColumn<>(CompareCsv.label(table.documents().get(i)));
            doc.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cellText(column)));
            getColumns().add(doc);
        }
        getItems().setAll(table.rows());
    }
}
