package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ComparePair;
import hamish.analysis.NamingTable;
import hamish.app.Accept;
import hamish.app.MentionService;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.ui.compare.CompareWindow;
import hamish.ui.compare.OverviewView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Overview tab of a compare window over four documents: the two water-summit samples, a later report of the
 * first sample's outlet and one of another outlet, each reprinting the other sample's longest paragraph. The
 * mediator and the minister are tagged wherever named. The heat map's cells carry the naming table's counts added
 * up per outlet; hovering one lists the spellings; clicking one chooses the entity; the export writes a PNG of
 * the drawing's size and an SVG with one cell per cell shown.
 */
class OverviewWindowTest extends WindowTestBase {

    private List<Long> compared;

    @BeforeEach
    void fourReportsWithTwoEntitiesTagged() {
        try (Stores s = Stores.open(db)) {
            List<Document> samples = ComparePair.samples(s);
            List<Document> docs = new ArrayList<>(samples);
            docs.add(s.documents().insert(reprint(samples.get(0), samples.get(1), samples.get(0).outlet(), 1)));
            docs.add(s.documents().insert(reprint(samples.get(1), samples.get(0), "وكالة ب", 2)));
            MentionService service = new MentionService(s, "test", Fixture.CLOCK);
            for (String name : List.of("غوردون فالك", "مصطفى الحلواني")) {
                Entity e = s.entities().insert(new Entity(0, name, EntityType.PERSON, List.of()));
                Accept.mentions(s, service, MentionService.acceptableInBulk(service.propose(e, docs)));
            }
            Document first = docs.get(0);
            int at = ComparePair.at(first, "يفتح صفحة جديدة من الثقة بين الشركاء");
            long quote = s.tags().byName("Quote").orElseThrow().id();
            s.annotations().insert(Annotation.of(first.id(), first.text(), new Span(at, at + 20), quote, "test", Instant.EPOCH));
            compared = docs.stream().map(Document::id).toList();
        }
    }

    private static Document reprint(Document own, Document copied, String outlet, int n) {
        String paragraph = copied.text().lines().filter(l -> l.length() > 120).findFirst().orElseThrow();
        String text = "تقرير لاحق " + n + "\n" + paragraph + "\n" + own.text();
        return new Document(0, "تقرير لاحق " + n, outlet, null, "ar", text, Integer.toHexString(text.hashCode()), Instant.EPOCH);
    }

