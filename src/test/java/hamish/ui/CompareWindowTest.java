package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import hamish.io.DocumentImporter;
import hamish.io.compare.MentionService;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.ui.compare.CompareWindow;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compare view in the real window, headless: two reports side by side (the seeds, or the two water-summit
 * samples when the seeds are absent). Choosing an entity highlights exactly its mentions in the other pane;
 * Enter accepts a proposed mention and it is stored.
 */
class CompareWindowTest extends WindowTestBase {

    private List<Document> docs;
    private Entity focusEntity;
    private Entity findEntity;
    private CompareWindow compare;

    @BeforeEach
    void twoReportsAndAnEntity() {
        try (Stores s = Stores.open(db)) {
            boolean seeds = Seeds.dir().isPresent();
            if (seeds) {
                long second = new DocumentImporter(s.documents()).importFile(Seeds.dir().get().resolve("002_688baa17ac9f05f1.txt")).documentId();
                docs = List.of(s.documents().get(documentId).orElseThrow(), s.documents().get(second).orElseThrow());
            } else {
                docs = s.documents().list().stream().map(d -> s.documents().get(d.id()).orElseThrow())
                        .filter(d -> d.text().contains("زارين")).toList();
            }
            focusEntity = s.entities().insert(seeds ? new Entity(0, "بيني غانتس", EntityType.PERSON, List.of("غانتس"))
                    : new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
            findEntity = s.entities().insert(seeds ? new Entity(0, "أنتوني بلينكن", EntityType.PERSON, List.of("بلينكن"))
                    : new Entity(0, "مصطفى الحلواني", EntityType.PERSON, List.of()));
            MentionService service = new MentionService(s, "test", Fixture.CLOCK);
            service.acceptAll(service.propose(focusEntity, docs));
        }
        assertEquals(2, docs.size());
    }

    private List<Annotation> stored(long documentId, long entityId) {
        try (Stores s = Stores.open(db)) {
            return s.annotations().forDocument(documentId).stream().filter(a -> Objects.equals(a.entityId(), entityId)).toList();
        }
    }

    private void openCompare() throws Exception {
        start();
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(docs.stream().map(Document::id).toList())));
        compare = opened.get();
        assertNotNull(compare);
        waitUntil(() -> compare.viewModel().namingProperty().get() != null
                && compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
    }

    private static Set<Span> focusSpans(List<Highlight> highlights) {
        return highlights.stream().filter(h -> h.style() == HighlightStyle.FOCUS).map(Highlight::span).collect(Collectors.toSet());
    }

    private void chooseEntity(Entity e) throws Exception {
        waitUntil(() -> compare.entityList().getItems().stream().anyMatch(x -> x.id() == e.id()));
        robot.interact(() -> compare.entityList().getSelectionModel().select(
                compare.entityList().getItems().stream().filter(x -> x.id() == e.id()).findFirst().orElseThrow()));
    }

    @Test
    void choosingAnEntityFocusesExactlyItsMentionsInTheOtherPane() throws Exception {
        openCompare();
        Set<Span> expected = stored(docs.get(1).id(), focusEntity.id()).stream().map(Annotation::span).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());

        chooseEntity(focusEntity);
        waitUntil(() -> !focusSpans(compare.shownHighlights(1)).isEmpty());

        assertEquals(expected, focusSpans(compare.shownHighlights(1)));
        assertEquals(stored(docs.get(0).id(), focusEntity.id()).stream().map(Annotation::span).collect(Collectors.toSet()),
                focusSpans(compare.shownHighlights(0)));
        assertEquals(expected.stream().map(Span::start).sorted().toList(), compare.rulerMarks(1));
    }

    @Test
    void enterAcceptsAProposedMentionAndItIsStored() throws Exception {
        openCompare();
        chooseEntity(findEntity);
        // fire(), not a click: the toolbar may run past the edge of the headless screen.
        robot.interact(() -> ((Button) compare.root().lookup("#findMentions")).fire());
        waitUntil(() -> !compare.viewModel().proposals().isEmpty());
        var first = compare.viewModel().proposals().get(0);

        robot.interact(() -> compare.reader(0).requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> stored(first.documentId(), findEntity.id()).size() == 1);

        Annotation a = stored(first.documentId(), findEntity.id()).get(0);
        assertEquals(first.span(), a.span());
        assertEquals("Person", window.viewModel().catalog().tagName(a.tagId()));
        waitUntil(() -> !compare.viewModel().proposals().contains(first));
    }
}
