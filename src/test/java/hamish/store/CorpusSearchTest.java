package hamish.store;

import hamish.model.SearchHit;
import hamish.model.Kwic;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusSearchTest {

    @TempDir
    Path dir;
    private Stores stores;
    private CorpusSearch search;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("search.db"));
        search = new CorpusSearch(stores.database());
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private Set<Long> ids(String query, boolean variants) {
        return search.search(query, SearchOptions.firstPage().withVariants(variants)).stream()
                .map(SearchHit::documentId).collect(Collectors.toSet());
    }

    @Test
    void findsIsraelInBothSeedsWhateverTheHamzaAndProclitic() {
        List<Document> seeds = StoreSeeds.documents().stream().map(d -> stores.documents().insert(d)).toList();
        assertEquals(Set.of(seeds.get(0).id(), seeds.get(1).id()), ids("اسرائيل", false));
        SearchHit first = search.search("اسرائيل", new SearchOptions(false, 0, 20, 100)).stream()
                .filter(h -> h.documentId() == seeds.get(0).id()).findFirst().orElseThrow();
        Set<String> matched = first.lines().stream().map(Kwic::matched).collect(Collectors.toSet());
        assertEquals(Set.of("إسرائيل"), matched, "the proclitic of لإسرائيل and وإسرائيل is not highlighted");
        assertTrue(first.lines().stream().anyMatch(k -> k.before().endsWith("ل")), "لإسرائيل is found");
        for (Kwic k : first.lines()) {
            assertEquals(k.matched(), k.match().of(seeds.get(0).text()));
        }
    }

    @Test
    void pentagonFindsTheJeemSpellingOnlyWithVariants() {
        List<Document> seeds = StoreSeeds.documents().stream().map(d -> stores.documents().insert(d)).toList();
        long second = seeds.get(1).id();
        assertTrue(seeds.get(1).text().contains("البنتاجون"));
        assertEquals(Set.of(), ids("البنتاغون", false));
        assertEquals(Set.of(second), ids("البنتاغون", true));
        SearchHit hit = search.search("البنتاغون", SearchOptions.firstPage().withVariants(true)).get(0);
        assertTrue(hit.lines().stream().anyMatch(k -> k.matched().equals("البنتاجون")), hit.lines().toString());
    }

    @Test
    void findsWordsWithProcliticsHarakatAndTatweelAndPointsAtThem() {
        String text = "عنوان\nقال المتحدّث إنّ وفداً زار لِلْقُـــدس أمس.\nثم عاد الوفد إلى القدس.";
        Document d = stores.documents().insert(Fixtures.document("عنوان", text));
        SearchHit hit = search.search("القدس", SearchOptions.firstPage()).get(0);
        assertEquals(d.id(), hit.documentId());
        assertEquals(2, hit.matchCount());
        Kwic first = hit.lines().get(0);
        assertEquals("لْقُـــدس", first.matched(), "ل of لل is the preposition; the article's lam and the harakat are matched");
        assertEquals(first.matched(), first.match().of(text));
        assertEquals("قال المتحدّث إنّ وفداً زار لِ", first.before(), "the preposition keeps its kasra");
        assertEquals(" أمس.", first.after());
        assertEquals(new Span(text.indexOf("القدس."), text.indexOf("القدس.") + 5), hit.lines().get(1).match());
    }

    @Test
    void phraseInQuotesNeedsTheWordsInOrder() {
        Document both = stores.documents().insert(Fixtures.document("أ", "أعلن البيت الأبيض موقفه."));
        Document apart = stores.documents().insert(Fixtures.document("ب", "الأبيض لون البيت."));
        assertEquals(Set.of(both.id(), apart.id()), ids("البيت الأبيض", false));
        assertEquals(Set.of(), ids("\"الأبيض البيت\"", false));
        Document attached = stores.documents().insert(Fixtures.document("ج", "ثم اتصل بالبيت الأبيض مساء."));
        assertEquals(Set.of(both.id(), attached.id()), ids("\"البيت الابيض\"", false), "a proclitic on the phrase's first word");
        assertEquals(Set.of(both.id(), attached.id()), ids("«البيت الأبيض»", false));
        assertEquals("البيت الأبيض", search.search("\"البيت الأبيض\"", SearchOptions.firstPage()).get(0).lines().get(0).matched());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "غزة\"", "غزة*", "غزة:", "(غزة", "غزة)", "NEAR(غزة هدنة)", "غزة AND", "OR غزة", "-غزة",
            "غزة NOT هدنة", "title:غزة", "{body}:غزة", "^غزة", "غزة + هدنة", "\"\"\"", "*", "'; DROP TABLE document; --"})
    void ftsSyntaxInAQueryIsText(String query) {
        Document d = stores.documents().insert(Fixtures.document("خبر", "أعلنت هدنة في غزة أمس."));
        List<SearchHit> hits = assertDoesNotThrow(() -> search.search(query, SearchOptions.firstPage()));
        boolean hasOperatorWord = query.matches(".*\\b(NEAR|AND|OR|NOT|title|body|DROP|TABLE|document)\\b.*");
        if (query.contains("غزة") && !hasOperatorWord) {
            assertEquals(List.of(d.id()), hits.stream().map(SearchHit::documentId).toList(), query);
        } else if (hasOperatorWord) {
            assertTrue(hits.isEmpty(), "an operator word is searched as a word the text lacks: " + query);
        }
        assertEquals(1, stores.documents().count());
    }

    @Test
    void queriesWithoutWordsFindNothing() {
        stores.documents().insert(Fixtures.document("خبر", "أعلنت هدنة في غزة أمس."));
        assertTrue(search.search("  ؟ ، «» ", SearchOptions.firstPage()).isEmpty());
        assertTrue(search.search(null, SearchOptions.firstPage()).isEmpty());
    }

    @Test
    void ranksAndPages() {
        for (int i = 0; i < 30; i++) {
            String text = "تقرير رقم " + i + ": " + "المياه ".repeat(1 + i % 5) + "في المدينة.";
            stores.documents().insert(Fixtures.document("تقرير " + i, text));
        }
        List<SearchHit> first = search.search("المياه", new SearchOptions(false, 0, 20, 1));
        List<SearchHit> second = search.search("المياه", new SearchOptions(false, 20, 20, 1));
        assertEquals(20, first.size());
        assertEquals(10, second.size());
        for (int i = 1; i < first.size(); i++) {
            assertTrue(first.get(i - 1).rank() >= first.get(i).rank(), "best first");
        }
        assertEquals(5, first.get(0).matchCount(), "most occurrences rank first");
        assertFalse(first.stream().anyMatch(h -> second.stream().anyMatch(s -> s.documentId() == h.documentId())));
    }

    @Test
    void aTitleOnlyMatchIsAHitWithoutLines() {
        Document d = stores.documents().insert(Fixtures.document("تقرير عن الخرطوم", "نص لا يذكر المدينة."));
        SearchHit hit = search.search("الخرطوم", SearchOptions.firstPage()).get(0);
        assertEquals(d.id(), hit.documentId());
        assertTrue(hit.lines().isEmpty());
    }
}