    private CompareWindow openOverview() throws Exception {
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(compared)));
        CompareWindow compare = opened.get();
        waitUntil(() -> compare.viewModel().overviewProperty().get() != null
                && compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
        robot.interact(() -> {
            TabPane tabs = (TabPane) compare.root().lookup("#compareTables");
            tabs.getTabs().stream().filter(t -> t.getContent() instanceof OverviewView).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        waitUntil(() -> !overview(compare).drawing().lookupAll(".mention-cell").isEmpty());
        return compare;
    }

    private static OverviewView overview(CompareWindow compare) {
        return (OverviewView) compare.root().lookup("#overview");
    }

    /** entity id → outlet (as written; a document without one by its id) → the naming table's count, summed. */
    private static Map<Long, Map<String, Integer>> namingCountsPerOutlet(NamingTable naming) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        for (NamingTable.Row row : naming.rows()) {
            for (int d = 0; d < naming.documents().size(); d++) {
                int n = row.cells().get(d).stream().mapToInt(NamingTable.Form::count).sum();
                Document doc = naming.documents().get(d);
                String outlet = doc.outlet().isBlank() ? "#" + doc.id() : doc.outlet().strip();
                if (n > 0) {
                    counts.computeIfAbsent(row.entity().id(), k -> new HashMap<>()).merge(outlet, n, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<Node> cells(CompareWindow compare) {
        return new ArrayList<>(overview(compare).drawing().lookupAll(".mention-cell"));
    }

    @Test
    void theHeatMapShowsTheNamingTablesCountsPerOutlet() throws Exception {
        start();
        CompareWindow compare = openOverview();

        NamingTable naming = compare.viewModel().namingProperty().get();
        var drawn = compare.viewModel().overviewProperty().get();
        assertEquals(3, drawn.outlets().size(), "the later report of the first outlet joins its column");
        Map<Long, Map<String, Integer>> expected = namingCountsPerOutlet(naming);
        Map<Long, Map<String, Integer>> shown = new HashMap<>();
        for (Node n : cells(compare)) {
            OverviewView.Cell cell = (OverviewView.Cell) n.getUserData();
            Document first = drawn.outlets().get(cell.outlet()).documents().get(0);
            String outlet = first.outlet().isBlank() ? "#" + first.id() : first.outlet().strip();
            assertEquals(null, shown.computeIfAbsent(cell.entityId(), k -> new HashMap<>()).put(outlet, cell.count()), "one cell each");
        }
        assertEquals(2, expected.size(), "both entities are named");
        assertEquals(expected, shown);
        // The count is written in the cell, and a second quotation panel and the claims bars are drawn too.
        Set<String> written = new HashSet<>();
        overview(compare).drawing().lookupAll(".overview-count").forEach(n -> written.add(text(n)));
        shown.values().forEach(m -> m.values().forEach(c -> assertTrue(written.contains(String.valueOf(c)), c + " in " + written)));
        assertFalse(overview(compare).drawing().lookupAll(".quotation-cell").isEmpty());
        assertFalse(overview(compare).drawing().lookupAll(".overview-bar").isEmpty());
    }

    private static String text(Node flow) {
        StringBuilder s = new StringBuilder();
        ((javafx.scene.text.TextFlow) flow).getChildren().forEach(t -> s.append(((javafx.scene.text.Text) t).getText()));
        return s.toString();
    }

    @Test
    void hoveringACellListsItsSpellingsAndClickingItChoosesTheEntity() throws Exception {
        start();
        CompareWindow compare = openOverview();
        Node cell = cells(compare).get(0);
        OverviewView.Cell what = (OverviewView.Cell) cell.getUserData();
        NamingTable naming = compare.viewModel().namingProperty().get();
        var outlet = compare.viewModel().overviewProperty().get().outlets().get(what.outlet());
        NamingTable.Row row = naming.rows().stream().filter(r -> r.entity().id() == what.entityId()).findFirst().orElseThrow();
        Set<String> spellings = new HashSet<>();
        for (Document d : outlet.documents()) {
            row.cells().get(naming.documents().indexOf(d)).forEach(f -> spellings.add(f.surface()));
        }

        robot.moveTo(cell);
        Tooltip tip = OverviewView.tooltipOf(cell);
        waitUntil(tip::isShowing);
        for (String s : spellings) {
            assertTrue(tip.getText().contains(s + " ×"), s + " in " + tip.getText());
        }

        robot.clickOn(cell);
        waitUntil(() -> compare.viewModel().focusedProperty().get() != null);
        assertEquals(what.entityId(), compare.viewModel().focusedProperty().get().id());
        assertEquals(what.entityId(), compare.entityList().getSelectionModel().getSelectedItem().id(), "chosen in the entity list too");
    }

    @Test
    void exportsAPngOfTheDrawingsSizeAndAnSvgWithOneRectPerCell() throws Exception {
        start();
        CompareWindow compare = openOverview();
        OverviewView view = overview(compare);
        Path png = dir.resolve("out").resolve("overview.png");
        Path svg = dir.resolve("out").resolve("overview.svg");
        List<Path> written = new java.util.concurrent.CopyOnWriteArrayList<>();

        robot.interact(() -> {
            view.exportTo(png, written::add);
            view.exportTo(svg, written::add);
        });
        waitUntil(() -> written.size() == 2);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.ceil(view.drawing().getWidth()), image.getWidth());
        assertEquals(Math.ceil(view.drawing().getHeight()), image.getHeight());
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList rects = xml.getElementsByTagName("rect");
        int cells = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element e = (Element) rects.item(i);
            cells += "cell".equals(e.getAttribute("class")) && "mentions".equals(((Element) e.getParentNode()).getAttribute("id")) ? 1 : 0;
        }
        assertEquals(cells(compare).size(), cells);
        try (var files = Files.list(png.getParent())) {
            assertEquals(2, files.count(), "the two files and nothing else");
        }
    }
}
