package hamish.ui.compare;

import hamish.analysis.NamingTable;
import hamish.io.CompareCsv;
import hamish.ui.common.ArabicCells;
import hamish.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The naming table: one row per entity, one column per document listing the spellings it uses, with counts. */
final class NamingTableView extends TableView<NamingTable.Row> {

    NamingTableView(CompareViewModel vm, Messages messages) {
        setId("namingTable");
        // Fixed widths, scrolled sideways: constrained policies squeezed the columns rebuilt for each table.
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
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
        entity.setCellFactory(ArabicCells.table(s -> s));
        entity.setPrefWidth(160);
        getColumns().add(entity);
        for (int i = 0; i < table.documents().size(); i++) {
            int column = i;
            TableColumn<NamingTable.Row, String> doc = new TableColumn<>();
            ArabicCells.header(doc, CompareCsv.label(table.documents().get(i)));
            doc.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cellText(column)));
            doc.setCellFactory(ArabicCells.table(s -> s));
            doc.setPrefWidth(400);
            getColumns().add(doc);
        }
        getItems().setAll(table.rows());
    }
}
