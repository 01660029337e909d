package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.model.Kwic;
import hamish.model.SearchHit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The corpus search panel in the real window: type a query, click a context line, land on the match. */
class SearchWindowTest extends WindowTestBase {

    @Test
    void clickingAKeywordInContextLineOpensTheDocumentWithTheMatchSelected() throws Exception {
        start();
        robot.interact(window::searchAll);
        String word = text.substring(someWord().start(), someWord().end());
        robot.clickOn("#searchQuery").write(word).type(KeyCode.ENTER);
        waitUntil(() -> !window.viewModel().search().searchingProperty().get() && !window.viewModel().search().hits().isEmpty()
                && firstLineOf(window.viewModel().search().hits().get(0)) != null);

        SearchHit hit = window.viewModel().search().hits().get(0);
        Kwic first = hit.lines().get(0);
        // A list's cells stand in the scene in no set order: take the first line of the cell showing this hit.
        Node line = firstLineOf(hit);
        Node before = ((javafx.scene.layout.HBox) line).getChildren().get(0);
        Node match = ((javafx.scene.layout.HBox) line).getChildren().get(1);
        Bounds b = before.localToScreen(before.getBoundsInLocal());
        Bounds m = match.localToScreen(match.getBoundsInLocal());
        if (!first.before().isEmpty()) {
            assertTrue(b.getMinX() >= m.getMaxX() - 1, "the text before the match is on its right: " + b + " " + m);
        }
        robot.interact(() -> window.reader().clearSelection());

        // The list rebuilds a cell's nodes whenever it lays the cell out again (updateItem), and a late layout
        // after the results arrived can replace the node looked up above: click the match as it is shown now,
        // and once more, looked up afresh, if the first click met a node that was just being replaced.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(matchOf(hit));
        try {
            try {
                waitUntil(() -> opened(hit, first));
            } catch (TimeoutException firstTry) {
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                robot.clickOn(matchOf(hit));
                waitUntil(() -> opened(hit, first));
            }
        } catch (TimeoutException e) {
            throw new AssertionError("after clicking " + first + " of document " + hit.documentId() + ": document "
                    + window.viewModel().document().documentProperty().get().id() + ", selection " + window.reader().selectionProperty().get(), e);
        }

        Span selected = window.reader().selectionProperty().get();
        assertEquals(first.matched(), selected.of(window.reader().getText()));
        assertTrue(window.reader().characterBoundsOnScreen(selected.start()).isPresent(), "the match is laid out in view");
    }

    private boolean opened(SearchHit hit, Kwic first) {
        return window.viewModel().document().documentProperty().get().id() == hit.documentId()
                && first.match().equals(window.reader().selectionProperty().get());
    }

    private Node matchOf(SearchHit hit) {
        return ((javafx.scene.layout.HBox) firstLineOf(hit)).getChildren().get(1);
    }

    private Node firstLineOf(SearchHit hit) {
        return robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && hit.equals(c.getItem()) && c.isVisible())
                .map(n -> n.lookup(".kwic-line")).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void clickingAnAnnotationSearchRowOpensItsDocumentWithTheAnnotationSelected() throws Exception {
        Span word = someWord();
        long annotationId;
        try (Stores s = Stores.open(db)) {
            long tag = s.tags().byName("Person").orElseThrow().id();
            annotationId = s.annotations().insert(Annotation.of(documentId, text, word, tag, "sara", Fixture.CLOCK.instant())).id();
        }
        start();
        robot.interact(() -> window.viewModel().document().clearSelection());
        // The filters are set through the view-model (typing is the corpus search test's part); the click is real.
        robot.interact(() -> {
            robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(2);
            window.viewModel().annotationSearch().authorProperty().set("sara");
            window.viewModel().annotationSearch().search();
        });
        waitUntil(() -> !robot.lookup("#annotationSearchResults .table-row-cell").queryAll().isEmpty()
                && window.viewModel().annotationSearch().hits().size() == 1);

        // The table's filler rows are cells too, in no set order: click the row that holds the hit.
        Node row = robot.lookup("#annotationSearchResults .table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() != null).findFirst().orElseThrow();
        robot.clickOn(row);
        waitUntil(() -> window.viewModel().document().selectedProperty().get() != null);

        assertEquals(annotationId, window.viewModel().document().selectedProperty().get().id());
        assertEquals(word, window.viewModel().document().selectedProperty().get().span());
    }
}
