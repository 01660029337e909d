package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.DocumentListing;
import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import hamish.ui.compare.CompareWindow;
import hamish.ui.library.CollectionChoice;
import hamish.ui.library.OutletChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library's collections, headless: create one, put documents in it, show it, sort it by outlet and by date,
 * narrow it to an outlet and to a date range, compare two of its documents, and undo putting them in.
 */
class LibraryCollectionsWindowTest extends WindowTestBase {

    private long sabq;
    private long okaz;
    private long okazEarlier;
    private long riyadh;

    @BeforeEach
    void reportsOfOneEvent() {
        try (Stores s = Stores.open(db)) {
            sabq = insert(s, "أمير عسير يقف على موقع التفجير: «لن ننسى الشهداء»", "سبق", LocalDate.of(2015, 8, 6));
            okaz = insert(s, "علماء لـ «عكاظ»: التفجير لا يقدم عليه إلا من باع دينه", "عكاظ", LocalDate.of(2015, 8, 7));
            okazEarlier = insert(s, "إيقاف مؤقت لمظاهر الاحتفالات .. بمهرجان أبها", "عكاظ", LocalDate.of(2015, 8, 5));
            riyadh = insert(s, "أهالي عسير يتسابقون للتبرع بدمائهم", "الرياض", LocalDate.of(2015, 8, 6));
        }
    }

    private static long insert(Stores s, String title, String outlet, LocalDate date) {
        String text = title + "\nنص التقرير عن التفجير في أبها.\n";
        return s.documents().insert(new Document(0, title, outlet, date, "ar", text, "h-" + title, Instant.EPOCH)).id();
    }

