package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.NameForm.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key a removed form is remembered by, and the forms and proposals left once it is removed. */
class RemovedNameFormsTest {

    private static final Entity KERRY = new Entity(1, "جون كيري", EntityType.PERSON, List.of());

    @Test
    void spellingsThatFoldAlikeShareAKeyAndALongFormKeepsItsEllipsis() {
        assertEquals(NameForm.keyOf("كيري"), NameForm.keyOf("كيرى"));
        assertEquals(NameForm.keyOf("عبد الله الثاني"), NameForm.keyOf("عبدالله الثاني"));
        assertEquals(NameForm.keyOf("أحمد"), NameForm.keyOf("احمد"));
        assertNotEquals(NameForm.keyOf("عادل بن أحمد"), NameForm.keyOf("عادل بن … أحمد"));
        assertTrue(NameForm.keyOf("عادل بن … الجبير").startsWith("…"));
        assertEquals("", NameForm.keyOf("…"));
    }

    @Test
    void onlyGeneratedFormsAreRemovable() {
        assertFalse(new NameForm("جون كيري", Kind.NAME).removable());
        assertFalse(new NameForm("عبد الله الثاني", Kind.SPELLING).removable());
        assertTrue(new NameForm("كيري", Kind.SURNAME).removable());
        assertTrue(new NameForm("جون بن … كيري", Kind.LONG_FORM).removable());
    }

    @Test
    void aRemovedSurnameIsNeitherListedNorProposedWhateverItsSpelling() {
        String text = "التقى جون كيري نظيره، وقال كيري إن المحادثات مثمرة.";
        Set<String> removed = Set.of(NameForm.keyOf("كيرى"));

        assertTrue(PersonNameForms.of(KERRY).contains(new NameForm("كيري", Kind.SURNAME)));
        assertFalse(PersonNameForms.of(KERRY, CommonWords.builtIn(), removed).contains(new NameForm("كيري", Kind.SURNAME)));
        assertTrue(PersonNameForms.of(KERRY, CommonWords.builtIn(), removed).contains(new NameForm("جون كيري", Kind.NAME)));

        List<String> all = MentionIndex.of(text).proposals(KERRY).stream().map(MentionProposal::surface).toList();
        List<String> left = MentionIndex.of(text).proposals(EntityNames.of(KERRY, MentionProposer.Options.DEFAULT, removed))
                .stream().map(MentionProposal::surface).toList();
        assertEquals(List.of("جون كيري", "كيري"), all);
        assertEquals(List.of("جون كيري"), left);
    }

    @Test
    void aRemovedKeyNeverTakesAwayANameTheUserGave() {
        Entity withAlias = new Entity(1, "جون كيري", EntityType.PERSON, List.of("كيري"));
        Set<String> removed = Set.of(NameForm.keyOf("كيري"));
        List<String> left = MentionIndex.of("وقال كيري إن المحادثات مثمرة.")
                .proposals(EntityNames.of(withAlias, MentionProposer.Options.DEFAULT, removed)).stream().map(MentionProposal::surface).toList();
        assertEquals(List.of("كيري"), left);
    }
}
