package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionDetectorTest {

    private static final Entity GANTZ = new Entity(1, "بيني غانتس", EntityType.PERSON, List.of("غانتس"));
    private static final Entity AUSTIN = new Entity(3, "لويد أوستن", EntityType.PERSON, List.of("أوستن"));
    private static final Entity WHITE_HOUSE = new Entity(11, "البيت الأبيض", EntityType.ORG, List.of());
    private static final List<Entity> KNOWN = List.of(GANTZ, AUSTIN, WHITE_HOUSE);

    private static Attribution byVerb(String text, String verb, String contentStart) {
        return AttributionDetector.detect(text).stream()
                .filter(a -> a.verb().of(text).equals(verb) && a.content().of(text).startsWith(contentStart))
                .findFirst().orElseThrow(() -> new AssertionError("no attribution " + verb + " → " + contentStart));
    }

    @Test
    void theSpeakerStopsAtACircumstanceAndTheStatementFollowsInnahu() {
        String text = "وقال وزير الخارجية الأمريكي خلال استقباله غانتس في واشنطن إنه بحث معه التطورات في غزة.";
        List<Attribution> found = AttributionDetector.detect(text);
        assertEquals(1, found.size());
        Attribution a = found.get(0);
        assertEquals("وقال", a.verb().of(text));
        assertEquals("قال", a.verbLemma());
        assertEquals("وزير الخارجية الأمريكي", a.subject().of(text));
        assertEquals("بحث معه التطورات في غزة", a.content().of(text));
        assertEquals(text, a.sentence().of(text));
    }

    @Test
    void gantzOnTheIronDomeAndTheParticipleThatFollows() {
        String text = SeedArticles.read(SeedArticles.FIRST);
        Attribution said = byVerb(text, "قال", "نظام القبة");
        assertEquals("غانتس", said.subjectText());
        assertEquals("نظام القبة الحديدية اعترض أكثر من 1400 صاروخ", said.content().of(text));
        assertEquals(Optional.of(GANTZ), AttributionDetector.speakerFor(said, KNOWN));
        Attribution adding = byVerb(text, "مضيفا", "قد آن");
        assertEquals("قد آن الأوان للعمل الدبلوماسي لتجنب أو تأخير عملية عسكرية في المنطقة", adding.content().of(text));
        assertTrue(adding.subjectInherited());
        assertEquals("غانتس", adding.subjectText());
    }

    @Test
    void speakersOfTheFirstSeed() {
        String text = SeedArticles.read(SeedArticles.FIRST);
        Attribution house = byVerb(text, "وقال", "المسؤولَيْن");
        assertEquals("البيت الأبيض", house.subjectText());
        assertEquals(Optional.of(WHITE_HOUSE), AttributionDetector.speakerFor(house, KNOWN));
        assertEquals("موقع “والا” العبري", byVerb(text, "قال", "الولايات المتحدة استدعت").subjectText());
        assertEquals("جيش الاحتلال", byVerb(text, "وقال", "غانتس سيجري").subjectText());
        Attribution lloyd = byVerb(text, "قال", "واشنطن ستواصل");
        assertEquals("وزير الدفاع الأمريكي لويد", lloyd.subjectText());
        assertEquals(Optional.of(AUSTIN), AttributionDetector.speakerFor(lloyd, KNOWN), "لويد is a part of Austin's name");
        Attribution source = byVerb(text, "وفق", "وجاء في بيان");
        assertEquals("نص البيان", source.subjectText());
        assertEquals("وفق", source.verbLemma());
    }

    @Test
    void quotationsAreStatementsAndSpeakersCarryOver() {
        String text = SeedArticles.read(SeedArticles.SECOND);
        Attribution following = byVerb(text, "متابعًا", "إيران لا تشكل");
        assertEquals("إيران لا تشكل تهديدًا لأمننا فحسب بل لقيمنا المشتركة، وهي تسعى لتدمير كافة قيم الحرية في الشرق الأوسط",
                following.content().of(text));
        assertEquals("وزير الدفاع الإسرائيلي", following.subjectText());
        Attribution channel = byVerb(text, "ونقلت", "وزير الدفاع");
        assertEquals("قناة (كان)", channel.subjectText());
        Attribution austin = byVerb(text, "قال", "إننا");
        assertEquals("وزير الدفاع الأمريكي، لويد أوستن", austin.subjectText());
        assertEquals(Optional.of(AUSTIN), AttributionDetector.speakerFor(austin, KNOWN));
        assertEquals("مسؤول أمريكي كبير", byVerb(text, "نقل", "من المتوقع").subjectText());
        assertTrue(AttributionDetector.detect(text).stream().noneMatch(a -> a.verb().of(text).equals("فحسب")),
                "فحسب means only");
    }

    @Test
    void reportingWordsAreFoundWithTanweenShaddaAndHamzaVariants() {
        for (String participle : List.of("مضيفًا", "مضيفاً", "مضيفا", "مُضيفاً")) {
            String text = "وقال الوزير إن الاتفاق قريب، " + participle + " أن المفاوضات مستمرة.";
            Attribution a = byVerb(text, participle, "المفاوضات");
            assertEquals("أضاف", a.verbLemma());
            assertEquals("الوزير", a.subjectText());
        }
        assertEquals("أكد", byVerb("وأكّد الناطق أن الهدنة صامدة.", "وأكّد", "الهدنة").verbLemma());
        assertEquals("أكد", byVerb("واكد الناطق ان الهدنة صامدة.", "واكد", "الهدنة").verbLemma());
    }

    @Test
    void noStatementNoAttribution() {
        String text = "وأكد سوليفان خلال لقائه غانتس التزام الرئيس بايدن بتعزيز الشراكة.";
        assertEquals(List.of(), AttributionDetector.detect(text));
    }

    @Test
    void aSpeakerNotAmongTheKnownEntitiesGivesNone() {
        String text = "وقال جيش الاحتلال في بيان إن الوضع هادئ.";
        Attribution a = AttributionDetector.detect(text).get(0);
        assertEquals("جيش الاحتلال", a.subjectText());
        assertFalse(AttributionDetector.speakerFor(a, KNOWN).isPresent());
    }
}
