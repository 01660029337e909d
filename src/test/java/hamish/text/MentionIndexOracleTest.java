package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index only chooses where to try a name; the plain scan tries every word. On random texts made of the
 * seed articles' words, with names, their variants, typos, adjectives and proclitics mixed in, both must
 * give the very same proposals.
 */
class MentionIndexOracleTest {

    private static final String[] INJECTED = {"غانتس", "جانتس", "قانتس", "بيني غانتس", "بيني جانتس", "البنتاغون",
        "البنتاجون", "بنتاغون", "بنتاجون", "أوستن", "لوستن", "لويد أوستن", "أويد لوستن", "إسرائيل", "الإسرائيلي",
        "الإسرائيلية", "إسرائيليون", "البيت الأبيض", "البيت، الأبيض", "جو بايدن", "بايدن", "بدن", "نتانياهو",
        "نتنياهو", "إيران", "إيمان", "الإيرانية", "لالبيت", "رغم", "رجم", "الغاني", "الجاني"};
    private static final String[] PROCLITICS = {"", "", "", "و", "ب", "ل", "لل", "وب", "ال", "فل"};
    private static final String[] SEPARATORS = {" ", " ", " ", "، ", " “", "” ", "\n", " (", ") ", ": ", "  "};

    private static final List<Entity> ENTITIES = List.of(
            new Entity(1, "بيني غانتس", EntityType.PERSON, List.of("غانتس")),
            new Entity(2, "البنتاغون", EntityType.ORG, List.of()),
            new Entity(3, "لويد أوستن", EntityType.PERSON, List.of("أوستن")),
            new Entity(4, "إسرائيل", EntityType.PLACE, List.of()),
            new Entity(5, "البيت الأبيض", EntityType.ORG, List.of()),
            new Entity(6, "جو بايدن", EntityType.PERSON, List.of("بايدن")),
            new Entity(7, "نتنياهو", EntityType.PERSON, List.of()),
            new Entity(8, "إيران", EntityType.PLACE, List.of()),
            new Entity(9, "الغاني", EntityType.MISC, List.of()));

    private static final List<MentionProposer.Options> OPTIONS = List.of(MentionProposer.Options.DEFAULT,
            new MentionProposer.Options(true, true, true), new MentionProposer.Options(false, true, false));

    @Test
    void indexGivesTheSameProposalsAsTryingEveryWord() {
        List<String> words = new ArrayList<>();
        for (String seed : SeedArticles.all()) {
            WordTokenizer.tokenize(seed).forEach(t -> words.add(t.text()));
        }
        Random random = new Random(20261124L);
        int proposals = 0;
        for (int round = 0; round < 300; round++) {
            String text = randomText(words, random);
            FoldedTokens tokens = FoldedTokens.of(text);
            MentionIndex index = MentionIndex.of(tokens);
            for (MentionProposer.Options options : OPTIONS) {
                for (Entity entity : ENTITIES) {
                    EntityNames names = EntityNames.of(entity, options);
                    List<MentionProposal> expected = MentionProposer.propose(names, tokens);
                    assertEquals(expected, index.proposals(names), () -> entity.canonicalName() + " in: " + text);
                    proposals += expected.size();
                }
            }
        }
        assertTrue(proposals > 3000, "the random texts exercise the matcher: " + proposals);
    }

    private static String randomText(List<String> words, Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = 20 + random.nextInt(60); n > 0; n--) {
            if (text.length() > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            if (random.nextInt(4) == 0) {
                text.append(PROCLITICS[random.nextInt(PROCLITICS.length)]).append(INJECTED[random.nextInt(INJECTED.length)]);
                if (random.nextInt(8) == 0) {
                    text.append('\u064B'); // tanween
                }
            } else {
                text.append(words.get(random.nextInt(words.size())));
            }
        }
        return text.toString();
    }
}
