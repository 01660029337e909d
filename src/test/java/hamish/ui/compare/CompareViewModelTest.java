package hamish.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ClaimMatrix;
import hamish.analysis.ComparePair;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.common.Catalog;
import hamish.ui.common.Notifier;
import hamish.ui.Startup;
import hamish.ui.common.StoreSession;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
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

/** The compare view-model on the two water-summit samples, run synchronously without a window. */
class CompareViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-18T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final List<String> errors = new ArrayList<>();
    private Path db;
    private List<Document> docs;
    private Entity falk;
    private CompareViewModel vm;

    @BeforeEach
    void open() {
        db = dir.resolve("compare.db");
        try (Stores s = Stores.open(db)) {
            docs = ComparePair.samples(s);
            falk = s.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
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
        vm = new CompareViewModel(session, catalog, CLOCK, "tester", 2);
        vm.open(docs.stream().map(Document::id).toList(), () -> { });
    }

    private DocumentViewModel pane(int i) {
        return vm.panes().get(i);
    }

    private Tag tag(String name) {
        return pane(0).catalog().tags().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private Span span(int doc, String needle) {
        int at = ComparePair.at(docs.get(doc), needle);
        return new Span(at, at + needle.length());
    }

    /** The span of {@code word} inside the first occurrence of {@code context} in document {@code doc}. */
    private Span span(int doc, String context, String word) {
        int at = ComparePair.at(docs.get(doc), context) + context.indexOf(word);
        return new Span(at, at + word.length());
    }

    private static Set<Span> spans(List<Highlight> highlights, HighlightStyle style) {
        return highlights.stream().filter(h -> h.style() == style).map(Highlight::span).collect(Collectors.toSet());
    }

    @Test
    void foundMentionsAreDashedInEveryPaneAndAcceptedOnesFocusedThere() {
        vm.focusedProperty().set(falk);
        vm.findMentions();

        assertEquals(3, vm.proposals().size());
        assertEquals(Set.of(span(1, "جوردون فالك"), span(1, "وقال فالك", "فالك")), spans(vm.highlights(1), HighlightStyle.DASHED));

        vm.acceptAll(List.copyOf(vm.proposals()));

        assertTrue(vm.proposals().isEmpty());
        assertEquals(List.of(), errors);
        for (int i = 0; i < 2; i++) {
            Set<Span> mentions = vm.focusedMentions(i).stream().map(Annotation::span).collect(Collectors.toSet());
            assertEquals(i == 0 ? 1 : 2, mentions.size(), "pane " + i + ": the full name, and in the second وقال فالك");
            assertEquals(mentions, spans(vm.highlights(i), HighlightStyle.FOCUS));
            assertTrue(spans(vm.highlights(i), HighlightStyle.DASHED).isEmpty());
        }
        assertEquals("جوردون فالك ×1; فالك ×1", vm.namingProperty().get().rows().get(0).cellText(1));
    }

    @Test
    void rejectingAProposalTakesItsDashesAway() {
        vm.focusedProperty().set(falk);
        vm.findMentions();

        vm.reject(vm.proposals().get(2));
        vm.reject(vm.proposals().get(1));

        assertTrue(spans(vm.highlights(1), HighlightStyle.DASHED).isEmpty());
        assertFalse(spans(vm.highlights(0), HighlightStyle.DASHED).isEmpty());
        vm.rejectAll();
        assertTrue(spans(vm.highlights(0), HighlightStyle.DASHED).isEmpty());
    }

    @Test
    void quotesTaggedInTwoPanesAreLinkedAsContradicting() {
        pane(0).tag(span(0, "يفتح صفحة جديدة من الثقة بين الشركاء"), tag("Quote"));
        pane(1).tag(span(1, "خطوة أولى لا أكثر"), tag("Quote"));
        pane(0).select(pane(0).annotations().get(0).id());
        pane(1).select(pane(1).annotations().get(0).id());

        vm.linkSelected(LinkType.CONTRADICTS);

        ClaimMatrix m = vm.claimsProperty().get();
        assertEquals(2, m.rows().size());
        assertEquals(ClaimMatrix.Status.CONTRADICTED, m.rows().get(0).cells().get(1).status());
        assertEquals(List.of(), errors);
        try (Stores s = Stores.open(db)) {
            assertEquals(List.of("tester"), s.links().list().stream().map(hamish.model.Link::author).toList(), "the user made the link");
        }
    }

    @Test
    void aLinkedPairIsConnectedSolidInsteadOfDashedAndComesBackWhenUnlinked() {
        var pair = vm.pairs().get(0);
        assertTrue(vm.connectors(0).contains(new Connector(pair.a(), pair.b(), pair, null)));
        assertEquals(List.of(), vm.connectors(1), "two panes have one gutter");

        vm.linkPair(pair);

        List<Connector> linked = vm.connectors(0).stream().filter(c -> !c.isProposal()).toList();
        assertEquals(1, linked.size());
        assertEquals(List.of(pair.a(), pair.b()), List.of(linked.get(0).left(), linked.get(0).right()));
        assertTrue(vm.connectors(0).stream().noneMatch(c -> pair.equals(c.pair())), "no longer proposed");
        assertEquals(vm.pairs().size() - 1, vm.connectors(0).stream().filter(Connector::isProposal).count());

        vm.deleteLink(linked.get(0).link());

        assertTrue(vm.links().isEmpty());
        assertTrue(vm.connectors(0).stream().anyMatch(c -> pair.equals(c.pair())), "proposed again once unlinked");
        assertEquals(2, pane(0).annotations().size() + pane(1).annotations().size(), "unlinking keeps both claims");
        assertEquals(List.of(), errors);
    }

    @Test
    void acceptedMentionsAreOneUndoableStepPerPane() {
        vm.focusedProperty().set(falk);
        vm.findMentions();
        vm.acceptAllButTypos();
        assertEquals(1, vm.focusedMentions(0).size());
        assertEquals(2, vm.focusedMentions(1).size(), "جوردون فالك and وقال فالك");

        pane(1).undo();

        assertEquals(1, vm.focusedMentions(0).size());
        assertEquals(List.of(), vm.focusedMentions(1));
        pane(1).redo();
        assertEquals(2, vm.focusedMentions(1).size());
        assertEquals(List.of(), errors);
    }

    @Test
    void aSentencePairBecomesTwoClaimsOfOneRow() {
        assertFalse(vm.pairs().isEmpty(), "the two reports share sentences about the 1400 million cubic metres");

        vm.linkPair(vm.pairs().get(0));

        ClaimMatrix m = vm.claimsProperty().get();
        assertEquals(1, m.rows().size());
        assertEquals(2, m.rows().get(0).carriedBy());
        assertEquals(1, pane(0).annotations().size());
        assertEquals(1, pane(1).annotations().size());
    }

    @Test
    void entityFromSelectionNamesTheMentionAndFocusesIt() {
        pane(1).tag(span(1, "انجريد هولم"), tag("Person"));
        pane(1).select(pane(1).annotations().get(0).id());

        vm.entityFromSelection(1);

        Entity holm = vm.focusedProperty().get();
        assertEquals("انجريد هولم", holm.canonicalName());
        assertEquals(EntityType.PERSON, holm.type());
        assertEquals(1, vm.focusedMentions(1).size());
    }

    @Test
    void suggestedQuotesAreDashedThenStoredWithTheirSpeaker() {
        vm.suggestClaims();
        Span sober = span(1, "خطوة أولى لا أكثر");
        assertTrue(spans(vm.highlights(1), HighlightStyle.DASHED).contains(sober));

        vm.acceptSuggestions();

        assertTrue(vm.suggestions().isEmpty());
        Annotation stored = pane(1).annotations().stream().filter(a -> a.span().equals(sober)).findFirst().orElseThrow();
        assertEquals(falk.id(), stored.speakerEntityId());
        assertEquals("Quote", pane(1).catalog().tagName(stored.tagId()));
        assertTrue(spans(vm.highlights(1), HighlightStyle.DASHED).isEmpty());
        assertTrue(vm.claimsProperty().get().rows().size() >= 2);
    }
}
