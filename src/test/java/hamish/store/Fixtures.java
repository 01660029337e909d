package hamish.store;

import hamish.model.Document;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/** Documents and tags written for the store tests. */
final class Fixtures {

    /**
     * Arabic with harakat and tatweel, an emoji outside the BMP (two chars), Arabic-Indic and ASCII
     * digits, Latin, and guillemets: everything that can shift an offset if anything counts differently.
     */
    static final String MIXED_TEXT = "قالَ المتحدّث بـــاسم الوزارة إنّ 😀 الاجتماع سيُعقد يوم ١٥ آذار 2024.\n"
            + "وأضاف عبر منصة Twitter: «لن نتراجع عن موقفنا»، مشيرًا إلى أنّ الوفد يضم 12 عضوًا.";

    static final Instant NOW = Instant.parse("2026-03-15T10:15:30.123456789Z");

    private Fixtures() {
    }

    static Document document(String title, String text) {
        return new Document(0, title, "صحيفة الاختبار", LocalDate.of(2024, 3, 15), "ar", text, sha256(text), NOW);
    }

    static Tag tag(String name, TagKind kind) {
        EntityType type = kind == TagKind.ENTITY ? EntityType.PERSON : null;
        return new Tag(0, name, kind, type, "#336699", null);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
