package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the annotation form, the tag dialog, find, and switching language. */
class WindowEditingTest extends WindowTestBase {

    @Test
    void theFormSetsSpeakerAndNoteOfAQuote() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        Annotation quote = window.viewModel().document().annotations().get(0);
        robot.interact(() -> window.annotationPanel().table().getSelectionModel().select(0));
        assertTrue(robot.lookup("#editorSpeaker").query().isVisible(), "quotes have a speaker");

        robot.clickOn("#editorSpeaker").write("Lloyd Austin").type(KeyCode.ENTER);
        // Clicking the note right after Enter: the suggestion list must not pop up over it.
        Thread.sleep(600);
        robot.clickOn("#editorNote");
        robot.write("first").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT).write("second").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> saved() && !window.viewModel().document().byId(quote.id()).orElseThrow().note().isEmpty()
                && window.viewModel().document().byId(quote.id()).orElseThrow().speakerEntityId() != null);

        try (Stores s = Stores.open(db)) {
            Annotation stored = s.annotations().get(quote.id()).orElseThrow();
            assertEquals("first\nsecond", stored.note());
            Entity speaker = s.entities().get(stored.speakerEntityId()).orElseThrow();
            assertEquals("Lloyd Austin", speaker.canonicalName());
            assertEquals(EntityType.PERSON, speaker.type());
            assertEquals(null, stored.entityId());
        }
    }

    @Test
    void theTagDialogAddsATagToThePaletteAndItsKeyTags() throws Exception {
        start();
        int before = window.viewModel().catalog().tags().size();
        robot.interact(() -> Platform.runLater(window::editTags));
        waitUntil(() -> robot.lookup("#tagName").tryQuery().isPresent());
        robot.clickOn("#tagName").write("Source");
        robot.interact(() -> robot.lookup("#tagKind").<ComboBox<TagKind>>query()
                .setValue(TagKind.OTHER));
        robot.clickOn("#tagShortcut").write("7");
        robot.clickOn("#tagSave");
        waitUntil(() -> window.viewModel().catalog().tags().size() == before + 1 && saved());
        robot.interact(() -> robot.lookup("#tagName").query().getScene().getWindow().hide());

        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT7);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        try (Stores s = Stores.open(db)) {
            Tag source = s.tags().byName("Source").orElseThrow();
            assertEquals("7", source.shortcut());
            assertEquals(source.id(), s.annotations().forDocument(documentId).get(0).tagId());
        }
    }

    @Test
    void choosingArabicRebuildsTheWindowRightToLeftAndKeepsTheWork() throws Exception {
        start();
        Span span = someWord();
        robot.interact(() -> window.reader().select(span));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> window.viewModel().document().annotations().size() == 1 && saved());
        MainWindow english = window;

        robot.interact(() -> english.language("ar"));
        waitUntil(() -> ready.get() != english && ready.get().viewModel().document().documentProperty().get() != null);
        window = ready.get();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, window.root().getEffectiveNodeOrientation());
        assertEquals("ملف", ((MenuBar) ((BorderPane) window.root()).getTop()).getMenus().get(0).getText());
        assertEquals(documentId, window.viewModel().document().documentProperty().get().id());
        assertEquals(1, window.viewModel().document().annotations().size());
        try (Stores s = Stores.open(db)) {
            assertEquals(Optional.of("ar"), s.settings().get(UiSettings.LANGUAGE));
        }

        // The default tags go by their Arabic names in the Arabic window; what is stored stays as it was.
        java.util.List<String> chips = robot.lookup(".tag-chip").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertTrue(chips.contains("1  شخص") && chips.contains("5  ادعاء"), chips.toString());
        assertTrue(chips.stream().noneMatch(c -> c.contains("Person")), chips.toString());
        assertTrue(robot.lookup(".annotation-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> "شخص".equals(c.getAccessibleText())), "the annotation table names the tag in Arabic");
        try (Stores s = Stores.open(db)) {
            Annotation stored = s.annotations().forDocument(documentId).get(0);
            assertEquals("Person", s.tags().list().stream().filter(t -> t.id() == stored.tagId()).findFirst().orElseThrow().name());
        }
    }

    @Test
    void ctrlFFindsEnterStepsEscCloses() throws Exception {
        start();
        // The article's most frequent longer word, so there is more than one match to step through.
        String word = Arrays.stream(text.split("[\\s\\p{Punct}“”«»،]+"))
                .filter(w -> w.length() >= 5)
                .collect(Collectors.groupingBy(w -> w, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#findQuery").query().isFocused());
        robot.write(word);
        waitUntil(() -> window.viewModel().find().matches().size() > 1);
        int count = window.viewModel().find().matches().size();
        assertEquals("1 of " + count, robot.lookup("#findCount").queryLabeled().getText());
        robot.type(KeyCode.ENTER);
        assertEquals("2 of " + count, robot.lookup("#findCount").queryLabeled().getText());
        assertEquals(count, window.viewModel().document().proposals().size());

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !window.viewModel().find().openProperty().get());
        assertTrue(window.viewModel().document().proposals().isEmpty());
        assertTrue(!robot.lookup(".find-bar").query().isVisible());
    }
}
