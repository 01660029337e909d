package hamish.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Span;
import hamish.ui.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCorrectionViewModelTest {

    static final String CORRECTED = "قال وزير الخارجية إن إسرائيل ستواصل المفاوضات في نيويورك الأسبوع المقبل.\n"
            + "وأكد الوزير أن اسرائيل لن تتراجع، وأن حكومة إسرائيل تريد الهدوء.";

    @TempDir
    Path dir;

    Fixture f;
    TextCorrectionViewModel correction;
    DocumentViewModel document;
    Path file;
    long talks;

    @BeforeEach
    void open() throws Exception {
        f = new Fixture(dir);
        f.stored(s -> {
            long tag = s.tags().byName("Place").orElseThrow().id();
            for (String quote : List.of("وزير الخارجية", "المحادثات في واشنطن", "حكومة إسرائيل")) {
                int at = Fixture.TEXT.indexOf(quote);
                s.annotations().insert(Annotation.of(f.documentId, Fixture.TEXT, new Span(at, at + quote.length()), tag, "sara",
                        Fixture.CLOCK.instant()));
            }
            return null;
        });
        talks = f.storedAnnotations().stream().filter(a -> a.quote().equals("المحادثات في واشنطن")).findFirst().orElseThrow().id();
        var vm = f.open();
        correction = vm.correction();
        document = vm.document();
        document.open(f.documentId, () -> { });
        file = Files.writeString(dir.resolve("corrected.txt"), CORRECTED);
    }

    @Test
    void replacingTheTextReportsCountsReloadsAndListsTheOrphan() {
        correction.replaceText(file, () -> { });

        assertEquals(new TextCorrectionViewModel.Counts(1, 1, 0, 1), correction.lastCountsProperty().get());
        assertTrue(f.errors.get(0).contains("1 unchanged, 1 moved, 0 placed approximately (check them), 1 orphaned"), f.errors.toString());
        assertEquals(CORRECTED, document.documentProperty().get().text(), "the document is reloaded");
        assertEquals(2, document.annotations().size());
        assertEquals(List.of("المحادثات في واشنطن"), correction.orphans().stream().map(Annotation::quote).toList(), "old quote kept");
        Annotation moved = document.annotations().stream().filter(a -> a.quote().equals("حكومة إسرائيل")).findFirst().orElseThrow();
        assertEquals("حكومة إسرائيل", moved.span().of(CORRECTED));
    }

    @Test
    void anOrphanPlacedOnASpanBecomesAnOrdinaryAnnotationThere() {
        correction.replaceText(file, () -> { });
        int at = CORRECTED.indexOf("المفاوضات في نيويورك");
        Span span = new Span(at, at + "المفاوضات في نيويورك".length());

        correction.place(correction.orphans().get(0), span);

        assertTrue(correction.orphans().isEmpty());
        Annotation placed = document.byId(talks).orElseThrow();
        assertEquals(span, placed.span());
        assertEquals("المفاوضات في نيويورك", placed.quote());
        assertTrue(f.stored(s -> s.annotations().orphans(f.documentId)).isEmpty());
    }

    @Test
    void anOrphanCanBeDeleted() {
        correction.replaceText(file, () -> { });
        correction.delete(correction.orphans().get(0));
        assertTrue(correction.orphans().isEmpty());
        assertTrue(f.stored(s -> s.annotations().get(talks)).isEmpty());
    }

    @Test
    void orphansOfAnEarlierCorrectionShowWhenTheDocumentOpensAgain() {
        correction.replaceText(file, () -> { });
        document.open(f.secondId, () -> { });
        assertTrue(correction.orphans().isEmpty());
        document.open(f.documentId, () -> { });
        assertEquals(1, correction.orphans().size());
    }
}
