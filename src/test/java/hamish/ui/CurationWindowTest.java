package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.SpanAgreement.Match;
import hamish.app.Curating;
import hamish.app.Curating.Item;
import hamish.model.Annotation;
import hamish.model.CuratableDocument;
import hamish.model.Document;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.ui.common.ArabicLine;
import hamish.ui.curation.CurationViewModel;
import hamish.ui.curation.CurationWindow;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The curation view in the real window, headless: alice and bob annotated the open article (one exact match, one overlap
 * with another extent and tag, one span only alice tagged, one only bob tagged); Tools → Curate lists the four items in
 * document order, each reader shows its annotator's highlights only, and accepting an item adds a highlight to the
 * curated reader and a row to the database written by the window's user; Undo takes it back.
 */
class CurationWindowTest extends WindowTestBase {

    private final List<Span> words = new ArrayList<>();
    private Annotation exactA;
    private Annotation onlyA;
    private Annotation overlapB;
    private Annotation onlyB;

    @BeforeEach
    void twoAnnotators() {
        Matcher m = Pattern.compile("[\\p{IsArabic}]+").matcher(text);
        while (m.find() && words.size() < 12) {
            words.add(new Span(m.start(), m.end()));
        }
        assertTrue(words.size() >= 10, "the article has words");
        try (Stores s = Stores.open(db)) {
            long person = s.tags().byName("Person").orElseThrow().id();
            long organisation = s.tags().byName("Organisation").orElseThrow().id();
            long place = s.tags().byName("Place").orElseThrow().id();
            long quote = s.tags().byName("Quote").orElseThrow().id();
            exactA = add(s, words.get(1), person, "alice");
            add(s, words.get(1), person, "bob");
            onlyA = add(s, new Span(words.get(3).start(), words.get(4).end()), quote, "alice");
            add(s, words.get(6), place, "alice");
            overlapB = add(s, new Span(words.get(6).start(), words.get(7).end()), organisation, "bob");
            onlyB = add(s, words.get(9), person, "bob");
        }
    }

    private Annotation add(Stores s, Span span, long tag, String author) {
        return s.annotations().insertAll(List.of(Annotation.of(documentId, text, span, tag, author, Fixture.CLOCK.instant())), author).get(0);
    }

    @SuppressWarnings("unchecked")
    private ListView<Item> items() {
        return robot.lookup("#curationItems").queryAs(ListView.class);
    }

