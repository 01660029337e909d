package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityDiscoveryTest {

    private final EntityDiscovery discovery = new EntityDiscovery();

    private static Optional<DiscoveredEntity> named(List<DiscoveredEntity> found, String name) {
        return found.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> forms(DiscoveredEntity e) {
        return e.forms().stream().map(DiscoveredEntity.Form::text).toList();
    }

    @Test
    void spellingVariantsAndTheSurnameJoinTheFullName() {
        List<DiscoveredEntity> found = discovery.discover(List.of(
                "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة. وأضاف لافروف أن الوفد سيعود.",
                "أكد وزير الخارجية الروسي سيرجي لافروف أن بلاده تدين الهجوم."));
        DiscoveredEntity lavrov = named(found, "سيرغي لافروف").orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(EntityType.PERSON, lavrov.type());
        assertEquals(List.of(0, 1), lavrov.documents());
        assertTrue(forms(lavrov).containsAll(List.of("سيرغي لافروف", "سيرجي لافروف", "لافروف")), forms(lavrov).toString());
        assertTrue(lavrov.evidence().contains("role: وزير"), lavrov.evidence().toString());
        assertEquals(1, found.stream().filter(e -> e.type() == EntityType.PERSON).count(), found.toString());
    }

    @Test
    void organisationsAndPlacesTakeTheirTypeFromTheHeadWord() {
        List<DiscoveredEntity> found = discovery.discover(List.of(
                "أعلنت وزارة الداخلية التركية أن الهجوم وقع في مدينة سروج.",
                "قالت وزارة الداخلية التركية إن الضحايا نقلوا من مدينة سروج إلى المستشفى."));
        assertEquals(EntityType.ORG, named(found, "وزارة الداخلية التركية").orElseThrow(() -> new AssertionError(found.toString())).type());
        assertEquals(EntityType.PLACE, named(found, "سروج").orElseThrow().type());
    }

    @Test
    void titlesAloneBareFirstNamesAndCommonWordsAreNotCandidates() {
        List<DiscoveredEntity> found = discovery.discover(List.of(
                "وقال الرئيس إن الوضع صعب. وأكد محمد أن الأمير في الرياض.",
                "وقال الرئيس إن محمد في المدينة."));
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aSurnameSharedByTwoPeopleJoinsNeither() {
        List<DiscoveredEntity> found = discovery.discover(List.of(
                "وقال الشيخ سعود الشريم إن الحادث أليم، وقال الدكتور خالد الشريم إن التحقيق جار. وأضاف الشريم أن",
                "وقال الشيخ سعود الشريم إن الحادث أليم، وقال الدكتور خالد الشريم إن التحقيق جار."));
        for (DiscoveredEntity e : found) {
            assertTrue(!(forms(e).contains("سعود الشريم") && forms(e).contains("خالد الشريم")), e.toString());
        }
        assertTrue(named(found, "سعود الشريم").isPresent() && named(found, "خالد الشريم").isPresent(), found.toString());
    }
}
