package hamish.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DocumentImporter;
import hamish.model.Document;
import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.ui.Fixture;
import hamish.ui.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    SearchViewModel search;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        search = f.open().search();
    }

    @Test
    void bareSpellingFindsHamzaFormsWithTheMatchInContext() {
        search.queryProperty().set("اسرائيل");
        search.search();

        assertEquals(1, search.hits().size());
        SearchHit hit = search.hits().get(0);
        assertEquals(f.documentId, hit.documentId());
        assertEquals(3, hit.matchCount(), "إسرائيل twice and اسرائيل once");
        for (Kwic k : hit.lines()) {
            assertEquals(k.matched(), k.match().of(Fixture.TEXT), "the line's match is the text at its span");
        }
        assertEquals("إسرائيل", hit.lines().get(0).matched());
        assertEquals("1 document", search.statusProperty().get());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void seedArticlesAreFoundThroughTheirProcliticForms() throws Exception {
        Path seeds = Seeds.dir().orElse(null);
        Assumptions.assumeTrue(seeds != null, "seed articles not found at ../shared/seeds");
        try (var files = Files.list(seeds)) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            f.stored(s -> new DocumentImporter(s.documents()).importAll(txt, o -> { }));
        }
        search.queryProperty().set("اسرائيل");
        search.search();

        assertEquals(3, search.hits().size(), "the fixture's article and both seeds");
        List<String> matched = search.hits().stream().flatMap(h -> h.lines().stream()).map(Kwic::matched).distinct().toList();
        assertTrue(matched.contains("إسرائيل"), matched.toString());
        search.variantsProperty().set(true);
        search.search();
        assertEquals(3, search.hits().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"اسرائيل", "اسرائيل*", "اسرائيل AND OR NOT", "(اسرائيل", "NEAR(اسرائيل)", "-اسرائيل", "\"\"", "*", "^:"})
    void queryWithFtsSyntaxGivesResultsOrNoneButNoError(String query) {
        search.queryProperty().set(query);
        search.search();

        assertTrue(f.errors.isEmpty(), query + ": " + f.errors);
        String status = search.statusProperty().get();
        assertTrue(search.hits().isEmpty() ? status.equals("No documents match.") || status.isEmpty() : status.endsWith("document"),
                query + " -> " + status);
    }

    @Test
    void quotedOperatorWordsAreSearchedAsWords() {
        search.queryProperty().set("\"وقف إطلاق\" OR");
        search.search();
        assertTrue(f.errors.isEmpty(), f.errors.toString());
        assertEquals("No documents match.", search.statusProperty().get(), "OR is a word no document holds");
    }

    @Test
    void moreLoadsTheNextPageUntilNoneIsLeft() {
        int total = SearchViewModel.PAGE + 5;
        f.stored(s -> {
            for (int i = 0; i < total; i++) {
                s.documents().insert(new Document(0, "مقالة " + i, "منفذ", LocalDate.of(2021, 1, 1), "ar",
                        "كتب المراسل عن المطر رقم " + i + ".\n", "page-" + i, Fixture.CLOCK.instant()));
            }
            return null;
        });
        search.queryProperty().set("المطر");
        search.search();
        assertEquals(SearchViewModel.PAGE, search.hits().size());
        assertTrue(search.hasMoreProperty().get());

        search.queryProperty().set("something else typed meanwhile");
        search.more();

        assertEquals(total, search.hits().size(), "more continues the shown search");
        assertFalse(search.hasMoreProperty().get());
        assertEquals(total, search.hits().stream().map(SearchHit::documentId).distinct().count(), "no document twice");
    }

    @Test
    void blankQueryClearsTheResults() {
        search.queryProperty().set("غزة");
        search.search();
        assertEquals(1, search.hits().size());
        search.queryProperty().set("   ");
        search.search();
        assertTrue(search.hits().isEmpty());
        assertEquals("", search.statusProperty().get());
    }
}
