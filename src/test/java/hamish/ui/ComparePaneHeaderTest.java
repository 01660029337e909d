package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.store.Stores;
import hamish.ui.common.ArabicLine;
import hamish.ui.compare.CompareWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each compare pane names its outlet and date above its title; a pane knowing neither shows no empty line. */
class ComparePaneHeaderTest extends WindowTestBase {

    private List<Long> ids;

    @BeforeEach
    void twoReports() {
        try (Stores s = Stores.open(db)) {
            Document known = s.documents().insert(new Document(0, "غانتس في واشنطن", "الجزيرة", LocalDate.of(2021, 6, 4), "ar",
                    "قال بيني غانتس إن المحادثات كانت مثمرة.\n", "header-1", Fixture.CLOCK.instant()));
            Document unknown = s.documents().insert(new Document(0, "لقاء في البنتاغون", "", null, "ar",
                    "التقى غانتس وزير الدفاع الأمريكي.\n", "header-2", Fixture.CLOCK.instant()));
            ids = List.of(known.id(), unknown.id());
        }
    }

    @Test
    void theOutletAndDateStandAboveTheTitle() throws Exception {
        start();
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(ids)));
        CompareWindow compare = opened.get();
        assertNotNull(compare);
        waitUntil(() -> compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
        robot.interact(() -> { });

        ArabicLine source0 = robot.lookup("#compareSource0").queryAs(ArabicLine.class);
        ArabicLine title0 = robot.lookup("#compareTitle0").queryAs(ArabicLine.class);
        assertEquals("الجزيرة · 2021-06-04", source0.getText());
        assertTrue(source0.isVisible());
        assertEquals("غانتس في واشنطن", title0.getText(), "the title alone: the outlet is above it");
        assertTrue(source0.localToScene(0, 0).getY() < title0.localToScene(0, 0).getY(), "above the title");

        ArabicLine source1 = robot.lookup("#compareSource1").queryAs(ArabicLine.class);
        assertEquals("", source1.getText());
        assertFalse(source1.isVisible() || source1.isManaged(), "nothing known: no empty line");
        assertEquals("لقاء في البنتاغون", robot.lookup("#compareTitle1").queryAs(ArabicLine.class).getText());

        // The naming table's columns carry the same names, numbered.
        waitUntil(() -> compare.viewModel().namingProperty().get() != null);
        robot.interact(() -> { });
        List<String> headings = robot.lookup(n -> n instanceof TableView<?>).queryAllAs(TableView.class).stream()
                .flatMap(t -> ((TableView<?>) t).getColumns().stream()).map(c -> c.getGraphic() instanceof ArabicLine l ? l.getText() : c.getText()).toList();
        assertTrue(headings.contains("[" + ids.get(0) + "] الجزيرة · 2021-06-04"), headings.toString());
        assertTrue(headings.contains("[" + ids.get(1) + "] لقاء في البنتاغون"), headings.toString());
    }
}
