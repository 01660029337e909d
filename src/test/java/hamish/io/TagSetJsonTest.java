package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.model.TagSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TagSetJsonTest {

    @Test
    void defaultSetHasFiveTagsOnKeysOneToFive() {
        TagSet set = DefaultTags.load();
        assertEquals(List.of("Person", "Organisation", "Place", "Quote", "Claim"),
                set.tags().stream().map(Tag::name).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), set.tags().stream().map(Tag::shortcut).toList());
        assertEquals(EntityType.PERSON, set.byName("person").orElseThrow().entityType());
        assertEquals(EntityType.ORG, set.byShortcut("2").orElseThrow().entityType());
        assertEquals(EntityType.PLACE, set.byShortcut("3").orElseThrow().entityType());
        assertEquals(TagKind.QUOTE, set.byShortcut("4").orElseThrow().kind());
        assertEquals(TagKind.CLAIM, set.byShortcut("5").orElseThrow().kind());
    }

    @Test
    void defaultTagsCarryArabicNamesForTheArabicWindowAndNoneForOthers() {
        assertEquals(java.util.Map.of("Person", "شخص", "Organisation", "منظمة", "Place", "مكان", "Quote", "اقتباس", "Claim", "ادعاء"),
                DefaultTags.namesIn("ar"));
        assertEquals(java.util.Map.of(), DefaultTags.namesIn("en"));
    }

    @Test
    void refusesNamesThatAreNotLanguageCodesToText() {
        String tag = "{ \"name\": \"x\", \"tags\": [ { \"name\": \"A\", \"kind\": \"CLAIM\", \"colour\": \"#000000\", \"names\": %s } ] }";
        assertTrue(refused(String.format(tag, "\"شخص\""), "t.json").getMessage().contains("\"names\" must be an object"));
        assertTrue(refused(String.format(tag, "{\"Arabic\": \"شخص\"}"), "t.json").getMessage().contains("not a language code"));
        assertTrue(refused(String.format(tag, "{\"ar\": \" \"}"), "t.json").getMessage().contains("\"names\".ar must be a non-empty string"));
        assertTrue(refused(String.format(tag, "{\"ar\": 5}"), "t.json").getMessage().contains("\"names\".ar must be a non-empty string"));
    }

    @Test
    void defaultSetShortcutsAndColoursAreDistinct() {
        List<Tag> tags = DefaultTags.load().tags();
        assertEquals(tags.size(), tags.stream().map(Tag::shortcut).collect(Collectors.toSet()).size());
        assertEquals(tags.size(), tags.stream().map(t -> t.colour().toLowerCase()).collect(Collectors.toSet()).size());
    }

    @Test
    void defaultColoursAreMidLightSoTheyWorkOnLightAndDarkBackgrounds() {
        for (Tag t : DefaultTags.load().tags()) {
            double l = relativeLuminance(t.colour());
            assertTrue(l > 0.15 && l < 0.6, t.name() + " luminance " + l);
        }
    }

    @Test
    void refusesMalformedJsonNamingTheSource() {
        ImportException e = refused("{ \"name\": \"x\", \"tags\": [ { \"name\": \"A\", ", "my-tags.json");
        assertTrue(e.getMessage().startsWith("my-tags.json: not valid JSON (line "), e.getMessage());
    }

    @Test
    void refusesEmptyInput() {
        assertEquals("t.json: the file is empty", refused("", "t.json").getMessage());
    }

    @Test
    void refusesUnknownFieldSuchAsAmericanSpelling() {
        ImportException e = refused("{\"name\":\"x\",\"tags\":[{\"name\":\"A\",\"kind\":\"QUOTE\",\"color\":\"#112233\"}]}", "t.json");
        assertTrue(e.getMessage().startsWith("t.json: tag 1: unknown field \"color\""), e.getMessage());
    }

    @Test
    void refusesUnknownKindAndBadColour() {
        ImportException e = refused("{\"name\":\"x\",\"tags\":[{\"name\":\"A\",\"kind\":\"QUOT\",\"colour\":\"#112233\"}]}", "t.json");
        assertTrue(e.getMessage().contains("tag 1 (A): \"kind\" must be one of [ENTITY, QUOTE, CLAIM, OTHER]"), e.getMessage());
        e = refused("{\"name\":\"x\",\"tags\":[{\"name\":\"A\",\"kind\":\"QUOTE\",\"colour\":\"red\"}]}", "t.json");
        assertTrue(e.getMessage().startsWith("t.json: tag 1 (A): ") && e.getMessage().contains("#RRGGBB"), e.getMessage());
    }

    @Test
    void refusesDuplicateShortcut() {
        ImportException e = refused("{\"name\":\"x\",\"tags\":["
                + "{\"name\":\"A\",\"kind\":\"QUOTE\",\"colour\":\"#112233\",\"shortcut\":\"q\"},"
                + "{\"name\":\"B\",\"kind\":\"CLAIM\",\"colour\":\"#332211\",\"shortcut\":\"Q\"}]}", "t.json");
        assertEquals("t.json: tag 2 (B): shortcut Q is already used by another tag", e.getMessage());
    }

    @Test
    void readsEntityTagWithoutShortcut() {
        TagSet set = TagSetJson.read(in("{\"name\":\"Mine\",\"tags\":[{\"name\":\"مؤسسة\",\"kind\":\"entity\","
                + "\"entityType\":\"org\",\"colour\":\"#abcdef\"}]}"), "t.json");
        Tag t = set.tags().get(0);
        assertEquals("Mine", set.name());
        assertEquals(new Tag(0, "مؤسسة", TagKind.ENTITY, EntityType.ORG, "#abcdef", null), t);
        assertNotEquals(null, set.byName("مؤسسة").orElse(null));
    }

    private static ImportException refused(String json, String source) {
        return assertThrows(ImportException.class, () -> TagSetJson.read(in(json), source));
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** WCAG relative luminance of #RRGGBB. */
    private static double relativeLuminance(String colour) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
