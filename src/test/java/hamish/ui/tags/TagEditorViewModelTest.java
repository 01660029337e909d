package hamish.ui.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.ui.Fixture;
import hamish.ui.MainViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagEditorViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    MainViewModel vm;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        vm = f.open();
    }

    @Test
    void newTagJoinsThePaletteAndTheDatabase() {
        int before = vm.catalog().tags().size();
        assertTrue(vm.tagEditor().save(0, "مصدر مجهول", TagKind.OTHER, null, "#123456", "m"));
        assertEquals(before + 1, vm.catalog().tags().size());
        Tag stored = f.stored(s -> s.tags().byName("مصدر مجهول")).orElseThrow();
        assertEquals("m", stored.shortcut());
        assertEquals(stored, vm.catalog().tags().get(vm.catalog().tags().size() - 1));
    }

    @Test
    void editingATagChangesItsColourEverywhere() {
        Tag person = f.tag("Person");
        vm.tagEditor().save(person.id(), person.name(), person.kind(), EntityType.PERSON, "#000000", person.shortcut());
        assertEquals("#000000", f.tag("Person").colour());
        assertEquals("#000000", f.stored(s -> s.tags().byName(person.name())).orElseThrow().colour());
    }

    @Test
    void invalidInputIsShownNotThrown() {
        assertFalse(vm.tagEditor().save(0, "  ", TagKind.OTHER, null, "#123456", null));
        assertFalse(vm.tagEditor().save(0, "x", TagKind.OTHER, null, "#123456", "ab"));
        assertEquals(2, f.errors.size());
    }

    @Test
    void aTagInUseIsNotDeletedAndTheUserIsTold() {
        vm.document().open(f.documentId, () -> { });
        vm.document().tag(new Span(0, 3), f.tag("Person"));
        vm.tagEditor().delete(f.tag("Person"));
        assertEquals(1, f.errors.size(), f.errors.toString());
        assertTrue(f.stored(s -> s.tags().byName(f.tag("Person").name())).isPresent());
        assertTrue(vm.catalog().tags().stream().anyMatch(t -> t.id() == f.tag("Person").id()));
    }
}
