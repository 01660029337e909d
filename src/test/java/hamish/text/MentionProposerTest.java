package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.MentionProposal.Confidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionProposerTest {

    private static final MentionProposer PROPOSER = new MentionProposer();

    private static Entity person(String name, String... aliases) {
        return new Entity(1, name, EntityType.PERSON, List.of(aliases));
    }

    private static Entity place(String name) {
        return new Entity(2, name, EntityType.PLACE, List.of());
    }

    private static List<String> surfaces(List<MentionProposal> proposals) {
        return proposals.stream().map(MentionProposal::surface).toList();
    }

    @Test
    void bothSpellingsOfGantzAreFoundWithoutGivingJeemAsAlias() {
        String text = SeedArticles.read(SeedArticles.SECOND);
        List<MentionProposal> gantz = PROPOSER.propose(person("بيني غانتس", "غانتس"), text);
        assertEquals(7, gantz.size());
        List<MentionProposal> jeem = gantz.stream().filter(p -> p.surface().contains("جانتس")).toList();
        assertEquals(List.of("بيني جانتس", "بيني جانتس"), surfaces(jeem));
        assertTrue(jeem.stream().allMatch(p -> p.confidence() == Confidence.VARIANT));
        assertEquals(5, gantz.stream().filter(p -> p.confidence() == Confidence.EXACT).count());
    }

    @Test
    void pentagonSpelledWithJeemFindsTheGhainSpellingWithoutArticleInQuotes() {
        String text = SeedArticles.read(SeedArticles.SECOND);
        List<MentionProposal> pentagon = PROPOSER.propose(new Entity(3, "البنتاجون", EntityType.ORG, List.of()), text);
        assertEquals(List.of("بنتاغون", "البنتاجون", "البنتاجون", "البنتاجون"), surfaces(pentagon));
        assertEquals(Confidence.VARIANT, pentagon.get(0).confidence());
        assertTrue(pentagon.subList(1, 4).stream().allMatch(p -> p.confidence() == Confidence.EXACT));
    }

    @Test
    void spansLeaveOutTheProclitic() {
        String text = "التقى بغانتس ووصل وجانتس إلى للبنتاجون ثم لالبنتاغون.";
        assertEquals(List.of("غانتس", "جانتس"), surfaces(PROPOSER.propose(person("غانتس"), text)));
        assertEquals(List.of("لبنتاجون"), surfaces(PROPOSER.propose(new Entity(3, "البنتاغون", EntityType.ORG, List.of()), text)));
    }

    @Test
    void theAdjectiveIsProposedForTheCountryOnlyWhenRelatedFormsAreAsked() {
        String text = "قال وزير الدفاع الإسرائيلي إن الحكومة الإسرائيلية تريد أمن إسرائيل ولإسرائيل حلفاء.";
        assertEquals(List.of("إسرائيل", "إسرائيل"), surfaces(PROPOSER.propose(place("إسرائيل"), text)));
        List<MentionProposal> related = new MentionProposer(MentionProposer.Options.DEFAULT.withRelatedForms(true))
                .propose(place("إسرائيل"), text);
        assertEquals(List.of("إسرائيلي", "إسرائيلية", "إسرائيل", "إسرائيل"), surfaces(related));
        assertEquals(List.of(Confidence.VARIANT, Confidence.VARIANT, Confidence.EXACT, Confidence.EXACT),
                related.stream().map(MentionProposal::confidence).toList());
    }

    @Test
    void ordinaryWordsWithGhainOrJeemAreNotVariantsOfAName() {
        String text = "رغم رجم الغاني الجاني غانم جانب القانون غالب الغانتسي غانتسيون انتس";
        assertEquals(List.of(), PROPOSER.propose(person("غانتس"), text));
    }

    @Test
    void wordsThatOnlyShareASkeletonWithANameAreNotItsVariants() {
        // Each pair seen on CLEANANERCorp: a person's name and a common word with the same skeleton.
        String[][] pairs = {{"كوما", "كما"}, {"الأعرجي", "العراقي"}, {"فارس", "فيروس"}, {"مايكل", "مجال"},
            {"الحسن", "الحسين"}, {"عنان", "عنوان"}, {"بليك", "بلغ"}, {"دالي", "دولي"}, {"جاركا", "جورجيا"}};
        for (String[] pair : pairs) {
            assertEquals(List.of(), new MentionProposer(new MentionProposer.Options(false, false, false))
                    .propose(person(pair[0]), "قال " + pair[1] + " أمس"), pair[0] + " / " + pair[1]);
        }
        assertEquals(List.of("نتانياهو", "ترمب"), surfaces(PROPOSER.propose(person("نتنياهو", "ترامب"), "قال نتانياهو إن ترمب")));
    }

    @Test
    void shortNamesHaveNoVariantsAndNoTypos() {
        assertEquals(List.of(), PROPOSER.propose(place("إيران"), "يران إيرن أيرا"));
        assertEquals(List.of(), PROPOSER.propose(place("غزة"), "عزة وجزة"));
        assertEquals(List.of(), PROPOSER.propose(person("بايدن"), "البدن بدن"));
        assertEquals(List.of(), PROPOSER.propose(person("جولي"), "البنك الدولي ومولي"), "typos need five letters");
    }

    @Test
    void aOneLetterTypoIsAWeakProposal() {
        List<MentionProposal> austin = PROPOSER.propose(person("أوستن"), "وزير الدفاع لوستن وأوستن");
        assertEquals(List.of("لوستن", "أوستن"), surfaces(austin));
        assertEquals(Confidence.TYPO, austin.get(0).confidence());
        assertEquals(List.of("أوستن"), surfaces(new MentionProposer(new MentionProposer.Options(false, false, false))
                .propose(person("أوستن"), "وزير الدفاع لوستن وأوستن")));
    }

    @Test
    void multiWordNamesMatchConsecutiveWordsOnly() {
        Entity house = new Entity(4, "البيت الأبيض", EntityType.ORG, List.of());
        String text = "قال البيت الأبيض إن البيت، الأبيض والبيت  الأبيض";
        assertEquals(List.of("البيت الأبيض", "البيت  الأبيض"), surfaces(PROPOSER.propose(house, text)));
    }

    @Test
    void theLongerOfTwoEqualProposalsWins() {
        List<MentionProposal> gantz = PROPOSER.propose(person("غانتس", "بيني غانتس"), "أجرى بيني غانتس مباحثات");
        assertEquals(List.of("بيني غانتس"), surfaces(gantz));
    }

    @Test
    void namePartsOfPersonsAreProposedOnlyWhenAsked() {
        String text = "قال وزير الدفاع لويد إن جو ذهب، ثم لويد أوستن";
        Entity austin = person("لويد أوستن");
        assertEquals(List.of("لويد أوستن"), surfaces(PROPOSER.propose(austin, text)));
        MentionProposer parts = new MentionProposer(MentionProposer.Options.DEFAULT.withNameParts(true));
        List<MentionProposal> withParts = parts.propose(austin, text);
        assertEquals(List.of("لويد", "لويد أوستن"), surfaces(withParts));
        assertEquals(Confidence.VARIANT, withParts.get(0).confidence());
        assertEquals(List.of("جو بايدن"), surfaces(parts.propose(person("جو بايدن"), "جو بايدن وجو")));
        assertEquals(List.of(), parts.propose(new Entity(5, "لويد أوستن", EntityType.ORG, List.of()), "لويد"));
    }
}
