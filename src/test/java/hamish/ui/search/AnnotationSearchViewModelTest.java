package hamish.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.AnnotationHit;
import hamish.ui.Fixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationSearchViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    AnnotationSearchViewModel search;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        f.stored(s -> {
            long tag = s.tags().byName("Person").orElseThrow().id();
            Entity minister = s.entities().insert(new Entity(0, "وزير الخارجية", EntityType.PERSON, List.of("الوزير")));
            int at = Fixture.TEXT.indexOf("وزير الخارجية");
            s.annotations().insert(Annotation.of(f.documentId, Fixture.TEXT, new Span(at, at + "وزير الخارجية".length()), tag, "sara",
                    Fixture.CLOCK.instant()).withEntity(minister.id(), Fixture.CLOCK.instant()).withNote("يتحدث باسم الحكومة", Fixture.CLOCK.instant()));
            s.annotations().insert(Annotation.of(f.secondId, Fixture.SECOND, new Span(0, 3), s.tags().byName("Place").orElseThrow().id(),
                    "omar", Fixture.CLOCK.instant()));
            return null;
        });
        search = f.open().annotationSearch();
    }

    @Test
    void noFilterListsEveryAnnotation() {
        search.search();
        assertEquals(2, search.hits().size());
        assertEquals("2 annotations", search.statusProperty().get());
    }

    @Test
    void entityFilterMatchesAnAliasWithoutHamzaCare() {
        search.entityProperty().set("الوزير");
        search.search();
        assertEquals(List.of("وزير الخارجية"), quotes());
        assertEquals("وزير الخارجية", search.hits().get(0).entityName());
        assertEquals("إسرائيل تؤكد مواصلة المحادثات", search.hits().get(0).documentTitle());
    }

    @Test
    void tagAuthorNoteAndDateFiltersNarrowTheList() {
        search.tagProperty().set("place");
        search.search();
        assertEquals(List.of("غزة"), quotes());

        search.clear();
        search.authorProperty().set("sara");
        search.noteProperty().set("الحكومه");
        search.search();
        assertEquals(List.of("وزير الخارجية"), quotes(), "note text folds ة/ه");

        search.clear();
        search.fromProperty().set(LocalDate.of(2021, 6, 4));
        search.search();
        assertEquals(List.of("غزة"), quotes(), "only the second article is published on or after 4 June");
        search.toProperty().set(LocalDate.of(2021, 6, 3));
        search.search();
        assertTrue(search.hits().isEmpty());
        assertEquals("No annotations match.", search.statusProperty().get());
    }

    @Test
    void syntaxCharactersInFiltersAreNoError() {
        search.noteProperty().set("\"' OR 1=1 -- %_*");
        search.entityProperty().set("(NEAR");
        search.search();
        assertTrue(search.hits().isEmpty());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    private List<String> quotes() {
        return search.hits().stream().map(AnnotationHit::annotation).map(Annotation::quote).toList();
    }
}
