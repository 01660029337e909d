package hamish.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Walks a JSON-LD annotation file with Jackson's streaming parser and hands over one small tree at a time
 * (a document, a tag, an entity, one item of the annotation page), each as a {@link CheckedJson} named by
 * its path in the file ({@code first.items[3]}), so a 200 MB export is never in memory whole and a wrong
 * shape is still refused with the field's path. The parts not asked for are skipped token by token.
 *
 * <p>A walk visits either the definitions (documents, tags, entities) or the items: JSON does not order an
 * object's members, and a file whose keys were sorted ({@code jq -S}) has {@code first} before
 * {@code hamish:documents}, so the importer walks the file twice rather than keep items until their
 * documents come.
 */
final class JsonLdStream {

    /** Which members a walk hands over. */
    enum Part { DEFINITIONS, ITEMS }

    /** Hears of each value of the part walked, in file order. */
    interface Handler {

        default void document(CheckedJson document) {
        }

        default void tag(CheckedJson tag) {
        }

        default void entity(CheckedJson entity) {
        }

        /** An annotation or link; {@code number} counts items from 1, as messages name them. */
        default void item(CheckedJson item, int number) {
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final String name;
    private final long limit;
    private int items;

    JsonLdStream(Path file, long limit) {
        this.file = file;
        this.name = UserFile.displayName(file);
        this.limit = limit;
    }

    void walk(Part part, Handler handler) {
        items = 0;
        try (InputStream in = UserFile.open(file, limit, "an annotation file"); JsonParser p = MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                list(p, "", part == Part.ITEMS ? handler::item : null);
            } else if (first == JsonToken.START_OBJECT) {
                root(p, part, handler);
            } else {
                throw new ImportException(name, "not a Web Annotation file (expected a JSON object or list)");
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ImportException(name, "not valid JSON (" + where + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The members of the root object: the definitions and the page of items are streamed; anything else
     * is small and kept, because a root without {@code first} or {@code items} is a single annotation.
     */
    private void root(JsonParser p, Part part, Handler handler) throws IOException {
        ObjectNode rest = MAPPER.createObjectNode();
        boolean hasItems = false;
        boolean definitions = part == Part.DEFINITIONS;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue; // null is absent, as CheckedJson reads it
            }
            switch (field) {
                case WebAnnotation.DOCUMENTS -> list(p, field, definitions ? (d, n) -> handler.document(d) : null);
                case WebAnnotation.TAGS -> list(p, field, definitions ? (t, n) -> handler.tag(t) : null);
                case WebAnnotation.ENTITIES -> list(p, field, definitions ? (e, n) -> handler.entity(e) : null);
                case "first" -> {
                    hasItems = true;
                    page(p, definitions ? null : handler);
                }
                case "items" -> {
                    hasItems = true;
                    list(p, field, definitions ? null : handler::item);
                }
                default -> rest.set(field, MAPPER.readTree(p));
            }
        }
        if (!hasItems && !definitions) {
            handler.item(CheckedJson.root(rest, name), ++items);
        }
    }

    /** {@code first}: an AnnotationPage whose {@code items} are streamed; {@code handler} null skips them. */
    private void page(JsonParser p, Handler handler) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw CheckedJson.at(MAPPER.readTree(p), "first", name).requireObject().refuse("must be an object");
        }
        boolean hasItems = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("items") && value != JsonToken.VALUE_NULL) {
                hasItems = true;
                list(p, "first.items", handler == null ? null : handler::item);
            } else {
                p.skipChildren();
            }
        }
        if (!hasItems) {
            throw CheckedJson.at(MissingNode.getInstance(), "first.items", name).refuse("is missing");
        }
    }

    private interface Element {
        void accept(CheckedJson value, int number);
    }

    /** A list whose elements are read one at a time and handed to {@code element}; null skips the list unread. */
    private void list(JsonParser p, String path, Element element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            CheckedJson.at(MAPPER.readTree(p), path, name).elements(); // refuses, naming what was found
        }
        if (element == null) {
            p.skipChildren();
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = MAPPER.readTree(p);
            element.accept(CheckedJson.at(node, path + "[" + index++ + "]", name), ++items);
        }
    }
}
