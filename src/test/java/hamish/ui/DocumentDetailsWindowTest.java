package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The library's Details… dialog, headless: a wrong date keeps it open and says why; Save commits; Ctrl+Z undoes. */
class DocumentDetailsWindowTest extends WindowTestBase {

    private String listedTitle() {
        return window.viewModel().library().allDocuments().stream().filter(d -> d.id() == documentId)
                .map(DocumentSummary::title).findFirst().orElseThrow();
    }

    @Test
    void detailsDialogSavesAndCtrlZUndoes() throws Exception {
        start();
        String original = window.viewModel().document().documentProperty().get().title();

        // The open document is the library's selection; its context menu's item is fired directly, since a
        // headless popup is not reliably found by a robot.
        ListView<?> list = robot.lookup("#libraryList").queryAs(ListView.class);
        MenuItem details = list.getContextMenu().getItems().stream().filter(i -> "documentDetails".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("Details…", details.getText());
        assertFalse(details.isDisable(), "one document chosen");
        robot.interact(details::fire);
        waitUntil(() -> robot.lookup("#detailsTitle").tryQuery().isPresent());
        TextField title = robot.lookup("#detailsTitle").queryAs(TextField.class);
        assertEquals(original, title.getText());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, title.getNodeOrientation(), "an Arabic title reads from the right");

        robot.interact(() -> {
            title.setText("Talks resume");
            robot.lookup("#detailsDate").queryAs(TextField.class).setText("2021-13-01");
        });
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, title.getNodeOrientation(), "a Latin title reads from the left");
        robot.clickOn("#detailsSave");
        Label problem = robot.lookup("#detailsProblem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("the date “2021-13-01”"), problem.getText());
        assertEquals(original, listedTitle(), "nothing saved while a value is wrong");

        robot.interact(() -> {
            robot.lookup("#detailsDate").queryAs(TextField.class).setText("2021-12-01");
            robot.lookup("#detailsAuthor").queryAs(TextField.class).setText("مراسلنا في واشنطن");
        });
        robot.clickOn("#detailsSave");
        waitUntil(() -> "Talks resume".equals(listedTitle()) && saved());
        waitUntil(() -> stage.getTitle().startsWith("Talks resume"));
        assertTrue(robot.lookup("#detailsTitle").tryQuery().isEmpty(), "the dialog closed");
        try (Stores s = Stores.open(db)) {
            Document stored = s.documents().get(documentId).orElseThrow();
            assertEquals("Talks resume", stored.title());
            assertEquals("2021-12-01", String.valueOf(stored.published()));
            assertEquals("مراسلنا في واشنطن", stored.author());
        }

        robot.clickOn("#reader");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        waitUntil(() -> original.equals(listedTitle()));
        waitUntil(() -> original.equals(window.viewModel().document().documentProperty().get().title()));
        assertTrue(stage.getTitle().startsWith(original), stage.getTitle());
    }

    @Test
    void theLibraryShowsASavedAddressInTheDocumentsTooltip() throws Exception {
        start();
        ListView<?> list = robot.lookup("#libraryList").queryAs(ListView.class);
        MenuItem details = list.getContextMenu().getItems().stream().filter(i -> "documentDetails".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(tooltipOfListedDocument().isEmpty(), "no address yet, no tooltip");
        robot.interact(details::fire);
        waitUntil(() -> robot.lookup("#detailsUrl").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#detailsUrl").queryAs(TextField.class).setText("https://example.org/news/1"));
        robot.clickOn("#detailsSave");
        waitUntil(() -> tooltipOfListedDocument().equals("https://example.org/news/1"));
    }

    /** The tooltip text of the library cell that shows the open document, empty when it has none. */
    private String tooltipOfListedDocument() {
        return robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof DocumentSummary d && d.id() == documentId)
                .map(c -> c.getTooltip() == null ? "" : c.getTooltip().getText()).findFirst().orElse("");
    }
}
