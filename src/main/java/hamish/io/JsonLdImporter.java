package hamish.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads W3C Web Annotation JSON-LD: Hamish's own export (an AnnotationCollection carrying documents, tags
 * and entities, see {@link JsonLdExporter}), or annotations from elsewhere (a collection, a page, a list or
 * a single annotation) whose targets are documents already in the database ({@code
 * urn:hamish:document:<sha-256>}). The whole file is one transaction: any problem refuses it with a
 * message naming the file and the item, and the database is unchanged.
 */
public final class JsonLdImporter {

    /** 200 MB: an export of the whole corpus with texts; anything larger is not ours. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLdImporter() {
    }

    public static AnnotationImportReport importFile(Stores stores, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name, "too large for an annotation file (limit " + MAX_BYTES / 1048576 + " MB)");
            }
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ImportException(name, "not valid JSON (" + where + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode() || !(root.isObject() || root.isArray())) {
            throw new ImportException(name, "not a Web Annotation file (expected a JSON object or list)");
        }
        return stores.inTransaction(() -> new Reader(stores, new ImportSession(stores, file)).read(root));
    }

    private static final class Reader {
        private final Stores stores;
        private final ImportSession session;
        private final Map<String, Document> documents = new HashMap<>();
        private final Map<String, Tag> tagDefinitions = new HashMap<>();
        private final Map<String, Long> entities = new HashMap<>();
        private final Map<String, Long> annotations = new HashMap<>();

        Reader(Stores stores, ImportSession session) {
            this.stores = stores;
            this.session = session;
        }

        AnnotationImportReport read(JsonNode root) {
            JsonNode items = items(root);
            readDocuments(root.path(WebAnnotation.DOCUMENTS));
            readTags(root.path(WebAnnotation.TAGS));
            readEntities(root.path(WebAnnotation.ENTITIES));
            List<JsonNode> links = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String where = "item " + (i + 1) + (item.hasNonNull("id") ? " (" + item.get("id").asText() + ")" : "");
                if (!item.isObject() || !hasType(item, "Annotation")) {
                    throw session.refuse(where + ": not an Annotation");
                }
                if ("linking".equals(item.path("motivation").asText())) {
                    links.add(item);
                } else {
                    annotation(item, where);
                }
            }
            for (JsonNode link : links) {
                link(link, "link " + link.path("id").asText());
            }
            return session.report();
        }

        private JsonNode items(JsonNode root) {
            if (root.isArray()) {
                return root;
            }
            if (root.has("first")) {
                return array(root.get("first").path("items"), "first.items");
            }
            if (root.has("items")) {
                return array(root.get("items"), "items");
            }
            return MAPPER.createArrayNode().add(root);
        }

        private JsonNode array(JsonNode node, String field) {
            if (!node.isArray()) {
                throw session.refuse("\"" + field + "\" must be a list of annotations");
            }
            return node;
        }

        private void readDocuments(JsonNode list) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode d = list.get(i);
                String where = "document " + (i + 1);
                String id = required(d, "id", where);
                String text = required(d, "hamish:text", where);
                Document doc = session.document(text, d.path("hamish:title").asText(""), d.path("hamish:outlet").asText(""),
                        date(d.path("hamish:published"), where), d.path("language").asText("ar"),
                        instant(d.path("hamish:importedAt"), where), where);
                documents.put(id, doc);
            }
        }

        private void readTags(JsonNode list) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode t = list.get(i);
                String where = "tag " + (i + 1);
                try {
                    JsonNode type = t.path("hamish:entityType");
                    Tag tag = new Tag(0, required(t, "hamish:name", where), TagKind.valueOf(required(t, "hamish:kind", where)),
                            type.isTextual() ? EntityType.valueOf(type.asText()) : null, required(t, "hamish:colour", where),
                            t.path("hamish:shortcut").isTextual() ? t.get("hamish:shortcut").asText() : null);
                    tagDefinitions.put(tag.name().toLowerCase(java.util.Locale.ROOT), tag);
                } catch (IllegalArgumentException e) {
                    throw session.refuse(where + ": " + e.getMessage());
                }
            }
        }

        private void readEntities(JsonNode list) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode e = list.get(i);
                String where = "entity " + (i + 1);
                List<String> aliases = new ArrayList<>();
                e.path("hamish:aliases").forEach(a -> aliases.add(a.asText()));
                try {
                    Entity entity = new Entity(0, required(e, "hamish:name", where),
                            EntityType.valueOf(required(e, "hamish:type", where)), aliases);
                    entities.put(required(e, "id", where), session.entity(entity));
                } catch (IllegalArgumentException ex) {
                    throw session.refuse(where + ": " + ex.getMessage());
                }
            }
        }

        private void annotation(JsonNode item, String where) {
            JsonNode target = item.path("target");
            if (target.isArray() && target.size() == 1) {
                target = target.get(0);
            }
            String source = required(target, "source", where + ": target");
            Document doc = document(source, where);
            JsonNode quote = null;
            JsonNode position = null;
            JsonNode selectors = target.path("selector");
            for (JsonNode s : selectors.isArray() ? selectors : MAPPER.createArrayNode().add(selectors)) {
                if (hasType(s, "TextQuoteSelector")) {
                    quote = s;
                } else if (hasType(s, "TextPositionSelector")) {
                    position = s;
                }
            }
            if (quote == null) {
                throw session.refuse(where + ": the target has no TextQuoteSelector");
            }
            Span span = position == null ? null : span(doc.text(), position, where);
            String exact = quote.path("exact").asText("");
            Span placed = session.place(doc.text(), span, exact, quote.path("prefix").asText(""), quote.path("suffix").asText(""), where);

            String tag = null;
            String note = "";
            Long entity = null;
            Long speaker = null;
            JsonNode bodies = item.path("body");
            for (JsonNode b : bodies.isArray() ? bodies : MAPPER.createArrayNode().add(bodies)) {
                String purpose = b.path("purpose").asText("");
                if (hasType(b, "TextualBody") && purpose.equals("tagging")) {
                    tag = b.path("value").asText();
                } else if (hasType(b, "TextualBody") && purpose.equals("commenting")) {
                    note = b.path("value").asText("");
                } else if (purpose.equals("identifying")) {
                    entity = entity(b.path("source").asText(), where);
                } else if (purpose.equals("describing") && WebAnnotation.SPEAKER.equals(b.path(WebAnnotation.ROLE).asText())) {
                    speaker = entity(b.path("source").asText(), where);
                }
            }
            String author = item.path("creator").path("name").asText("");
            long tagId = session.tag(tag, tag == null ? null : tagDefinitions.get(tag.strip().toLowerCase(java.util.Locale.ROOT)), where);
            Annotation a = Annotation.of(doc.id(), doc.text(), placed, tagId, author, instant(item.path("created"), where));
            a = new Annotation(0, doc.id(), placed, a.quote(), a.prefix(), a.suffix(), tagId, entity, speaker, note, author,
                    a.created(), instant(item.path("modified"), where));
            Annotation stored = session.annotation(a);
            if (item.hasNonNull("id")) {
                annotations.put(item.get("id").asText(), stored.id());
            }
        }

        private void link(JsonNode item, String where) {
            Long from = annotations.get(item.path("target").asText());
            Long to = annotations.get(item.path("body").asText());
            if (from == null || to == null) {
                throw session.refuse(where + ": links annotations that are not in this file");
            }
            LinkType type;
            try {
                type = LinkType.valueOf(item.path(WebAnnotation.LINK_TYPE).asText("OTHER"));
            } catch (IllegalArgumentException e) {
                throw session.refuse(where + ": unknown link type " + item.path(WebAnnotation.LINK_TYPE).asText());
            }
            session.link(from, to, type, item.path(WebAnnotation.NOTE).asText(""), instant(item.path("created"), where), where);
        }

        private Document document(String source, String where) {
            Document doc = documents.get(source);
            if (doc == null && source.startsWith(WebAnnotation.DOCUMENT)) {
                doc = stores.documents().findByHash(source.substring(WebAnnotation.DOCUMENT.length())).orElse(null);
            }
            if (doc == null) {
                throw session.refuse(where + ": its document " + source + " is neither in the file nor in the library");
            }
            return doc;
        }

        private Long entity(String id, String where) {
            Long entity = entities.get(id);
            if (entity == null) {
                throw session.refuse(where + ": entity " + id + " is not defined in the file");
            }
            return entity;
        }

        private Span span(String text, JsonNode position, String where) {
            JsonNode start = position.path("start");
            JsonNode end = position.path("end");
            if (!start.canConvertToInt() || !end.canConvertToInt() || !start.isIntegralNumber() || !end.isIntegralNumber()) {
                throw session.refuse(where + ": TextPositionSelector needs whole-number start and end");
            }
            CodePoints cps = new CodePoints(text);
            int s = start.asInt();
            int e = end.asInt();
            if (s < 0 || e <= s) {
                throw session.refuse(where + ": TextPositionSelector [" + s + ", " + e + ") is not a span");
            }
            if (e > cps.length()) {
                throw session.refuse(where + ": TextPositionSelector end " + e + " is past the end of the document ("
                        + cps.length() + " code points)");
            }
            return new Span(cps.toChar(s), cps.toChar(e));
        }

        private String required(JsonNode node, String field, String where) {
            JsonNode value = node.path(field);
            if (!value.isTextual() || value.asText().isEmpty()) {
                throw session.refuse(where + ": \"" + field + "\" is missing");
            }
            return value.asText();
        }

        private LocalDate date(JsonNode node, String where) {
            if (!node.isTextual()) {
                return null;
            }
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw session.refuse(where + ": \"" + node.asText() + "\" is not a date (yyyy-mm-dd)");
            }
        }

        private Instant instant(JsonNode node, String where) {
            if (!node.isTextual()) {
                return null;
            }
            try {
                return Instant.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw session.refuse(where + ": \"" + node.asText() + "\" is not a time (ISO-8601)");
            }
        }

        private static boolean hasType(JsonNode node, String type) {
            JsonNode t = node.path("type");
            if (t.isArray()) {
                for (JsonNode x : t) {
                    if (type.equals(x.asText())) {
                        return true;
                    }
                }
                return false;
            }
            return type.equals(t.asText());
        }
    }
}
