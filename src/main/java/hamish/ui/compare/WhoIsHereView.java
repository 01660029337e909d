package hamish.ui.compare;

import hamish.app.Discovering;
import hamish.ui.common.ArabicCells;
import hamish.ui.i18n.Messages;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Who is here": the candidates the view-model found across the open documents (name, type, documents,
 * forms with counts) and Accept, which stores the chosen one as an entity with all its forms in one step.
 */
final class WhoIsHereView extends VBox {

    WhoIsHereView(CompareViewModel vm, Messages messages) {
        TableView<Discovering.Candidate> table = new TableView<>(vm.candidates());
        table.setId("whoIsHereTable");
        table.getColumns().add(column(messages.get("compare.who.name"), 220, c -> c.entity().name()));
        table.getColumns().add(column(messages.get("compare.who.type"), 90, c -> messages.get("entityType." + c.entity().type().name())));
        table.getColumns().add(column(messages.get("compare.who.documents"), 80, c -> String.valueOf(c.documentIds().size())));
        table.getColumns().add(column(messages.get("compare.who.forms"), 480, c -> c.entity().forms().stream()
                .map(f -> f.text() + " ×" + f.count()).collect(Collectors.joining("، "))));
        table.getColumns().add(column(messages.get("compare.who.evidence"), 260, c -> String.join("; ", c.entity().evidence())));
        Button find = new Button(messages.get("compare.who.find"));
        find.setId("whoIsHere");
        find.setOnAction(e -> vm.discoverEntities());
        Button accept = new Button(messages.get("compare.who.accept"));
        accept.setId("acceptCandidate");
        accept.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> vm.acceptCandidate(table.getSelectionModel().getSelectedItem()));
        Button acceptAndFind = new Button(messages.get("compare.who.acceptAndFind"));
        acceptAndFind.setId("acceptCandidateAndFind");
        acceptAndFind.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        acceptAndFind.setOnAction(e -> vm.acceptCandidateAndFindMentions(table.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, find, accept, acceptAndFind), table);
    }

    private static TableColumn<Discovering.Candidate, String> column(String title, double width,
            java.util.function.Function<Discovering.Candidate, String> text) {
        TableColumn<Discovering.Candidate, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setCellFactory(ArabicCells.table(s -> s));
        c.setPrefWidth(width);
        return c;
    }
}