    private CurationWindow curation() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#curationItems") != null)
                .findFirst().map(w -> (CurationWindow) w.getScene().getRoot().getProperties().get(CurationWindow.class)).orElseThrow();
    }

    private List<Annotation> curated() {
        try (Stores s = Stores.open(db)) {
            return s.annotations().forDocument(documentId).stream().filter(a -> a.author().equals(Curating.CURATED)).toList();
        }
    }

    @Test
    void listsTheFourItemsAndAcceptingAddsACuratedHighlight() throws Exception {
        start();
        robot.interact(window::curate);
        waitUntil(() -> robot.lookup("#curationItems").tryQuery().isPresent() && items().getItems().size() == 4);
        CurationWindow w = curation();
        assertEquals(List.of(Match.EXACT, Match.ONLY_A, Match.OVERLAPPING, Match.ONLY_B),
                items().getItems().stream().map(Item::match).toList());
        assertEquals(List.of("alice", "bob"), w.viewModel().annotators());
        // Each reader shows its annotator's spans only; the curated reader none yet.
        assertTrue(w.readerA().highlightAt(onlyA.start()).isPresent());
        assertTrue(w.readerB().highlightAt(onlyA.start()).isEmpty());
        assertTrue(w.readerB().highlightAt(onlyB.start()).isPresent());
        assertTrue(w.readerA().highlightAt(onlyB.start()).isEmpty());
        assertTrue(w.curatedReader().highlightAt(exactA.start()).isEmpty());
        // The first item is selected and focused in both readers.
        assertEquals(HighlightStyle.FOCUS, w.readerA().highlightAt(exactA.start()).map(Highlight::style).orElseThrow());

        robot.clickOn("#curationAcceptA");
        try {
            waitUntil(() -> w.curatedReader().highlightAt(exactA.start()).isPresent() && saved());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("curated " + curated() + " shown " + w.viewModel().curatedHighlightsProperty().get() + " state "
                    + window.viewModel().session().saveStateProperty().get() + " selected " + w.viewModel().selectedProperty().get()
                    + " disabled " + robot.lookup("#curationAcceptA").query().isDisabled() + " stage " + w.stage().getX() + "," + w.stage().getY()
                    + " " + w.stage().getWidth() + "x" + w.stage().getHeight(), e);
        }
        List<Annotation> layer = curated();
        assertEquals(1, layer.size());
        assertEquals(exactA.span(), layer.get(0).span());
        assertEquals(exactA.quote(), layer.get(0).quote());
        try (Stores s = Stores.open(db)) {
            assertEquals(System.getProperty("user.name", ""), s.annotations().revision(layer.get(0).id()).orElseThrow().changedBy());
        }
        // Decided: the next open item is selected, and the list counts one decided.
        assertEquals(1, w.viewModel().decided());
        assertEquals(items().getItems().get(1), w.viewModel().selectedProperty().get());

        // B's span of the overlap, by its key.
        robot.interact(() -> w.viewModel().selectedProperty().set(items().getItems().get(2)));
        robot.interact(items()::requestFocus);
        robot.type(javafx.scene.input.KeyCode.B);
        waitUntil(() -> curated().size() == 2 && w.curatedReader().highlightAt(overlapB.end() - 1).isPresent());

        robot.clickOn("#curationUndo");
        waitUntil(() -> curated().size() == 1 && w.curatedReader().highlightAt(overlapB.end() - 1).isEmpty());
        robot.clickOn("#curationUndo");
        waitUntil(() -> curated().isEmpty() && w.curatedReader().highlightAt(exactA.start()).isEmpty());
    }

    @Test
    void neitherIsShownAfterReopeningAndAnotherDocumentCanBeChosen() throws Exception {
        String second = "قالت المتحدثة باسم الحكومة إن الوفد سيصل إلى القاهرة مساء الأحد.\n";
        long secondId;
        try (Stores s = Stores.open(db)) {
            secondId = s.documents().insert(new Document(0, "وصول الوفد إلى القاهرة - الأحد", "وكالة", null, "ar", second, "curation-second",
                    Fixture.CLOCK.instant())).id();
            long place = s.tags().byName("Place").orElseThrow().id();
            int cairo = second.indexOf("القاهرة");
            for (String author : List.of("alice", "bob")) {
                s.annotations().insertAll(List.of(Annotation.of(secondId, second, new Span(cairo, cairo + 7), place, author,
                        Fixture.CLOCK.instant())), author);
            }
        }
        start();
        robot.interact(window::curate);
        waitUntil(() -> robot.lookup("#curationItems").tryQuery().isPresent() && items().getItems().size() == 4);
        CurationWindow first = curation();
        robot.interact(() -> first.viewModel().selectedProperty().set(items().getItems().get(1)));
        robot.clickOn("#curationNeither");
        waitUntil(() -> first.viewModel().decided() == 1 && saved());
        assertEquals(CurationViewModel.State.NEITHER, first.viewModel().state(items().getItems().get(1)));
        assertTrue(curated().isEmpty(), "neither writes nothing into the curated layer");

        // A new window reads the decision: the item is still "neither".
        robot.interact(first.stage()::close);
        robot.interact(window::curate);
        waitUntil(() -> robot.lookup("#curationItems").tryQuery().isPresent() && curation() != first && items().getItems().size() == 4);
        CurationWindow again = curation();
        assertEquals(CurationViewModel.State.NEITHER, again.viewModel().state(items().getItems().get(1)));
        assertEquals(1, again.viewModel().decided());

        // The chooser lists the documents with two annotators; choosing the other one shows its single agreement.
        ComboBox<CuratableDocument> chooser = again.documentChooser();
        assertEquals(List.of(documentId, secondId), chooser.getItems().stream().map(CuratableDocument::id).toList());
        assertEquals(documentId, chooser.getValue().id());
        robot.interact(() -> chooser.setValue(chooser.getItems().get(1)));
        waitUntil(() -> again.viewModel().documentProperty().get().id() == secondId && items().getItems().size() == 1);
        assertEquals(Match.EXACT, items().getItems().get(0).match());
        assertEquals(List.of("alice", "bob"), List.of(again.viewModel().userAProperty().get(), again.viewModel().userBProperty().get()));
        assertEquals(second, again.readerA().getText());
        // The chooser's cells draw the Arabic title with an ArabicLine, not an ellipsising Label.
        assertTrue(chooser.getButtonCell().getGraphic() instanceof ArabicLine, String.valueOf(chooser.getButtonCell().getGraphic()));
    }
}
