package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.bench.support.ArabicTextGenerator;
import hamish.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void procliticFreeFormsOfAttachedWords() {
        assertEquals(List.of("اسرائيل"), SearchKeys.procliticFree(ArabicNormalizer.fold("لإسرائيل")));
        assertTrue(SearchKeys.procliticFree("للبنتاغون").containsAll(List.of("البنتاغون", "بنتاغون")));
        assertTrue(SearchKeys.procliticFree("والبيت").containsAll(List.of("البيت", "بيت")));
    }

    @Test
    void remaindersUnderThreeLettersAreNotKeys() {
        assertEquals(List.of(), SearchKeys.procliticFree("بلي"));
        assertEquals(List.of(), SearchKeys.procliticFree("غزه"));
    }

    @Test
    void skeletonJoinsGhainAndJeemSpellingsOnly() {
        assertEquals(SearchKeys.skeleton("البنتاغون"), SearchKeys.skeleton("البنتاجون"));
        assertEquals(SearchKeys.skeleton("نتنياهو"), SearchKeys.skeleton("نتانياهو"));
        assertNotEquals(SearchKeys.skeleton("واشنطن"), SearchKeys.skeleton("بيروت"));
    }

    @Test
    void variantFinderFindsTheOtherSpellingWithoutItsProclitic() {
        String text = "قال مسؤول في البنتاجون إن للبنتاجون رأيا آخر.";
        List<Span> spans = VariantFinder.findAll(text, "البنتاغون");
        assertEquals(List.of("البنتاجون", "لبنتاجون"), spans.stream().map(s -> s.of(text)).toList());
        assertTrue(TextFinder.findAll(text, "البنتاغون").isEmpty(), "exact find ignores variants");
    }

    /**
     * The index must never miss what the precise finder finds: for every word of the texts and every
     * ending of it that the finder matches as a term, that term is the word or one of its index forms.
     */
    @Test
    void indexFormsCoverEveryProcliticMatch() {
        List<String> texts = new java.util.ArrayList<>(List.of(new ArabicTextGenerator(3).article(20_000),
                "وللبنتاغون فالبيت وبالقدس كالأسد لإسرائيل فبغانتس وللقدس"));
        try {
            texts.addAll(SeedArticles.all());
        } catch (org.opentest4j.TestAbortedException e) {
            // the seeds are optional here: the generated text and the list above still run
        }
        ProcliticMatcher matcher = new ProcliticMatcher();
        int checked = 0;
        for (String text : texts) {
            for (Token token : WordTokenizer.tokenize(text)) {
                String folded = ArabicNormalizer.fold(token.text());
                List<String> keys = new java.util.ArrayList<>(SearchKeys.procliticFree(folded));
                keys.add(folded);
                java.util.Set<String> terms = new java.util.HashSet<>();
                for (int cut = 0; cut < folded.length(); cut++) {
                    terms.add(folded.substring(cut));
                    terms.add("ال" + folded.substring(cut));
                }
                for (String term : terms) {
                    if (!matcher.find(folded, term).isEmpty()) {
                        checked++;
                        assertTrue(keys.contains(term), term + " is found in " + folded + " but not indexed: " + keys);
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void withProcliticsListsTheWordsWhoseProcliticFreeFormIsTheWord() {
        List<String> words = SearchKeys.withProclitics("البيت");
        assertTrue(words.containsAll(List.of("بالبيت", "للبيت", "والبيت", "وللبيت", "فالبيت")), words.toString());
        for (String word : words) {
            assertTrue(SearchKeys.procliticFree(word).contains("البيت"), word);
        }
        assertEquals(List.of(), SearchKeys.withProclitics("بي"), "too short to carry a proclitic");
    }

    @Test
    void indexTextHoldsTheFoldedWordsAndEachFormAndKeyOnce() {
        SearchKeys.IndexText index = SearchKeys.indexText("عن إسرائيل", "قال لإسرائيل، ثم قال لإسرائيل: البنتاغون.");
        assertEquals("عن اسرائيل", index.title());
        assertEquals("قال لاسرائيل ثم قال لاسرائيل البنتاغون", index.body());
        assertEquals(List.of("اسرائيل", "بنتاغون"), List.of(index.bare().split(" ")));
        List<String> keys = List.of(index.variant().split(" "));
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "each key once");
        assertTrue(keys.contains(SearchKeys.skeleton("البنتاجون")));
    }
}
