package hamish.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Span;
import hamish.ui.Fixture;
import hamish.ui.MainViewModel;
import hamish.ui.reader.HighlightStyle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    MainViewModel vm;
    FindViewModel find;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        vm = f.open();
        vm.document().open(f.documentId, () -> { });
        find = vm.find();
        find.openProperty().set(true);
    }

    @Test
    void matchesIgnoreHamzaAndAreProposedDashed() {
        find.queryProperty().set("اسرائيل");
        assertTrue(find.matches().size() >= 3, "both spellings of the three mentions: " + find.matches());
        for (Span s : find.matches()) {
            assertTrue(s.of(Fixture.TEXT).contains("سرائيل"), s.of(Fixture.TEXT));
        }
        assertEquals(find.matches().size(), vm.document().highlightsProperty().get().stream()
                .filter(h -> h.style() == HighlightStyle.DASHED).count());
        assertEquals(0, find.currentProperty().get());
        find.previous();
        assertEquals(find.matches().size() - 1, find.currentProperty().get());
    }

    @Test
    void tagAllIsOneUndoStep() {
        vm.document().currentTagProperty().set(f.tag("Place"));
        find.queryProperty().set("اسرائيل");
        List<Span> matches = List.copyOf(find.matches());

        assertTrue(find.tagAll());
        List<Annotation> stored = f.storedAnnotations();
        assertEquals(matches, stored.stream().map(Annotation::span).sorted().toList());
        assertTrue(stored.stream().allMatch(a -> a.tagId() == f.tag("Place").id()));

        vm.document().undo();
        assertTrue(f.storedAnnotations().isEmpty(), "one undo removes every match's annotation");
        vm.document().redo();
        assertEquals(matches.size(), f.storedAnnotations().size());
    }

    @Test
    void closingClearsTheProposals() {
        find.queryProperty().set("الوزير");
        assertTrue(!vm.document().proposals().isEmpty());
        find.close();
        assertTrue(vm.document().proposals().isEmpty());
        assertTrue(find.matches().isEmpty());
    }

    @Test
    void tagAllNeedsATagChosenFirst() {
        find.queryProperty().set("اسرائيل");
        assertEquals(null, find.tagProperty().get());
        assertTrue(!find.tagAll());
        assertTrue(f.storedAnnotations().isEmpty());
    }
}
