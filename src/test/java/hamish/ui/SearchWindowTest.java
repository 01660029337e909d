package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import hamish.store.Kwic;
import hamish.store.SearchHit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The corpus search panel in the real window: type a query, click a context line, land on the match. */
class SearchWindowTest extends WindowTestBase {

    @Test
    void clickingAKeywordInContextLineOpensTheDocumentWithTheMatchSelected() throws Exception {
        start();
        robot.interact(window::searchAll);
        String word = text.substring(someWord().start(), someWord().end());
        robot.clickOn("#searchQuery").write(word).type(KeyCode.ENTER);
        waitUntil(() -> !window.viewModel().search().hits().isEmpty() && !robot.lookup(".kwic-line").queryAll().isEmpty());

        SearchHit hit = window.viewModel().search().hits().get(0);
        Kwic first = hit.lines().get(0);
        Node line = robot.lookup(".kwic-line").queryAll().iterator().next();
        Node before = ((javafx.scene.layout.HBox) line).getChildren().get(0);
        Node match = ((javafx.scene.layout.HBox) line).getChildren().get(1);
        Bounds b = before.localToScreen(before.getBoundsInLocal());
        Bounds m = match.localToScreen(match.getBoundsInLocal());
        if (!first.before().isEmpty()) {
            assertTrue(b.getMinX() >= m.getMaxX() - 1, "the text before the match is on its right: " + b + " " + m);
        }
        robot.interact(() -> window.reader().clearSelection());

        robot.clickOn(match);
        waitUntil(() -> window.viewModel().document().documentProperty().get().id() == hit.documentId()
                && first.match().equals(window.reader().selectionProperty().get()));

        Span selected = window.reader().selectionProperty().get();
        assertEquals(first.matched(), selected.of(window.reader().getText()));
        assertTrue(window.reader().characterBoundsOnScreen(selected.start()).isPresent(), "the match is laid out in view");
    }
}
