package hamish.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.model.TagSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * Reads a tag set from JSON:
 * <pre>
 * { "name": "Default",
 *   "tags": [ { "name": "Person", "kind": "ENTITY", "entityType": "PERSON", "colour": "#56B4E9", "shortcut": "1" } ] }
 * </pre>
 * {@code entityType} only for ENTITY tags, {@code shortcut} optional; {@code names} optional, the name as the window
 * shows it in another UI language ({@code "names": {"ar": "شخص"}}): the stored name stays {@code name}. Unknown fields are refused rather
 * than ignored, so a typo ({@code "color"}) is reported instead of silently losing the colour. Every
 * error names the source and, for a tag, its position and name.
 */
public final class TagSetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> SET_FIELDS = Set.of("name", "tags");
    private static final Set<String> TAG_FIELDS = Set.of("name", "kind", "entityType", "colour", "shortcut", "names");

    private TagSetJson() {
    }

    public static TagSet read(InputStream in, String sourceName) {
        return read(parse(in, sourceName), sourceName);
    }

    /**
     * Each tag's name in other UI languages, from {@code "names"}: language → (stored name → shown name). A tag
     * without {@code names} is shown under its stored name in every language.
     */
    public static Map<String, Map<String, String>> localNames(InputStream in, String sourceName) {
        JsonNode root = parse(in, sourceName);
        read(root, sourceName);
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        for (JsonNode tag : root.get("tags")) {
            JsonNode names = tag.get("names");
            if (names != null) {
                names.fields().forEachRemaining(e -> byLanguage.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                        .put(tag.get("name").textValue().strip(), e.getValue().textValue().strip()));
            }
        }
        return byLanguage;
    }

    private static JsonNode parse(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            throw new ImportException(sourceName, "not valid JSON (" + at + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new ImportException(sourceName, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportException(sourceName, "the file is empty");
        }
        return root;
    }

    private static TagSet read(JsonNode root, String sourceName) {
        if (!root.isObject()) {
            throw new ImportException(sourceName, "a tag set must be a JSON object with \"name\" and \"tags\"");
        }
        checkFields(root, SET_FIELDS, "the tag set", sourceName);
        String name = text(root, "name", "the tag set", sourceName, true);
        JsonNode tags = root.get("tags");
        if (tags == null || !tags.isArray() || tags.isEmpty()) {
            throw new ImportException(sourceName, "\"tags\" must be a non-empty list");
        }
        List<Tag> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> shortcuts = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tag(tags.get(i), "tag " + (i + 1), sourceName);
            String where = "tag " + (i + 1) + " (" + tag.name() + ")";
            if (!names.add(tag.name().toLowerCase(Locale.ROOT))) {
                throw new ImportException(sourceName, where + ": another tag has the same name");
            }
            if (tag.shortcut() != null && !shortcuts.add(tag.shortcut().toLowerCase(Locale.ROOT))) {
                throw new ImportException(sourceName, where + ": shortcut " + tag.shortcut() + " is already used by another tag");
            }
            result.add(tag);
        }
        return new TagSet(name, result);
    }

    private static Tag tag(JsonNode node, String where, String sourceName) {
        if (node == null || !node.isObject()) {
            throw new ImportException(sourceName, where + " must be a JSON object");
        }
        checkFields(node, TAG_FIELDS, where, sourceName);
        String name = text(node, "name", where, sourceName, true);
        String label = where + " (" + brief(name) + ")";
        checkNames(node.get("names"), label, sourceName);
        TagKind kind = enumValue(TagKind.class, text(node, "kind", label, sourceName, true), "kind", label, sourceName);
        String type = text(node, "entityType", label, sourceName, false);
        EntityType entityType = type == null ? null : enumValue(EntityType.class, type, "entityType", label, sourceName);
        try {
            return new Tag(0, name, kind, entityType, text(node, "colour", label, sourceName, true),
                    text(node, "shortcut", label, sourceName, false));
        } catch (IllegalArgumentException e) {
            throw new ImportException(sourceName, label + ": " + e.getMessage(), e);
        }
    }

    /** {@code "names"}: an object of language codes (two or three letters) to non-blank names. */
    private static void checkNames(JsonNode names, String where, String sourceName) {
        if (names == null) {
            return;
        }
        if (!names.isObject()) {
            throw new ImportException(sourceName, where + ": \"names\" must be an object of language codes to names, e.g. {\"ar\": \"شخص\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().matches("[a-z]{2,3}")) {
                throw new ImportException(sourceName, where + ": \"names\" has \"" + brief(e.getKey()) + "\", not a language code such as \"ar\"");
            }
            if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                throw new ImportException(sourceName, where + ": \"names\"." + e.getKey() + " must be a non-empty string");
            }
            try {
                new Tag(0, e.getValue().textValue(), TagKind.CLAIM, null, "#000000", null);
            } catch (IllegalArgumentException bad) {
                throw new ImportException(sourceName, where + ": \"names\"." + e.getKey() + ": " + bad.getMessage(), bad);
            }
        }
    }

    /** A name as messages quote it: a tag name of thousands of characters would bury the problem. */
    private static String brief(String name) {
        int max = 30;
        return name.codePointCount(0, name.length()) <= max ? name : name.substring(0, name.offsetByCodePoints(0, max)) + "…";
    }

    private static void checkFields(JsonNode node, Set<String> known, String where, String sourceName) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new ImportException(sourceName, where + ": unknown field \"" + field + "\" (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field, String where, String sourceName, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ImportException(sourceName, where + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new ImportException(sourceName, where + ": \"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, String where, String sourceName) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportException(sourceName, where + ": \"" + field + "\" must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", not \"" + value + "\"", e);
        }
    }
}
