package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimSuggesterTest {

    @TempDir
    Path dir;
    private Stores stores;
    private List<Document> docs;
    private Entity falk;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("compare.db"));
        docs = ComparePair.samples(stores);
        falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private ClaimSuggestion at(List<ClaimSuggestion> found, Document d, String text) {
        return found.stream().filter(s -> s.span().of(d.text()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion \"" + text + "\" in " + found));
    }

    @Test
    void quotesGetTheMediatorAsSpeakerInBothReportsWhateverHeIsCalled() {
        for (int k = 0; k < 2; k++) {
            Document d = docs.get(k);
            List<ClaimSuggestion> found = ClaimSuggester.suggest(d, stores.entities().list(), List.of(), stores.tags().list());
            String quote = k == 0 ? "يفتح صفحة جديدة من الثقة بين الشركاء" : "خطوة أولى لا أكثر";
            ClaimSuggestion s = at(found, d, quote);
            assertEquals(TagKind.QUOTE, s.kind());
            assertEquals(falk.id(), s.speakerEntityId(), s.toString());
            assertEquals("وقال", s.verb());
            assertTrue(found.stream().noneMatch(x -> x.span().of(d.text()).equals("تاريخي")), "a word in quote marks is no quote");
        }
    }

    @Test
    void reportedSpeechIsAClaimAndAnExistingQuoteIsNotProposedAgain() {
        Document d = docs.get(1);
        List<ClaimSuggestion> found = ClaimSuggester.suggest(d, List.of(), List.of(), stores.tags().list());
        ClaimSuggestion claim = found.stream().filter(s -> s.span().of(d.text()).startsWith("الاتفاق يقلص فعليا")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(TagKind.CLAIM, claim.kind());
        assertEquals("جمعية مزارعي سهل قمران", claim.speakerText(), "the speaker as written, up to the circumstance");
        assertEquals("وقالت", claim.verb());

        Annotation stored = stores.annotations().insert(ClaimSuggester.toAnnotation(claim, d, stores.tags().list(), "", Instant.EPOCH));
        assertEquals("Claim", stores.tags().list().stream().filter(t -> t.id() == stored.tagId()).findFirst().orElseThrow().name());
        List<ClaimSuggestion> again = ClaimSuggester.suggest(d, List.of(), stores.annotations().forDocument(d.id()), stores.tags().list());
        assertTrue(again.stream().noneMatch(s -> s.span().intersects(claim.span())));
        assertEquals(found.size() - 1, again.size());
    }
}
