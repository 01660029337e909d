package hamish.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A label a user applies to a span. {@code entityType} is set only for {@link TagKind#ENTITY} tags.
 * {@code colour} is {@code #RRGGBB}; {@code shortcut} is one key (a digit or letter) or null.
 */
public record Tag(long id, String name, TagKind kind, EntityType entityType, String colour, String shortcut) {

    public static final int MAX_NAME_LENGTH = 64;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Tag {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        name = name.strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("tag name is longer than " + MAX_NAME_LENGTH + " characters: "
                    + name.substring(0, name.offsetByCodePoints(0, 20)) + "…"); // never half an emoji
        }
        if (kind == TagKind.ENTITY && entityType == null) {
            throw new IllegalArgumentException("entity tag '" + name + "' needs an entity type");
        }
        if (kind != TagKind.ENTITY) {
            entityType = null;
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("tag '" + name + "' colour must be #RRGGBB, not " + colour);
        }
        if (shortcut != null && (shortcut.codePointCount(0, shortcut.length()) != 1
                || !Character.isLetterOrDigit(shortcut.codePointAt(0)))) {
            throw new IllegalArgumentException("tag '" + name + "' shortcut must be one letter or digit, not " + shortcut);
        }
    }

    public Tag withId(long newId) {
        return new Tag(newId, name, kind, entityType, colour, shortcut);
    }
}
