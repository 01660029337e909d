package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.MentionProposal.Confidence;
import hamish.text.NameForm.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameFormsTest {

    private static Entity person(String name, String... aliases) {
        return new Entity(1, name, EntityType.PERSON, List.of(aliases));
    }

    private static List<String> surfaces(Entity e, String text) {
        return MentionIndex.of(text).proposals(e).stream().map(p -> p.surface() + "/" + p.confidence()).toList();
    }

    @Test
    void formsOfAFullNameAndOfALineage() {
        assertEquals(List.of(new NameForm("ستيفان دي ميستورا", Kind.NAME), new NameForm("دي ميستورا", Kind.WITHOUT_FIRST_NAME),
                new NameForm("ستيفان بن … دي ميستورا", Kind.LONG_FORM)), PersonNameForms.of(person("ستيفان دي ميستورا")));
        assertEquals(List.of(new NameForm("فيصل بن خالد بن عبدالعزيز", Kind.NAME), new NameForm("فيصل بن خالد", Kind.LINEAGE),
                new NameForm("فيصل بن خالد بن عبدالعزيز بن …", Kind.LONG_FORM), new NameForm("فيصل بن خالد بن عبد العزيز", Kind.SPELLING)),
                PersonNameForms.of(person("فيصل بن خالد بن عبدالعزيز")));
        assertTrue(PersonNameForms.of(person("عبدالعزيز بن عبدالله آل الشيخ")).contains(new NameForm("عبدالعزيز آل الشيخ", Kind.FIRST_AND_FAMILY)));
        assertEquals(List.of(new NameForm("الدوحة", Kind.NAME)), PersonNameForms.of(new Entity(2, "الدوحة", EntityType.PLACE, List.of())));
    }

    @Test
    void surnameLongFormAndNameWithoutFirstNameAreProposedButNeverTheFirstNameAlone() {
        Entity jubeir = person("عادل الجبير");
        assertEquals(List.of("عادل بن أحمد الجبير/FORM", "الجبير/FORM", "جبير/VARIANT"),
                surfaces(jubeir, "قال عادل بن أحمد الجبير إن عادل صديقه. وأضاف الجبير. وقال جبير"));
        assertEquals(List.of("دي ميستورا/FORM"), surfaces(person("ستيفان دي ميستورا"), "التقى دي ميستورا بالوفد"));
        assertEquals(List.of("سيرجي لافروف/VARIANT", "لافروف/FORM"), surfaces(person("سيرغي لافروف"), "قال سيرجي لافروف ثم لافروف"));
    }

    @Test
    void aFathersNameIsNotThePersonAndACommonSurnameNeedsARank() {
        Entity king = person("سلمان بن عبدالعزيز آل سعود");
        assertEquals(List.of("سلمان بن عبدالعزيز/FORM"),
                surfaces(king, "الملك سلمان بن عبدالعزيز والأمير محمد بن سلمان بن عبدالعزيز"));
        Entity spokesman = person("منصور التركي");
        assertEquals(List.of("التركي/FORM"), surfaces(spokesman, "قال اللواء التركي إن الرئيس التركي والشعب التركي"));
    }

    @Test
    void typosAreNeverCommonWordsAndAreLeftOutOfAcceptAll() {
        assertEquals(List.of(), surfaces(new Entity(3, "الأسد", EntityType.PERSON, List.of()), "يوم الاحد"));
        assertEquals(List.of(), surfaces(new Entity(4, "الدوحة", EntityType.PLACE, List.of()), "الدولة"));
        assertEquals(List.of(), surfaces(new Entity(5, "إيران", EntityType.PLACE, List.of()), "نيران"));
        assertTrue(!Confidence.TYPO.acceptableInBulk() && Confidence.FORM.acceptableInBulk());
    }

    @Test
    void aKunyaIsLookedForInItsThreeCases() {
        assertEquals(java.util.List.of("أبي سنان النجدي", "أبا سنان النجدي"), PersonNameForms.kunyaCases("أبو سنان النجدي"));
        assertEquals(java.util.List.of("علي بن أبو طالب", "علي بن أبا طالب"), PersonNameForms.kunyaCases("علي بن أبي طالب"));
        assertEquals(java.util.List.of(), PersonNameForms.kunyaCases("سعود الشريم"));
    }
}
