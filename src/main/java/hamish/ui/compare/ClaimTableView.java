package hamish.ui.compare;

import hamish.analysis.ClaimMatrix;
import hamish.io.CompareCsv;
import hamish.ui.common.ArabicCells;
import hamish.ui.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The claim matrix: one row per claim or quote (with its same-claim and paraphrase links), one column per
 * document saying whether and how it carries the claim. Rows only one document carries stand out.
 */
final class ClaimTableView extends TableView<ClaimMatrix.Row> {

    static final String UNMATCHED = "unmatched-claim";

    ClaimTableView(CompareViewModel vm, Messages messages) {
        setId("claimTable");
        // Fixed widths, scrolled sideways: constrained policies squeezed the columns rebuilt for each table.
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ClaimMatrix.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(UNMATCHED);
                if (!empty && row != null && row.unmatched()) {
                    getStyleClass().add(UNMATCHED); // an amber band, light or dark by the theme's stylesheet
                }
            }
        });
        vm.claimsProperty().addListener((o, a, m) -> show(m, messages));
    }

    private void show(ClaimMatrix m, Messages messages) {
        getColumns().clear();
        if (m == null) {
            getItems().clear();
            return;
        }
        getColumns().add(column(messages.get("compare.kind"), 60, r -> r.kind().name()));
        getColumns().add(column(messages.get("compare.claim"), 320, ClaimMatrix.Row::text));
        getColumns().add(column(messages.get("compare.speaker"), 140, ClaimMatrix.Row::speaker));
        getColumns().add(column(messages.get("compare.verb"), 60, ClaimMatrix.Row::verb));
        for (int i = 0; i < m.documents().size(); i++) {
            int doc = i;
            TableColumn<ClaimMatrix.Row, String> column = column(null, 260, r -> {
                ClaimMatrix.Cell c = r.cells().get(doc);
                return mark(c) + c.quote();
            });
            ArabicCells.header(column, CompareCsv.label(m.documents().get(i)));
            getColumns().add(column);
        }
        getItems().setAll(m.rows());
    }

    /**
     * A sign before the quote rather than a word: a Latin word before Arabic in one cell is reordered by the
     * bidi algorithm once the cell is cut short, while a neutral sign stays at the start.
     */
    static String mark(ClaimMatrix.Cell c) {
        return switch (CompareCsv.status(c)) {
            case "carried" -> "✓ ";
            case "paraphrase" -> "≈ ";
            case "contradicted" -> "✗ ";
            default -> "—";
        };
    }

    private static TableColumn<ClaimMatrix.Row, String> column(String title, double width, Function<ClaimMatrix.Row, String> value) {
        TableColumn<ClaimMatrix.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(ArabicCells.table(s -> s));
        return c;
    }
}
