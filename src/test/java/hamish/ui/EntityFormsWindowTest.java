package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.EntityProposal;
import hamish.app.EntityForms;
import hamish.io.DocumentImporter;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import hamish.text.NameForm;
import hamish.text.WordTokenizer;
import hamish.ui.compare.CompareWindow;
import hamish.ui.compare.EntityFormsView;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Forms…" in the real compare window, headless: the forms of a person are listed, a click on Remove beside
 * the surname takes the surname-only proposals out of the proposal list at once (and stores the removal),
 * Ctrl+Z in the forms window brings them back, and Restore does too.
 */
class EntityFormsWindowTest extends WindowTestBase {

    private List<Document> docs;
    private Entity person;
    private CompareWindow compare;

    @BeforeEach
    void twoReportsAndAPerson() {
        try (Stores s = Stores.open(db)) {
            boolean seeds = Seeds.dir().isPresent();
            if (seeds) {
                long second = new DocumentImporter(s.documents()).importFile(Seeds.dir().get().resolve("002_688baa17ac9f05f1.txt")).documentId();
                docs = List.of(s.documents().get(documentId).orElseThrow(), s.documents().get(second).orElseThrow());
            } else {
                docs = s.documents().list().stream().map(d -> s.documents().get(d.id()).orElseThrow())
                        .filter(d -> d.text().contains("زارين")).toList();
            }
            person = s.entities().insert(new Entity(0, seeds ? "بيني غانتس" : "غوردون فالك", EntityType.PERSON, List.of()));
        }
        assertEquals(2, docs.size());
    }

    private static boolean oneWord(EntityProposal p) {
        return WordTokenizer.tokenize(p.proposal().surface()).size() == 1;
    }

    private List<EntityProposal> proposals() {
        return List.copyOf(compare.viewModel().proposals());
    }

    private List<String> removedInStore() {
        try (Stores s = Stores.open(db)) {
            return s.entities().forms().excluded(person.id()).stream().map(f -> f.form()).toList();
        }
    }

    /** The button of the row showing {@code form}, once that row shows it with {@code styleClass}. */
    private Button button(EntityFormsView view, String form, String styleClass) throws Exception {
        AtomicReference<Button> found = new AtomicReference<>();
        waitUntil(() -> {
            for (Node n : view.formList().lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && cell.getItem() instanceof EntityForms.Form f && f.text().equals(form)) {
                    Node b = cell.lookup("." + styleClass);
                    if (b instanceof Button button) {
                        found.set(button);
                        return true;
                    }
                }
            }
            return false;
        });
        return found.get();
    }

    @Test
    void removingTheSurnameInTheFormsViewTakesItsProposalsAwayAndCtrlZBringsThemBack() throws Exception {
        start();
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(docs.stream().map(Document::id).toList())));
        compare = opened.get();
        waitUntil(() -> compare.viewModel().namingProperty().get() != null
                && compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
        waitUntil(() -> compare.entityList().getItems().stream().anyMatch(e -> e.id() == person.id()));
        robot.interact(() -> compare.entityList().getSelectionModel().select(
                compare.entityList().getItems().stream().filter(e -> e.id() == person.id()).findFirst().orElseThrow()));
        robot.interact(() -> ((Button) compare.root().lookup("#findMentions")).fire());
        waitUntil(() -> !compare.viewModel().proposals().isEmpty());
        List<EntityProposal> before = proposals();
        List<EntityProposal> fullNames = before.stream().filter(p -> !oneWord(p)).toList();
        assertTrue(before.stream().anyMatch(EntityFormsWindowTest::oneWord), "the surname alone is proposed: " + before);
        assertFalse(fullNames.isEmpty(), before.toString());

        // fire(), not a click: the toolbar may run past the edge of the headless screen.
        robot.interact(() -> ((Button) compare.root().lookup("#entityForms")).fire());
        waitUntil(() -> compare.formsView() != null && compare.formsView().stage().isShowing());
        EntityFormsView view = compare.formsView();
        assertNotNull(view);
        waitUntil(() -> view.formList().getItems().stream().anyMatch(f -> f.kind() == NameForm.Kind.SURNAME));
        String surname = view.formList().getItems().stream().filter(f -> f.kind() == NameForm.Kind.SURNAME)
                .findFirst().orElseThrow().text();
        assertTrue(view.formList().getItems().stream().anyMatch(f -> f.text().equals(person.canonicalName())
                && f.status() == EntityForms.Status.FIXED), "the name is listed, not removable");

        robot.clickOn(button(view, surname, "remove-form"));

        waitUntil(() -> !proposals().isEmpty() && proposals().stream().noneMatch(EntityFormsWindowTest::oneWord));
        assertEquals(fullNames, proposals(), "exactly the surname-only proposals went");
        assertEquals(List.of(surname), removedInStore());
        button(view, surname, "restore-form");

        robot.clickOn(view.formList());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> proposals().equals(before));
        assertEquals(List.of(), removedInStore());

        robot.interact(() -> compare.viewModel().redo());
        waitUntil(() -> proposals().equals(fullNames));
        robot.clickOn(button(view, surname, "restore-form"));
        waitUntil(() -> proposals().equals(before));
        assertEquals(List.of(), removedInStore());

        // The shortcut opens the forms from the compare window too.
        robot.interact(() -> view.stage().close());
        robot.interact(() -> compare.entityList().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> compare.formsView() != view && compare.formsView() != null && compare.formsView().stage().isShowing());
    }
}
