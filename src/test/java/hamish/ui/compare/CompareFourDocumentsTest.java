package hamish.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ComparePair;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.store.Stores;
import hamish.text.AlignedPair;
import hamish.text.SentencePair;
import hamish.ui.Startup;
import hamish.ui.common.Catalog;
import hamish.ui.common.Notifier;
import hamish.ui.common.StoreSession;
import hamish.ui.task.DirectExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four documents in the compare view-model, run synchronously: the two water-summit samples and two later
 * reports that reprint a paragraph of each word for word, as outlets reprint agency copy.
 */
class CompareFourDocumentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-18T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final List<String> errors = new ArrayList<>();
    private List<Document> docs;
    private CompareViewModel vm;

    @BeforeEach
    void open() {
        Path db = dir.resolve("four.db");
        try (Stores s = Stores.open(db)) {
            List<Document> samples = ComparePair.samples(s);
            docs = new ArrayList<>(samples);
            docs.add(s.documents().insert(reprint(samples.get(0), samples.get(1), "وكالة أ")));
            docs.add(s.documents().insert(reprint(samples.get(1), samples.get(0), "وكالة ب")));
        }
        StoreSession session = new StoreSession(new DirectExecutor(), new Notifier() {
            @Override
            public void info(String message) {
            }

            @Override
            public void error(String message) {
                errors.add(message);
            }
        });
        Catalog catalog = new Catalog();
        session.open(db, Startup::load, startup -> {
            catalog.tags().setAll(startup.tags());
            catalog.entities().setAll(startup.entities());
        }, errors::add);
        vm = new CompareViewModel(session, catalog, CLOCK, "tester", 4);
        vm.open(docs.stream().map(Document::id).toList(), () -> { });
    }

    /** A report of its own: a headline, then one paragraph of {@code copied} reprinted word for word, then {@code own}'s text. */
    private static Document reprint(Document own, Document copied, String outlet) {
        String paragraph = copied.text().lines().filter(l -> l.length() > 120).findFirst().orElseThrow();
        String text = "تقرير " + outlet + "\n" + paragraph + "\n" + own.text();
        return new Document(0, "تقرير " + outlet, outlet, null, "ar", text, Integer.toHexString(text.hashCode()), Instant.EPOCH);
    }

    private Set<List<Integer>> documentPairsWithSentencePairs() {
        return vm.pairs().stream().map(p -> List.of(p.first(), p.second())).collect(Collectors.toSet());
    }

    @Test
    void everyTwoOfFourDocumentsAreAligned() {
        assertEquals(Set.of(List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(1, 2), List.of(1, 3), List.of(2, 3)),
                documentPairsWithSentencePairs());
        assertEquals(List.of(new DocumentPair(0, 1), new DocumentPair(0, 2), new DocumentPair(0, 3), new DocumentPair(1, 2),
                new DocumentPair(1, 3), new DocumentPair(2, 3)), vm.documentPairs());
        assertEquals(List.of(), errors);
    }

    @Test
    void aReprintedParagraphIsWireCopyAndRewordingIsNot() {
        assertTrue(vm.pairs().stream().anyMatch(p -> p.joins(1, 2) && p.kind() == SentencePair.Kind.WIRE),
                "report 3 reprints a paragraph of report 2");
        assertTrue(vm.pairs().stream().filter(p -> p.joins(0, 1)).noneMatch(p -> p.kind() == SentencePair.Kind.WIRE),
                "the two samples tell the summit in their own words");
    }

    @Test
    void eachGutterConnectsThePairsOfItsTwoNeighbours() {
        for (int left = 0; left < 3; left++) {
            int l = left;
            List<Connector> proposed = vm.connectors(left).stream().filter(Connector::isProposal).toList();
            assertFalse(proposed.isEmpty(), "gutter " + left);
            assertTrue(proposed.stream().allMatch(c -> c.pair().first() == l && c.pair().second() == l + 1), "gutter " + left);
        }
        assertTrue(vm.connectors(1).stream().anyMatch(Connector::isWireCopy), "panes 2 and 3 share a reprinted paragraph");
        assertEquals(List.of(), vm.connectors(3));
    }

    @Test
    void linkingAPairOfPanesTwoAndThreeStoresTheClaimsInThoseDocuments() {
        AlignedPair pair = vm.pairs().stream().filter(p -> p.joins(1, 2)).findFirst().orElseThrow();

        vm.linkPair(pair);

        assertEquals(List.of(), errors);
        assertEquals(List.of(), vm.panes().get(0).annotations());
        assertEquals(List.of(), vm.panes().get(3).annotations());
        Annotation second = vm.panes().get(1).annotations().get(0);
        Annotation third = vm.panes().get(2).annotations().get(0);
        assertEquals(List.of(docs.get(1).id(), pair.a()), List.of(second.documentId(), second.span()));
        assertEquals(List.of(docs.get(2).id(), pair.b()), List.of(third.documentId(), third.span()));
        Link link = vm.links().get(0);
        assertEquals(LinkType.SAME_CLAIM, link.type());
        assertEquals(Set.of(second.id(), third.id()), Set.of(link.fromAnnotationId(), link.toAnnotationId()));
        assertTrue(vm.connectors(1).stream().anyMatch(c -> !c.isProposal() && c.left().equals(pair.a())), "drawn solid between panes 2 and 3");
    }

    @Test
    void thePairsListIsFilteredByDocumentPairAndLabelledByOutlet() {
        assertEquals(vm.pairs().size(), vm.shownPairs().size());

        vm.showPairsOf(new DocumentPair(1, 2));

        assertFalse(vm.shownPairs().isEmpty());
        assertTrue(vm.shownPairs().stream().allMatch(p -> p.joins(1, 2)));
        assertTrue(vm.pairLabel(2, 3).equals("وكالة أ ↔ وكالة ب"), vm.pairLabel(2, 3));
        vm.showPairsOf(null);
        assertEquals(vm.pairs().size(), vm.shownPairs().size());
    }
}
