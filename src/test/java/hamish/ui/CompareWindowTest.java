package hamish.ui;

import hamish.app.Accept;
import hamish.app.MentionService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DocumentImporter;
import hamish.app.MentionService;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.bench.support.ArabicTextGenerator;
import hamish.text.AlignedPair;
import hamish.ui.compare.CompareWindow;
import hamish.ui.compare.Connector;
import hamish.ui.compare.ConnectorGutter;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.CubicCurve;
import org.testfx.util.WaitForAsyncUtils;
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
            Accept.mentions(s, service, service.propose(focusEntity, docs));
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
        openCompareOnly();
    }

    /** Another compare window from the same main window. */
    private void openCompareOnly() throws Exception {
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(docs.stream().map(Document::id).toList())));
        compare = opened.get();
        assertNotNull(compare);
        waitUntil(() -> compare.viewModel().namingProperty().get() != null
                && compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
    }

    /** A screen point that the reader maps to a char of {@code span}, found by scanning the reader's area. */
    private static Point2D pointOver(hamish.ui.reader.ReaderView reader, Span span) {
        javafx.geometry.Bounds area = reader.localToScreen(reader.getLayoutBounds());
        for (double y = area.getMinY() + 2; y < area.getMaxY(); y += 4) {
            for (double x = area.getMinX() + 2; x < area.getMaxX(); x += 4) {
                java.util.OptionalInt o = reader.offsetAtScreen(x, y);
                if (o.isPresent() && o.getAsInt() > span.start() && o.getAsInt() < span.end() - 1) {
                    return new Point2D(x, y);
                }
            }
        }
        return null;
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

    private List<Link> links() {
        try (Stores s = Stores.open(db)) {
            return s.links().list();
        }
    }

    private static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private Optional<ConnectorGutter.Drawn> drawn(Predicate<Connector> which) {
        return compare.drawnConnectors(0).stream().filter(d -> which.test(d.connector())).findFirst();
    }

    @Test
    void aConnectorJoinsBothSentencesOfAPairAndADoubleClickLinksThemAsOneClaim() throws Exception {
        openCompare();
        waitUntil(() -> !compare.viewModel().pairs().isEmpty());
        AlignedPair pair = compare.viewModel().pairs().get(0);
        robot.interact(() -> {
            compare.reader(0).scrollTo(pair.a().start());
            compare.reader(1).scrollTo(pair.b().start());
        });
        waitUntil(() -> drawn(c -> pair.equals(c.pair())).map(ConnectorGutter.Drawn::bothInView).orElse(false));

        // Each end sits on the first char of its sentence, on the side of the pane it belongs to.
        CubicCurve curve = drawn(c -> pair.equals(c.pair())).orElseThrow().curve();
        AtomicReference<Point2D[]> ends = new AtomicReference<>();
        robot.interact(() -> ends.set(new Point2D[] {
                curve.localToScreen(curve.getStartX(), curve.getStartY()), curve.localToScreen(curve.getEndX(), curve.getEndY()),
                centre(compare.reader(0).characterBoundsOnScreen(pair.a().start()).orElseThrow()),
                centre(compare.reader(1).characterBoundsOnScreen(pair.b().start()).orElseThrow()),
                curve.localToScreen((curve.getStartX() + curve.getEndX()) / 2, (curve.getStartY() + curve.getEndY()) / 2)}));
        Point2D[] p = ends.get();
        assertEquals(p[2].getY(), p[0].getY(), 1.0, "left end at the first line of the sentence in the first pane");
        assertEquals(p[3].getY(), p[1].getY(), 1.0, "right end at the first line of the sentence in the second pane");
        assertTrue(p[0].getX() < p[1].getX(), "the first pane is on the left in an English layout");
        assertTrue(curve.getStrokeDashArray().size() > 0, "a proposal is dashed");

        robot.moveTo(p[4]).doubleClickOn(MouseButton.PRIMARY);
        waitUntil(() -> links().size() == 1);

        Link link = links().get(0);
        assertEquals(LinkType.SAME_CLAIM, link.type());
        try (Stores s = Stores.open(db)) {
            assertEquals(pair.a(), s.annotations().get(link.fromAnnotationId()).orElseThrow().span());
            assertEquals(pair.b(), s.annotations().get(link.toAnnotationId()).orElseThrow().span());
        }
        waitUntil(() -> drawn(c -> !c.isProposal()).isPresent());
        Connector solid = drawn(c -> !c.isProposal()).orElseThrow().connector();
        assertEquals(List.of(pair.a(), pair.b()), List.of(solid.left(), solid.right()));
        assertTrue(drawn(c -> pair.equals(c.pair())).isEmpty(), "a linked pair is no longer proposed");
        assertTrue(drawn(c -> !c.isProposal()).orElseThrow().curve().getStrokeDashArray().isEmpty(), "a link is solid");
    }

    @Test
    void aClickOnADashedProposalAcceptsItCtrlZTakesItBackAndTheMainWindowFollows() throws Exception {
        openCompare();
        chooseEntity(findEntity);
        robot.interact(() -> ((Button) compare.root().lookup("#findMentions")).fire());
        waitUntil(() -> !compare.viewModel().proposals().isEmpty());
        var first = compare.viewModel().proposals().get(0);
        int pane = docs.get(0).id() == first.documentId() ? 0 : 1;
        // The tables open below the reports when proposals arrive: the panes are shorter from then on.
        waitUntil(() -> compare.tablesOpenProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> compare.reader(pane).scrollTo(first.span().start()));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Point2D> at = new AtomicReference<>();
        // A point the reader maps into the proposal: its middle char may be the space where the line breaks, whose
        // box lies at the end of the line before.
        robot.interact(() -> at.set(pointOver(compare.reader(pane), first.span())));
        assertNotNull(at.get(), "no point of the reader maps into the proposal " + first.span());

        robot.clickOn(at.get());
        waitUntil(() -> stored(first.documentId(), findEntity.id()).size() == 1);
        assertEquals(first.span(), stored(first.documentId(), findEntity.id()).get(0).span());
        waitUntil(() -> !compare.viewModel().proposals().contains(first));
        // The main window shows the first document: what was accepted in the compare view is highlighted there too.
        if (first.documentId() == window.viewModel().document().documentProperty().get().id()) {
            waitUntil(() -> window.viewModel().document().annotations().stream().anyMatch(a -> a.span().equals(first.span())));
        }

        robot.interact(() -> compare.reader(pane).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> stored(first.documentId(), findEntity.id()).isEmpty());
        waitUntil(() -> compare.viewModel().panes().get(pane).annotations().stream().noneMatch(a -> a.span().equals(first.span())));
    }

    @Test
    void withScrollTogetherTheScrolledPaneTakesTheOtherAlongAndWithoutItNot() throws Exception {
        // Two articles long enough to scroll in any screen (the samples may fit in a tall pane).
        try (Stores s = Stores.open(db)) {
            DocumentImporter importer = new DocumentImporter(s.documents());
            List<Document> longer = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path file = dir.resolve("long-" + i + ".txt");
                Files.writeString(file, "مقال طويل رقم " + (i + 1) + "\n\n" + new ArabicTextGenerator(i + 7).article(30_000));
                longer.add(s.documents().get(importer.importFile(file).documentId()).orElseThrow());
            }
            docs = longer;
        }
        openCompare();
        // The pointer rests on the first pane while it scrolls, as under a wheel or a scroll bar drag (Monocle sends no wheel).
        robot.moveTo(compare.reader(0));
        robot.interact(() -> compare.reader(0).setScrollPosition(0.3));
        waitUntil(() -> compare.reader(0).scrollPosition() > 0.05);
        assertEquals(0.0, compare.reader(1).scrollPosition(), 1e-9, "panes scroll on their own by default");

        robot.interact(() -> compare.scrollTogetherButton().setSelected(true));
        robot.moveTo(compare.reader(0));
        robot.interact(() -> compare.reader(0).setScrollPosition(0.6));
        // Same share of the text, give or take the list's estimate of paragraph heights it has not laid out yet.
        waitUntil(() -> Math.abs(compare.reader(1).scrollPosition() - compare.reader(0).scrollPosition()) < 0.02
                && compare.reader(1).scrollPosition() > 0.3);

        // A pane scrolled by the view itself (to a mention) moves alone, even with scrolling together on.
        double second = compare.reader(1).scrollPosition();
        robot.moveTo(compare.entityList());
        robot.interact(() -> compare.reader(0).scrollTo(0));
        assertEquals(second, compare.reader(1).scrollPosition(), 1e-9);
    }

    // ---- the workbench: toolbar, shortcuts, tables drawer, remembered size ---------------------------------------

    @Test
    void theToolbarFitsAt1280PixelsAndEveryButtonNamesItsShortcut() throws Exception {
        openCompare();
        robot.interact(() -> compare.stage().setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToolBar bar = (javafx.scene.control.ToolBar) compare.root().lookup("#compareToolbar");
        javafx.scene.Node overflow = bar.lookup(".tool-bar-overflow-button");
        assertTrue(overflow == null || !overflow.isVisible(), "no » overflow");
        List<javafx.scene.control.ButtonBase> buttons = bar.getItems().stream().filter(n -> n instanceof javafx.scene.control.ButtonBase)
                .map(n -> (javafx.scene.control.ButtonBase) n).toList();
        assertTrue(buttons.size() >= 15, "the common steps are in the toolbar: " + buttons.size());
        for (javafx.scene.control.ButtonBase b : buttons) {
            assertTrue(b.getParent() != null && b.isVisible(), b.getId() + " is shown in the bar");
            Bounds inBar = bar.sceneToLocal(b.localToScene(b.getBoundsInLocal()));
            assertTrue(inBar.getMaxX() <= bar.getWidth() + 0.5, b.getId() + " inside the bar: " + inBar);
            assertNotNull(b.getTooltip(), b.getId());
            assertTrue(b.getTooltip().getText().matches(".+ \\((Ctrl|Shift|Alt|F\\d|Enter|Delete)[^)]*\\)"),
                    b.getId() + ": " + b.getTooltip().getText());
            assertTrue(b.getText() == null || b.getText().isEmpty(), "icons only: " + b.getId());
        }
    }

    @Test
    void theTablesAreClosedWithNothingToShowAndOpenOnProposals() throws Exception {
        openCompare();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(compare.tablesOpenProperty().get());
        assertTrue(compare.tables().getHeight() < 2, "closed: " + compare.tables().getHeight());

        chooseEntity(findEntity);
        robot.interact(() -> ((Button) compare.root().lookup("#findMentions")).fire());
        waitUntil(() -> !compare.viewModel().proposals().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(compare.tablesOpenProperty().get());
        assertTrue(compare.tables().getHeight() > 100, "open: " + compare.tables().getHeight());
        assertEquals(compare.proposalList(), compare.tables().getSelectionModel().getSelectedItem().getContent());

        robot.interact(() -> compare.reader(0).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(compare.tablesOpenProperty().get(), "Ctrl+J closes them");
        assertTrue(compare.tables().getHeight() < 2);
    }

    @Test
    void f8StepsThroughProposalsDeleteRejectsAndCtrlBracketStepsThroughPairs() throws Exception {
        openCompare();
        chooseEntity(findEntity);
        robot.interact(() -> ((Button) compare.root().lookup("#findMentions")).fire());
        waitUntil(() -> compare.viewModel().proposals().size() >= 2);
        robot.interact(() -> compare.reader(0).requestFocus());

        robot.type(KeyCode.F8);
        assertEquals(0, compare.proposalList().getSelectionModel().getSelectedIndex());
        robot.type(KeyCode.F8);
        assertEquals(1, compare.proposalList().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        assertEquals(0, compare.proposalList().getSelectionModel().getSelectedIndex());

        var rejected = compare.viewModel().proposals().get(0);
        int before = compare.viewModel().proposals().size();
        robot.interact(() -> compare.viewModel().panes().forEach(p -> p.clearSelection()));
        robot.interact(() -> compare.reader(0).requestFocus());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> !compare.viewModel().proposals().contains(rejected));
        assertEquals(before - 1, compare.viewModel().proposals().size());
        assertTrue(stored(rejected.documentId(), findEntity.id()).isEmpty(), "rejecting stores nothing");

        waitUntil(() -> compare.pairList().getItems().size() >= 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.CLOSE_BRACKET).release(KeyCode.CONTROL);
        assertEquals(0, compare.pairList().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL).type(KeyCode.CLOSE_BRACKET).release(KeyCode.CONTROL);
        assertEquals(1, compare.pairList().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL).type(KeyCode.OPEN_BRACKET).release(KeyCode.CONTROL);
        assertEquals(0, compare.pairList().getSelectionModel().getSelectedIndex());
    }

    @Test
    void theWindowTakesMostOfTheScreenFirstAndItsSizeIsRememberedAcrossReopen() throws Exception {
        openCompare();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertEquals(Math.round(screen.getWidth() * 0.9), compare.stage().getWidth(), 2, "a share of the screen, not a fixed size");
        robot.interact(() -> {
            compare.stage().setX(30);
            compare.stage().setY(20);
            compare.stage().setWidth(900);
            compare.stage().setHeight(640);
        });
        robot.interact(() -> compare.tablesOpenProperty().set(true));
        robot.interact(() -> compare.stage().close());
        WaitForAsyncUtils.waitForFxEvents();

        openCompareOnly();
        assertEquals(List.of(30.0, 20.0, 900.0, 640.0), List.of(compare.stage().getX(), compare.stage().getY(),
                compare.stage().getWidth(), compare.stage().getHeight()));
        // Saved in the database, beside the main window's state.
        waitUntil(this::saved);
        try (Stores s = Stores.open(db)) {
            assertEquals("900.0", s.settings().get("ui.compare.width").orElseThrow());
        }
    }
}
