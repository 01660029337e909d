package hamish.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value read from a user's file, with the path that led to it ({@code first.items[3].target}).
 * Its accessors return the shape the caller expects or refuse the file with an {@link ImportException}
 * naming the file, the path and what was found instead ({@code x.jsonld: hamish:documents must be a list,
 * found an object}), so an importer never meets a null or a silently converted value. Paths count list
 * positions from 0, as JSON tools do.
 */
final class CheckedJson {

    private final JsonNode node;
    private final String path;
    private final String file;

    private CheckedJson(JsonNode node, String path, String file) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.file = file;
    }

    static CheckedJson root(JsonNode node, String file) {
        return new CheckedJson(node, "", file);
    }

    /** A value read on its own from a larger file (one item of a streamed list), named by its path in that file. */
    static CheckedJson at(JsonNode node, String path, String file) {
        return new CheckedJson(node, path, file);
    }

    String path() {
        return path;
    }

    /**
     * The problem, after this value's path, as the exception that refuses the file: {@code "must be …"}
     * reads as a sentence about the path, {@code ": …"} as a remark on it.
     */
    ImportException refuse(String problem) {
        String at = path.isEmpty() ? "the file" : path;
        return new ImportException(file, at + (problem.startsWith(":") ? "" : " ") + problem);
    }

    boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    boolean isObject() {
        return node.isObject();
    }

    boolean isList() {
        return node.isArray();
    }

    boolean isText() {
        return node.isTextual();
    }

    /** Whether the object has {@code name} with a value other than null. */
    boolean has(String name) {
        return node.isObject() && node.hasNonNull(name);
    }

    /** The member {@code name} (missing when absent); refuses when this is not an object. */
    CheckedJson field(String name) {
        requireObject();
        return new CheckedJson(node.get(name), path.isEmpty() ? name : path + "." + name, file);
    }

    CheckedJson requireObject() {
        if (!node.isObject()) {
            throw refuse("must be an object, found " + kind());
        }
        return this;
    }

    /** A required object member. */
    CheckedJson object(String name) {
        CheckedJson value = field(name);
        if (value.isMissing()) {
            throw value.refuse("is missing");
        }
        return value.requireObject();
    }

    /** The elements of a list member; an absent member is an empty list. */
    List<CheckedJson> list(String name) {
        CheckedJson value = field(name);
        return value.isMissing() ? List.of() : value.elements();
    }

    /** The elements of a list member that must be there. */
    List<CheckedJson> requiredList(String name) {
        CheckedJson value = field(name);
        if (value.isMissing()) {
            throw value.refuse("is missing");
        }
        return value.elements();
    }

    /** Where the W3C model allows one value or a list of them ({@code body}, {@code target}, {@code selector}, {@code type}). */
    List<CheckedJson> oneOrMany(String name) {
        CheckedJson value = field(name);
        if (value.isMissing()) {
            return List.of();
        }
        return value.isList() ? value.elements() : List.of(value);
    }

    /** This list's elements. */
    List<CheckedJson> elements() {
        if (!node.isArray()) {
            throw refuse("must be a list, found " + kind());
        }
        List<CheckedJson> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new CheckedJson(node.get(i), path + "[" + i + "]", file));
        }
        return out;
    }

    /** A required, non-empty text member. */
    String text(String name) {
        CheckedJson value = field(name);
        if (value.isMissing()) {
            throw value.refuse("is missing");
        }
        String text = value.asText();
        if (text.isEmpty()) {
            throw value.refuse("is empty");
        }
        return text;
    }

    /** A text member, or {@code fallback} when it is absent or null. */
    String optionalText(String name, String fallback) {
        CheckedJson value = field(name);
        return value.isMissing() ? fallback : value.asText();
    }

    /** This value as text; refuses numbers, lists and the like rather than converting them. */
    String asText() {
        if (!node.isTextual()) {
            throw refuse("must be text, found " + kind());
        }
        return node.textValue();
    }

    /** An ISO-8601 time member, or null when it is absent. */
    Instant optionalInstant(String name) {
        String value = optionalText(name, null);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw field(name).refuse(": \"" + value + "\" is not a time (ISO-8601)");
        }
    }

    /** A yyyy-mm-dd date member, or null when it is absent. */
    LocalDate optionalDate(String name) {
        String value = optionalText(name, null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw field(name).refuse(": \"" + value + "\" is not a date (yyyy-mm-dd)");
        }
    }

    /** Whether the {@code type} member (one value or a list, as the W3C model allows) includes {@code type}. */
    boolean hasType(String type) {
        for (CheckedJson t : oneOrMany("type")) {
            if (type.equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    /** A required whole-number member that fits an int. */
    int wholeNumber(String name) {
        CheckedJson value = field(name);
        if (value.isMissing()) {
            throw value.refuse("is missing");
        }
        if (!value.node.isIntegralNumber() || !value.node.canConvertToInt()) {
            throw value.refuse("must be a whole number, found " + value.kind()
                    + (value.node.isNumber() ? " (" + value.node.asText() + ")" : ""));
        }
        return value.node.intValue();
    }

    /** What the value is, in the words of a message: "an object", "a list", "text", "a number"… */
    String kind() {
        if (node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isNull()) {
            return "null";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    }
}
