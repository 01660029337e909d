package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.text.ArabicNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleArticlesTest {

    @Test
    void indexListsAtLeastThreeSamples() {
        List<String> names = SampleArticles.list();
        assertTrue(names.size() >= 3, names.toString());
        assertTrue(names.stream().allMatch(n -> n.startsWith("/samples/") && n.endsWith(".txt")), names.toString());
    }

    @Test
    void everySampleHasMetadataAndCleanUtf8Arabic() {
        Set<String> hashes = new HashSet<>();
        for (ImportedArticle sample : SampleArticles.readAll()) {
            ParsedArticle a = sample.article();
            String label = a.title();
            assertEquals("UTF-8", sample.charset(), label);
            assertFalse(a.title().isBlank(), label);
            assertFalse(a.outlet().isBlank(), label);
            assertNotNull(a.published(), label);
            assertEquals("ar", a.language(), label);
            assertTrue(a.text().startsWith(a.title()), label + ": the headline opens the text");
            assertFalse(a.text().contains("---"), label + ": header removed");
            assertEquals(a.text(), TextCanonicaliser.canonicalise(a.text()), label + ": stored text is canonical");
            assertEquals(java.util.Optional.empty(), ArabicPlausibility.problem(a.text()), label + ": no mojibake");
            assertFalse(a.text().matches("(?s).*[\u00C0-\u00FF\uFFFD].*"), label + ": no Latin-1 mojibake letters");
            int words = a.text().split("\\s+").length;
            assertTrue(words >= 150 && words <= 320, label + ": " + words + " words");
            assertTrue(hashes.add(sample.contentHash()), label + ": distinct text");
        }
    }

    @Test
    void summitReportsSpellTheSameNamesDifferently() {
        String first = SampleArticles.read("/samples/water-summit-fajr-al-suhoul.txt").article().text();
        String second = SampleArticles.read("/samples/water-summit-maraya-al-diffatayn.txt").article().text();
        // Each outlet's spelling appears only in its own report...
        for (String[] pair : new String[][] {{"غوردون", "جوردون"}, {"إنغريد", "انجريد"}, {"سيرانة", "سيرانه"},
                {"مصطفى", "مصطفي"}, {"أحمد", "احمد"}}) {
            assertTrue(first.contains(pair[0]) && !second.contains(pair[0]), pair[0]);
            assertTrue(second.contains(pair[1]) && !first.contains(pair[1]), pair[1]);
        }
        // ...and the quote marks differ: “ ” in one, « » in the other.
        assertTrue(first.contains("“") && !first.contains("«"));
        assertTrue(second.contains("«") && !second.contains("“"));
        // ة/ه, ى/ي and أ/ا variants fold together; the غ/ج ones are left to the entity matcher.
        assertEquals(ArabicNormalizer.fold("سيرانة"), ArabicNormalizer.fold("سيرانه"));
        assertEquals(ArabicNormalizer.fold("مصطفى"), ArabicNormalizer.fold("مصطفي"));
    }
}
