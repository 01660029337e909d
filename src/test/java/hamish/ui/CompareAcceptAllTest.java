package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import hamish.bench.support.CompareCase;
import hamish.model.Annotation;
import hamish.store.Stores;
import hamish.ui.compare.CompareViewModel;
import hamish.ui.compare.CompareWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Accept all" of 400 generated mentions over four panes of the real compare window, headless: every pane's
 * annotation list and the proposal list change once (not once per mention), all 400 are stored, and one Ctrl+Z
 * takes all of them back, again with one change per pane. Timing is the benchmark's ({@code hamish bench compare}).
 */
class CompareAcceptAllTest extends WindowTestBase {

    private static final int MENTIONS = 400;

    private CompareCase generated;

    @BeforeEach
    void fourGeneratedReports() {
        try (Stores s = Stores.open(db)) {
            generated = CompareCase.create(s, 4, MENTIONS, 12_000, 3);
        }
    }

    private int stored() {
        try (Stores s = Stores.open(db)) {
            return (int) generated.documentIds().stream().flatMap(id -> s.annotations().forDocument(id).stream())
                    .map(Annotation::entityId).filter(e -> e != null && e == generated.entity().id()).count();
        }
    }

    @Test
    void acceptAllChangesEachListOnceStoresEverythingAndOneUndoTakesItAllBack() throws Exception {
        start();
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(generated.documentIds())));
        CompareWindow compare = opened.get();
        assertNotNull(compare);
        CompareViewModel vm = compare.viewModel();
        waitUntil(() -> vm.namingProperty().get() != null
                && vm.panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
        waitUntil(() -> compare.entityList().getItems().stream().anyMatch(e -> e.id() == generated.entity().id()));
        robot.interact(() -> compare.entityList().getSelectionModel().select(
                compare.entityList().getItems().stream().filter(e -> e.id() == generated.entity().id()).findFirst().orElseThrow()));
        robot.interact(() -> ((Button) compare.root().lookup("#findMentions")).fire());
        waitUntil(() -> vm.proposals().size() == MENTIONS);

        List<AtomicInteger> paneChanges = new ArrayList<>();
        AtomicInteger proposalChanges = new AtomicInteger();
        AtomicInteger rankingChanges = new AtomicInteger();
        robot.interact(() -> {
            vm.panes().forEach(p -> {
                AtomicInteger n = new AtomicInteger();
                paneChanges.add(n);
                p.annotations().addListener((ListChangeListener<Annotation>) c -> n.incrementAndGet());
            });
            vm.proposals().addListener((ListChangeListener<Object>) c -> proposalChanges.incrementAndGet());
            vm.rankedEntities().addListener((ListChangeListener<Object>) c -> rankingChanges.incrementAndGet());
        });

        robot.interact(() -> ((Button) compare.root().lookup("#acceptAll")).fire());
        waitUntil(() -> vm.proposals().isEmpty() && saved() && stored() == MENTIONS
                && vm.panes().stream().mapToInt(p -> p.annotations().size()).sum() == MENTIONS);

        assertEquals(List.of(1, 1, 1, 1), paneChanges.stream().map(AtomicInteger::get).toList(), "one change per pane");
        assertEquals(1, proposalChanges.get(), "one change of the proposals");
        assertEquals(MENTIONS, stored());
        assertEquals(MENTIONS / 4, vm.focusedMentions(2).size());
        int rankedAfterAccept = rankingChanges.get();
        assertEquals(true, rankedAfterAccept <= 1, "the ranking changes at most once, not " + rankedAfterAccept);

        paneChanges.forEach(n -> n.set(0));
        robot.interact(() -> compare.reader(1).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> saved() && stored() == 0 && vm.panes().stream().allMatch(p -> p.annotations().isEmpty()));

        assertEquals(0, stored(), "one Ctrl+Z takes back every accepted mention");
        assertEquals(List.of(1, 1, 1, 1), paneChanges.stream().map(AtomicInteger::get).toList(), "the undo, too, changes each pane once");
    }
}