    /** Read on the FX thread, where the list changes. */
    private int sizeOfCollection(int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var all = window.viewModel().library().collections();
            return all.size() > index ? all.get(index).size() : -1;
        }).get();
    }

    private ListView<DocumentSummary> list() {
        @SuppressWarnings("unchecked")
        ListView<DocumentSummary> list = robot.lookup("#libraryList").queryAs(ListView.class);
        return list;
    }

    private List<Long> shownIds() {
        return list().getItems().stream().map(DocumentSummary::id).toList();
    }

    private MenuItem contextItem(String id) {
        return list().getContextMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void select(long... ids) {
        robot.interact(() -> {
            list().getSelectionModel().clearSelection();
            for (long id : ids) {
                list().getItems().stream().filter(d -> d.id() == id).findFirst().ifPresent(d -> list().getSelectionModel().select(d));
            }
        });
    }

    @Test
    void createFillShowSortFilterAndCompareACollection() throws Exception {
        start();
        // Create it through the Collection menu and its dialog: a blank name is refused and the dialog stays open.
        MenuButton actions = robot.lookup("#collectionActions").queryAs(MenuButton.class);
        MenuItem create = actions.getItems().stream().filter(i -> "newCollection".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(actions.getItems().stream().filter(i -> "deleteCollection".equals(i.getId())).findFirst().orElseThrow().isDisable(),
                "nothing to delete while every document is shown");
        robot.interact(create::fire);
        waitUntil(() -> robot.lookup("#collectionName").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#collectionName").queryAs(TextField.class).setText("   "));
        robot.clickOn("#collectionSave");
        assertTrue(robot.lookup("#collectionNameProblem").queryAs(Label.class).isVisible());
        robot.interact(() -> robot.lookup("#collectionName").queryAs(TextField.class).setText("تفجير أبها"));
        robot.clickOn("#collectionSave");
        waitUntil(() -> window.viewModel().library().collections().size() == 2 && saved());
        CollectionChoice event = window.viewModel().library().collections().get(1);
        assertEquals("تفجير أبها", event.collection().name());

        // Put three of the five documents in it from the context menu.
        select(sabq, okaz, okazEarlier);
        Menu addTo = (Menu) contextItem("addToCollection");
        assertFalse(addTo.isDisable());
        MenuItem intoEvent = addTo.getItems().stream().filter(i -> ("addTo-" + event.id()).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(intoEvent::fire);
        waitUntil(() -> sizeOfCollection(1) == 3);
        try (Stores s = Stores.open(db)) {
            assertEquals(List.of(sabq, okaz, okazEarlier).stream().sorted().toList(),
                    s.collections().documentIds(event.id()).stream().sorted().toList());
        }

        // Show it: only its documents, and its outlets counted at a glance.
        @SuppressWarnings("unchecked")
        ComboBox<CollectionChoice> collections = robot.lookup("#libraryCollections").queryAs(ComboBox.class);
        robot.interact(() -> collections.getSelectionModel().select(1));
        waitUntil(() -> shownIds().size() == 3);
        assertEquals(List.of(sabq, okaz, okazEarlier), shownIds(), "import order");
        @SuppressWarnings("unchecked")
        ComboBox<OutletChoice> outlets = robot.lookup("#libraryOutlet").queryAs(ComboBox.class);
        assertEquals(List.of(new OutletChoice(null, 3), new OutletChoice("عكاظ", 2), new OutletChoice("سبق", 1)), outlets.getItems());

        // The closed choosers show their value as an unselected row would: dark text on the light theme's button.
        List<String> wrong = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (ComboBox<?> box : List.of(collections, outlets)) {
                var button = (javafx.scene.control.ListCell<?>) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
                if (button.isSelected()) {
                    wrong.add(box.getId() + ": button cell drawn as selected");
                }
                button.lookupAll(".label").stream().map(l -> (Label) l)
                        .filter(l -> ((javafx.scene.paint.Color) l.getTextFill()).getBrightness() > 0.5)
                        .forEach(l -> wrong.add(box.getId() + ": “" + l.getText() + "” in " + l.getTextFill()));
            }
        });
        assertTrue(wrong.isEmpty(), wrong.toString());

        // Sorted by outlet (سبق before عكاظ; one outlet's reports by date), then by date.
        @SuppressWarnings("unchecked")
        ComboBox<DocumentListing.Sort> sort = robot.lookup("#librarySort").queryAs(ComboBox.class);
        robot.interact(() -> sort.setValue(DocumentListing.Sort.OUTLET));
        assertEquals(List.of(sabq, okazEarlier, okaz), shownIds());
        robot.interact(() -> sort.setValue(DocumentListing.Sort.DATE));
        assertEquals(List.of(okazEarlier, sabq, okaz), shownIds());

        // Narrowed to one outlet, then to a date range as well.
        robot.interact(() -> outlets.getSelectionModel().select(1));
        assertEquals(List.of(okazEarlier, okaz), shownIds());
        robot.interact(() -> robot.lookup("#libraryFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2015, 8, 6)));
        assertEquals(List.of(okaz), shownIds());
        robot.interact(() -> outlets.getSelectionModel().select(0));
        assertEquals(List.of(sabq, okaz), shownIds(), "from the 6th, every outlet");
        robot.interact(() -> robot.lookup("#libraryTo").queryAs(DatePicker.class).setValue(LocalDate.of(2015, 8, 6)));
        assertEquals(List.of(sabq), shownIds(), "the 6th only; the other report of that day is not in the collection");
        robot.interact(() -> {
            robot.lookup("#libraryFrom").queryAs(DatePicker.class).setValue(null);
            robot.lookup("#libraryTo").queryAs(DatePicker.class).setValue(null);
        });
        assertEquals(3, shownIds().size());

        // Titles are drawn as text nodes, not labels, with their separators.
        assertTrue(robot.lookup(".library-title").queryAll().stream().flatMap(n -> n.lookupAll(".single-line-text").stream())
                .map(n -> ((Text) n).getText()).anyMatch(t -> t.contains("«عكاظ»:") || t.contains("«")), "titles as text nodes");
        assertTrue(robot.lookup("#libraryList").lookup(".label").queryAllAs(Label.class).stream()
                .noneMatch(l -> Objects.equals(l.getText(), "علماء لـ «عكاظ»: التفجير لا يقدم عليه إلا من باع دينه")), "no title in a label");

        // Compare two documents chosen within the collection.
        select(okazEarlier, okaz);
        robot.interact(() -> contextItem("compareSelected").fire());
        CompareWindow compare = window.lastCompare();
        waitUntil(() -> compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
        assertEquals(List.of(okazEarlier, okaz), compare.viewModel().panes().stream().map(p -> p.documentProperty().get().id()).toList());
        robot.interact(() -> compare.stage().close());

        // Take one out of the collection, then Ctrl+Z puts it back.
        select(okaz);
        robot.interact(() -> contextItem("removeFromCollection").fire());
        waitUntil(() -> shownIds().size() == 2 && saved());
        robot.clickOn("#reader");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> shownIds().size() == 3);
        assertEquals(List.of(okazEarlier, sabq, okaz), shownIds(), "still sorted by date");
    }

    @Test
    void aDeletedCollectionFallsBackToEveryDocumentAndCtrlZBringsItBack() throws Exception {
        start();
        robot.interact(() -> window.viewModel().library().createCollection("الرياض"));
        waitUntil(() -> window.viewModel().library().collections().size() == 2);
        long id = window.viewModel().library().collections().get(1).id();
        robot.interact(() -> window.viewModel().library().addToCollection(id, List.of(riyadh)));
        waitUntil(() -> sizeOfCollection(1) == 1);
        @SuppressWarnings("unchecked")
        ComboBox<CollectionChoice> collections = robot.lookup("#libraryCollections").queryAs(ComboBox.class);
        robot.interact(() -> collections.getSelectionModel().select(1));
        waitUntil(() -> shownIds().equals(List.of(riyadh)));

        MenuButton actions = robot.lookup("#collectionActions").queryAs(MenuButton.class);
        robot.interact(() -> actions.getItems().stream().filter(i -> "deleteCollection".equals(i.getId())).findFirst().orElseThrow().fire());
        int everyDocument;
        try (Stores s = Stores.open(db)) {
            everyDocument = s.documents().list().size(); // the seed, or the samples where the seeds are absent, and four
        }
        waitUntil(() -> window.viewModel().library().collections().size() == 1 && shownIds().size() == everyDocument);
        assertTrue(collections.getValue().isEveryDocument());

        robot.clickOn("#reader");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().library().collections().size() == 2);
        assertEquals(1, window.viewModel().library().collections().get(1).size(), "back with its document");
    }
}
