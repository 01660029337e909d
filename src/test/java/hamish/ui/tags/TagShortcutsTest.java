package hamish.ui.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagShortcutsTest {

    static final Tag PERSON = new Tag(1, "Person", TagKind.ENTITY, EntityType.PERSON, "#F4A261", "1");
    static final Tag PLACE = new Tag(2, "Place", TagKind.ENTITY, EntityType.PLACE, "#8AB17D", "3");
    static final Tag QUOTE = new Tag(3, "Quote", TagKind.QUOTE, null, "#E9C46A", null);
    static final Tag PROPAGANDA = new Tag(4, "propaganda", TagKind.OTHER, null, "#777777", "p");
    static final List<Tag> PALETTE = List.of(PERSON, PLACE, QUOTE, PROPAGANDA);

    @Test
    void digitPicksTheTagWithThatShortcut() {
        assertEquals(Optional.of(PLACE), TagShortcuts.forKey(PALETTE, "3"));
    }

    @Test
    void shortcutWinsOverFirstLetter() {
        assertEquals(Optional.of(PROPAGANDA), TagShortcuts.forKey(PALETTE, "P"));
    }

    @Test
    void firstLetterPicksATagWithoutShortcut() {
        assertEquals(Optional.of(QUOTE), TagShortcuts.forKey(PALETTE, "q"));
    }

    @Test
    void otherKeysPickNothing() {
        assertEquals(Optional.empty(), TagShortcuts.forKey(PALETTE, "9"));
        assertEquals(Optional.empty(), TagShortcuts.forKey(PALETTE, " "));
        assertEquals(Optional.empty(), TagShortcuts.forKey(PALETTE, ""));
    }
}
