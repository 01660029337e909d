package hamish.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.ImportException;
import hamish.io.TagSetJson;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.model.TagSet;
import hamish.store.Stores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Very long tag names are refused with a short, readable message; emoji in tag names are kept exactly. */
class TagInputTest {

    @TempDir
    Path dir;

    @Test
    void aTooLongTagNameIsRefusedWithAShortMessageAndNothingIsStored() {
        try (Stores stores = Stores.open(dir.resolve("tags.db"))) {
            String before = DatabaseDump.of(stores.database().file());
            String longName = "😀".repeat(Tag.MAX_NAME_LENGTH) + "ب";

            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> stores.tags().insert(new Tag(0, longName, TagKind.OTHER, null, "#112233", null)));

            assertEquals("tag name is longer than " + Tag.MAX_NAME_LENGTH + " characters: " + "😀".repeat(20) + "…", refused.getMessage());
            assertEquals(before, DatabaseDump.of(stores.database().file()));
        }
    }

    @Test
    void theShortenedNameInTheMessageNeverSplitsAnEmoji() {
        String longName = "a" + "😀".repeat(Tag.MAX_NAME_LENGTH);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Tag(0, longName, TagKind.OTHER, null, "#112233", null));

        assertTrue(refused.getMessage().endsWith(": a" + "😀".repeat(19) + "…"), refused.getMessage());
    }

    @Test
    void aTagSetFileWithATooLongNameNamesTheFileAndTheTagBriefly() {
        String longName = "وسم طويل ".repeat(1_000).strip();
        String json = "{\"name\": \"مجموعة\", \"tags\": [{\"name\": \"" + longName + "\", \"kind\": \"OTHER\", \"colour\": \"#112233\"}]}";

        ImportException refused = assertThrows(ImportException.class,
                () -> TagSetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "وسوم المشروع.json"));

        assertTrue(refused.getMessage().startsWith("وسوم المشروع.json: tag 1 ("), refused.getMessage());
        assertTrue(refused.getMessage().contains("tag name is longer than " + Tag.MAX_NAME_LENGTH + " characters"), refused.getMessage());
        assertTrue(refused.getMessage().length() < 300, "a message to read, not the whole name: " + refused.getMessage().length() + " chars");
    }

    @Test
    void emojiInTagNamesRoundTripThroughTheStoreAndTagSetFiles() {
        List<String> names = List.of("🔥 عاجل", "📢 تصريح", "👨‍👩‍👧 عائلة", "🇵🇸 مكان", "✅");
        StringBuilder json = new StringBuilder("{\"name\": \"رموز 😀\", \"tags\": [");
        for (int i = 0; i < names.size(); i++) {
            json.append(i > 0 ? "," : "").append("{\"name\": \"").append(names.get(i)).append("\", \"kind\": \"OTHER\", \"colour\": \"#1122")
                    .append(i).append("3\"}");
        }
        TagSet set = TagSetJson.read(new ByteArrayInputStream(json.append("]}").toString().getBytes(StandardCharsets.UTF_8)), "رموز.json");
        assertEquals("رموز 😀", set.name());

        try (Stores stores = Stores.open(dir.resolve("emoji.db"))) {
            stores.tags().ensureDefaults(set);
            assertEquals(names, stores.tags().list().stream().map(Tag::name).toList());
            assertEquals("🔥 عاجل", stores.tags().byName("🔥 عاجل").orElseThrow().name());
        }
        try (Stores reopened = Stores.open(dir.resolve("emoji.db"))) {
            assertEquals(names, reopened.tags().list().stream().map(Tag::name).toList());
        }
    }
}
