package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        Node before = ((javafx.scene.Parent) line).getChildrenUnmodifiable().get(0);
        Node match = ((javafx.scene.Parent) line).getChildrenUnmodifiable().get(1);
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
        return ((javafx.scene.Parent) firstLineOf(hit)).getChildrenUnmodifiable().get(1);
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

    // ---- the search view with room: centred matches, documents with counts, keys ------------------------------

    /** Runs {@code word} over the samples as well as the test's document, so that several documents are found. */
    private void searchMany(String word) throws Exception {
        try (Stores s = Stores.open(db)) {
            new hamish.io.DocumentImporter(s.documents()).importSamples();
        }
        start();
        robot.interact(window::searchAll);
        robot.interact(() -> {
            window.viewModel().search().queryProperty().set(word);
            window.viewModel().search().search();
        });
        waitUntil(() -> !window.viewModel().search().searchingProperty().get() && window.viewModel().search().hits().size() >= 2
                && !shownLines().isEmpty());
    }

    private java.util.List<javafx.scene.layout.Region> shownLines() {
        return robot.lookup("#searchResults .kwic-line").queryAll().stream()
                .filter(n -> n.isVisible() && n.getScene() != null && ((ListCell<?>) cellOf(n)).getItem() != null)
                .map(n -> (javafx.scene.layout.Region) n).toList();
    }

    private static Node cellOf(Node n) {
        Node k = n;
        while (!(k instanceof ListCell<?>)) {
            k = k.getParent();
        }
        return k;
    }

    private static String textOf(Node flow) {
        return ((javafx.scene.text.TextFlow) flow).getChildren().stream().map(t -> ((javafx.scene.text.Text) t).getText())
                .collect(java.util.stream.Collectors.joining());
    }

    /** Every shown line: its whole match drawn inside the line, centred in it, and the line inside the list. */
    private void assertMatchesWhole(String width) {
        Bounds list = robot.lookup("#searchResults").query().localToScreen(robot.lookup("#searchResults").query().getBoundsInLocal());
        java.util.List<javafx.scene.layout.Region> lines = shownLines();
        assertTrue(lines.size() >= 2, width + ": lines shown " + lines.size());
        for (javafx.scene.layout.Region line : lines) {
            Node match = line.getChildrenUnmodifiable().get(1);
            Bounds l = line.localToScreen(line.getBoundsInLocal());
            Bounds m = match.localToScreen(match.getBoundsInLocal());
            // The cell's box holds the document's header, then its lines in order.
            SearchHit hit = (SearchHit) ((ListCell<?>) cellOf(line)).getItem();
            Kwic kwic = hit.lines().get(line.getParent().getChildrenUnmodifiable().indexOf(line) - 1);
            String shown = textOf(match);
            assertTrue(m.getMinX() >= l.getMinX() - 0.5 && m.getMaxX() <= l.getMaxX() + 0.5,
                    width + ": match " + shown + " " + m + " inside its line " + l);
            assertTrue(l.getMinX() >= list.getMinX() - 0.5 && l.getMaxX() <= list.getMaxX() + 0.5, width + ": line inside the list");
            assertEquals(l.getCenterX(), m.getCenterX(), 1.5, width + ": the match is centred in its line");
            // The context either side stays inside the line too, cut where it had to be.
            for (int side : new int[] {0, 2}) {
                Node piece = line.getChildrenUnmodifiable().get(side);
                Bounds p = piece.localToScreen(piece.getBoundsInLocal());
                if (p.getWidth() > 0) {
                    assertTrue(p.getMinX() >= l.getMinX() - 1 && p.getMaxX() <= l.getMaxX() + 1, width + ": context inside, " + textOf(piece));
                }
            }
            assertTrue(!shown.isBlank(), "the match is drawn");
            assertEquals(kwic.matched(), shown, "the whole match is drawn");
        }
    }

    @Test
    void theMatchOfEveryLineIsWholeAndCentredInANarrowPanelAndInTheWideView() throws Exception {
        searchMany("في");
        assertMatchesWhole("wide");
        // Hit test too: the point at the middle of the line is on the match.
        javafx.scene.layout.Region first = shownLines().get(0);
        Bounds l = first.localToScreen(first.getBoundsInLocal());
        javafx.scene.text.TextFlow match = (javafx.scene.text.TextFlow) first.getChildrenUnmodifiable().get(1);
        javafx.geometry.Point2D middle = match.screenToLocal(l.getCenterX(), l.getCenterY());
        assertTrue(match.contains(middle), "the middle of the line is on the match");
        int index = match.hitTest(middle).getCharIndex();
        assertTrue(index >= 0 && index < textOf(match).length(), "a char of the match is there: " + index);

        robot.interact(() -> {
            window.searchView().wideProperty().set(false);
            robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !shownLines().isEmpty() && robot.lookup("#searchResults").query().getLayoutBounds().getWidth() < 400);
        // Narrow enough that context must be cut somewhere.
        assertTrue(shownLines().stream().anyMatch(n -> textOf(n.getChildrenUnmodifiable().get(0)).startsWith("…")
                || textOf(n.getChildrenUnmodifiable().get(2)).endsWith("…")), "context is cut in the side panel");
        assertMatchesWhole("narrow");
    }

    @Test
    void eachDocumentShowsItsMatchCountAndAsManyLinesAsItHasMatches() throws Exception {
        searchMany("في");
        var vm = window.viewModel().search();
        // Every match of every document, as the search service counts them, with lines for all of them.
        java.util.Map<Long, Integer> all = new java.util.HashMap<>();
        try (Stores s = Stores.open(db)) {
            new hamish.store.CorpusSearch(s.database()).search("في", hamish.store.SearchOptions.firstPage().withLinesPerHit(10_000))
                    .forEach(h -> all.put(h.documentId(), h.lines().size()));
        }
        for (SearchHit hit : vm.hits()) {
            assertEquals(all.get(hit.documentId()).intValue(), hit.matchCount(), "the count is the number of matches");
            assertEquals(Math.min(hit.matchCount(), 10), hit.lines().size());
        }
        java.util.List<ListCell<?>> cells = robot.lookup("#searchResults .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getItem() != null && c.isVisible()).toList();
        assertFalse(cells.isEmpty());
        for (ListCell<?> cell : cells) {
            SearchHit hit = (SearchHit) cell.getItem();
            javafx.scene.control.Label details = (javafx.scene.control.Label) cell.lookup(".search-details");
            assertTrue(details.getText().startsWith(window.viewModel().messages().format("search.matches", hit.matchCount())),
                    details.getText());
            assertEquals(hit.lines().size(), cell.lookupAll(".kwic-line").size(), "one line per match shown");
        }
    }

    @Test
    void keysStepThroughMatchesAndDocumentsAndEnterOpensTheDocumentAtTheMatch() throws Exception {
        searchMany("في");
        var vm = window.viewModel().search();
        robot.clickOn("#searchQuery");
        robot.type(KeyCode.DOWN); // from the query into the results, on the first match
        assertEquals(new hamish.ui.search.SearchPosition(0, 0), vm.cursor().current());
        robot.type(KeyCode.DOWN);
        SearchHit first = vm.hits().get(0);
        hamish.ui.search.SearchPosition second = first.lines().size() > 1 ? new hamish.ui.search.SearchPosition(0, 1)
                : new hamish.ui.search.SearchPosition(1, 0);
        assertEquals(second, vm.cursor().current());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(new hamish.ui.search.SearchPosition(second.hit() + 1, 0), vm.cursor().current());
        robot.type(KeyCode.UP);
        robot.type(KeyCode.RIGHT); // the next document in an English window
        hamish.ui.search.SearchPosition at = vm.cursor().current();
        assertEquals(0, at.line());
        assertTrue(robot.lookup("#searchResults .kwic-line").queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("current"))), "the line is marked");

        SearchHit hit = vm.hits().get(at.hit());
        Kwic line = hit.lines().get(at.line());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> opened(hit, line));
        assertEquals(line.matched(), window.reader().selectionProperty().get().of(window.reader().getText()));
        assertFalse(window.searchView().wideProperty().get(), "the article is back in the middle");

        robot.interact(window::searchAll);
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.searchView().wideProperty().get(), "Esc goes back to the article");
        assertTrue(window.reader().getScene() != null && window.reader().isVisible());
    }
}
