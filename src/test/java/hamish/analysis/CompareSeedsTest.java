package hamish.analysis;

import hamish.app.Accept;
import hamish.app.MentionService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import hamish.text.MentionProposal.Confidence;
import hamish.text.TextFinder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare tables on the two real seed articles (skipped when ../shared/seeds is absent). */
class CompareSeedsTest {

    @TempDir
    Path dir;
    private Stores stores;
    private List<Document> docs;
    private MentionService service;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("seeds.db"));
        Optional<List<Document>> seeds = ComparePair.seeds(stores);
        assumeTrue(seeds.isPresent(), "seed articles not found in ../shared/seeds or ../../shared/seeds; skipping");
        docs = seeds.get();
        service = new MentionService(stores, "", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void namingTableShowsTheSecondOutletSpellingGantzBothWays() {
        Entity gantz = stores.entities().insert(new Entity(0, "بيني غانتس", EntityType.PERSON, List.of("غانتس")));
        Accept.mentions(stores, service, service.propose(gantz, docs));
        List<Annotation> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(stores.annotations().forDocument(d.id())));

        NamingTable.Row row = NamingTable.build(docs, all, stores.entities().list()).rows().get(0);

        int inFirst = TextFinder.findAll(docs.get(0).text(), "غانتس").size();
        assertEquals(inFirst, row.cells().get(0).stream().mapToInt(NamingTable.Form::count).sum(), "every غانتس of the first report");
        Map<String, Integer> second = row.cells().get(1).stream().collect(Collectors.toMap(NamingTable.Form::surface, NamingTable.Form::count));
        assertEquals(Map.of("بيني غانتس", 3, "غانتس", 2, "بيني جانتس", 2), second, row.cellText(1));
    }

    @Test
    void theMisspeltAustinIsOnlyAWeakProposal() {
        Entity austin = stores.entities().insert(new Entity(0, "لويد أوستن", EntityType.PERSON, List.of("أوستن")));

        List<EntityProposal> found = service.propose(austin, docs);

        EntityProposal typo = found.stream().filter(p -> p.proposal().surface().contains("لوستن")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(Confidence.TYPO, typo.proposal().confidence());
        assertEquals(docs.get(0).id(), typo.documentId());
        assertTrue(found.stream().filter(p -> p.documentId() == docs.get(1).id()).count() >= 3, found.toString());
    }
}
