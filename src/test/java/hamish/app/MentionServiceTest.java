package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ComparePair;
import hamish.analysis.EntityProposal;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.text.MentionProposal.Confidence;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionServiceTest {

    @TempDir
    Path dir;
    private Stores stores;
    private List<Document> docs;
    private MentionService service;
    private Annotating annotating;
    private Linking linking;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("compare.db"));
        docs = ComparePair.samples(stores);
        Clock clock = Clock.fixed(Instant.parse("2025-04-18T10:00:00Z"), ZoneOffset.UTC);
        service = new MentionService(stores, "سارة", clock);
        EditHistory history = new EditHistory();
        annotating = new Annotating(stores, history, clock);
        linking = new Linking(stores, history, clock);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void proposesTheMediatorInBothReportsWhateverTheSpellingOfG() {
        Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));

        List<EntityProposal> found = service.propose(falk, docs);

        // وقال فالك: the surname alone is a mention too (a FORM of the person's name).
        assertEquals(List.of("غوردون فالك", "جوردون فالك", "فالك"), found.stream().map(p -> p.proposal().surface()).toList());
        assertEquals(List.of(docs.get(0).id(), docs.get(1).id(), docs.get(1).id()), found.stream().map(EntityProposal::documentId).toList());
        assertEquals(Confidence.EXACT, found.get(0).proposal().confidence());
        assertEquals(Confidence.VARIANT, found.get(1).proposal().confidence());
        assertEquals(Confidence.FORM, found.get(2).proposal().confidence());
    }

    @Test
    void anAcceptedProposalIsStoredAsAPersonMentionAndNotProposedAgain() {
        Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
        EntityProposal second = service.propose(falk, docs).get(1);

        Annotation stored = acceptAll(List.of(second)).get(0);

        assertEquals(stored, stores.annotations().get(stored.id()).orElseThrow());
        assertEquals("جوردون فالك", stored.quote());
        assertEquals(falk.id(), stored.entityId());
        assertEquals("Person", stores.tags().list().stream().filter(t -> t.id() == stored.tagId()).findFirst().orElseThrow().name());
        assertEquals("سارة", stored.author());
        assertEquals(List.of(docs.get(0).id(), docs.get(1).id()), service.propose(falk, docs).stream().map(EntityProposal::documentId).toList());
    }

    @Test
    void acceptAllStoresEveryProposalOfAPlaceSpelledTwoWays() {
        Entity city = stores.entities().insert(new Entity(0, "سيرانة", EntityType.PLACE, List.of()));
        List<EntityProposal> found = service.propose(city, docs);
        long inFirst = found.stream().filter(p -> p.documentId() == docs.get(0).id()).count();

        List<Annotation> stored = acceptAll(found);

        assertEquals(found.size(), stored.size());
        assertEquals(4, inFirst, "title, dateline, the summit's city and the mayor's city: " + found);
        assertTrue(stored.stream().allMatch(a -> a.entityId() == city.id()));
        assertTrue(stored.stream().anyMatch(a -> a.quote().equals("سيرانه")), "the ه spelling of the second outlet");
        assertTrue(service.propose(city, docs).isEmpty());
    }

    @Test
    void acceptAllLeavesTypoProposalsForReview() {
        // A typo proposal added by hand: the samples hold none for this name.
        Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
        List<EntityProposal> found = new java.util.ArrayList<>(service.propose(falk, docs));
        hamish.text.MentionProposal p = found.get(0).proposal();
        found.add(new EntityProposal(found.get(0).documentId(), falk.id(),
                new hamish.text.MentionProposal(p.span(), p.surface(), Confidence.TYPO, "one letter from غوردون فالك")));

        List<Annotation> stored = annotating.acceptAllMentions(Origin.of("test"), service, found);

        assertEquals(found.size() - 1, stored.size());
        assertTrue(MentionService.acceptableInBulk(found).stream().noneMatch(x -> x.proposal().confidence() == Confidence.TYPO));
    }

    @Test
    void splitGivesOneMentionAnEntityOfItsOwnNamedByItsText() {
        Entity holm = stores.entities().insert(new Entity(0, "إنغريد هولم", EntityType.PERSON, List.of()));
        List<Annotation> mentions = acceptAll(service.propose(holm, docs));
        Annotation variant = mentions.stream().filter(a -> a.quote().equals("انجريد هولم")).findFirst().orElseThrow();

        Entity other = annotating.split(Origin.of("test"), variant.id()).entity();

        assertEquals(new Entity(other.id(), "انجريد هولم", EntityType.PERSON, List.of()), other);
        assertEquals(other.id(), stores.annotations().get(variant.id()).orElseThrow().entityId());
        assertEquals(mentions.size() - 1, stores.annotations().forDocument(docs.get(0).id()).stream()
                .filter(a -> a.entityId() == holm.id()).count() + stores.annotations().forDocument(docs.get(1).id()).stream()
                .filter(a -> a.entityId() == holm.id()).count());

        linking.merge(Origin.of("test"), holm.id(), other.id());
        Entity merged = stores.entities().get(holm.id()).orElseThrow();
        assertEquals(List.of("انجريد هولم"), merged.aliases());
        assertEquals(holm.id(), stores.annotations().get(variant.id()).orElseThrow().entityId());
    }

    @Test
    void refusesToAcceptWhenThePaletteHasNoTagForTheType() {
        Entity aqua = stores.entities().insert(new Entity(0, "AquaBridge", EntityType.MISC, List.of()));
        List<EntityProposal> found = service.propose(aqua, docs);
        assertEquals(2, found.size());

        StoreException e = assertThrows(StoreException.class, () -> acceptAll(found));

        assertTrue(e.getMessage().contains("no entity tag for misc"), e.getMessage());
        assertEquals(0, stores.annotations().count());
    }

    @Test
    void splitRefusesAnAnnotationWithoutEntity() {
        Document d = docs.get(0);
        int at = ComparePair.at(d, "هولم");
        long tag = stores.tags().byName("Person").orElseThrow().id();
        Annotation plain = stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(at, at + 4), tag, "", Instant.EPOCH));

        assertThrows(StoreException.class, () -> annotating.split(Origin.of("test"), plain.id()));
        assertEquals(List.of(), stores.entities().list());
    }

    private List<Annotation> acceptAll(List<EntityProposal> proposals) {
        return annotating.tag(Origin.of("test"), proposals.stream().map(service::toAnnotation).toList());
    }
}
