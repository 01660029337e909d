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
        String name = UserFile.displayName(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(UserFile.read(file, MAX_BYTES, "an annotation file"));
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
        CheckedJson checked = CheckedJson.root(root, name);
        return stores.inTransaction(() -> new Reader(stores, new ImportSession(stores, file)).read(checked));
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

        AnnotationImportReport read(CheckedJson root) {
            List<CheckedJson> items = items(root);
            if (root.isObject()) {
                readDocuments(root.list(WebAnnotation.DOCUMENTS));
                readTags(root.list(WebAnnotation.TAGS));
                readEntities(root.list(WebAnnotation.ENTITIES));
            }
            List<CheckedJson> links = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CheckedJson item = items.get(i).requireObject();
                String id = item.optionalText("id", null);
                String where = "item " + (i + 1) + (id != null ? " (" + id + ")" : "");
                if (!hasType(item, "Annotation")) {
                    throw session.refuse(where + ": not an Annotation");
                }
                if ("linking".equals(item.optionalText("motivation", ""))) {
                    links.add(item);
                } else {
                    annotation(item, id, where);
                }
            }
            for (CheckedJson link : links) {
                link(link, "link " + link.optionalText("id", link.path()));
            }
            return session.report();
        }

        private static List<CheckedJson> items(CheckedJson root) {
            if (root.isList()) {
                return root.elements();
            }
            if (root.has("first")) {
                return root.object("first").requiredList("items");
            }
            if (root.has("items")) {
                return root.requiredList("items");
            }
            return List.of(root);
        }

        private void readDocuments(List<CheckedJson> list) {
            for (int i = 0; i < list.size(); i++) {
                CheckedJson d = list.get(i).requireObject();
                String where = "document " + (i + 1);
                String id = d.text("id");
                String text = d.text("hamish:text");
                Document doc = session.document(text, d.optionalText("hamish:title", ""), d.optionalText("hamish:outlet", ""),
                        date(d, "hamish:published"), d.optionalText("language", "ar"), instant(d, "hamish:importedAt"),
                        webAddress(d.optionalText("hamish:url", "")), where);
                documents.put(id, doc);
            }
        }

        /** A file's URL is kept only when it is one line of http(s): anything else is no address to record. */
        private static String webAddress(String url) {
            String u = url.strip();
            return u.matches("(?i)https?://\\S+") ? u : "";
        }

        private void readTags(List<CheckedJson> list) {
            for (CheckedJson element : list) {
                CheckedJson t = element.requireObject();
                String type = t.optionalText("hamish:entityType", null);
                try {
                    Tag tag = new Tag(0, t.text("hamish:name"), TagKind.valueOf(t.text("hamish:kind")),
                            type == null ? null : EntityType.valueOf(type), t.text("hamish:colour"),
                            t.optionalText("hamish:shortcut", null));
                    tagDefinitions.put(tag.name().toLowerCase(java.util.Locale.ROOT), tag);
                } catch (IllegalArgumentException e) {
                    throw t.refuse(": " + e.getMessage());
                }
            }
        }

        private void readEntities(List<CheckedJson> list) {
            for (CheckedJson element : list) {
                CheckedJson e = element.requireObject();
                List<String> aliases = new ArrayList<>();
                e.list("hamish:aliases").forEach(a -> aliases.add(a.asText()));
                String id = e.text("id");
                try {
                    Entity entity = new Entity(0, e.text("hamish:name"), EntityType.valueOf(e.text("hamish:type")), aliases);
                    entities.put(id, session.entity(entity));
                } catch (IllegalArgumentException ex) {
                    throw e.refuse(": " + ex.getMessage());
                }
            }
        }

        private void annotation(CheckedJson item, String id, String where) {
            List<CheckedJson> targets = item.oneOrMany("target");
            if (targets.size() != 1) {
                throw item.field("target").refuse(targets.isEmpty() ? "is missing" : "must be one target, found " + targets.size());
            }
            CheckedJson target = targets.get(0).requireObject();
            Document doc = document(target.text("source"), where);
            CheckedJson quote = null;
            CheckedJson position = null;
            for (CheckedJson s : target.oneOrMany("selector")) {
                s.requireObject();
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
            String exact = quote.optionalText("exact", "");
            Span placed = session.place(doc.text(), span, exact, quote.optionalText("prefix", ""), quote.optionalText("suffix", ""),
                    where);

            String tag = null;
            String note = "";
            Long entity = null;
            Long speaker = null;
            for (CheckedJson b : item.oneOrMany("body")) {
                if (b.isText()) {
                    continue; // a body given as a bare IRI: a resource Hamish has no field for
                }
                String purpose = b.requireObject().optionalText("purpose", "");
                if (hasType(b, "TextualBody") && purpose.equals("tagging")) {
                    tag = b.optionalText("value", null);
                } else if (hasType(b, "TextualBody") && purpose.equals("commenting")) {
                    note = b.optionalText("value", "");
                } else if (purpose.equals("identifying")) {
                    entity = entity(b.text("source"), where);
                } else if (purpose.equals("describing") && WebAnnotation.SPEAKER.equals(b.optionalText(WebAnnotation.ROLE, ""))) {
                    speaker = entity(b.text("source"), where);
                }
            }
            String author = "";
            if (item.has("creator") && !item.field("creator").isText()) { // a bare IRI names no one
                author = item.object("creator").optionalText("name", "");
            }
            long tagId = session.tag(tag, tag == null ? null : tagDefinitions.get(tag.strip().toLowerCase(java.util.Locale.ROOT)), where);
            Annotation a = Annotation.of(doc.id(), doc.text(), placed, tagId, author, instant(item, "created"));
            a = new Annotation(0, doc.id(), placed, a.quote(), a.prefix(), a.suffix(), tagId, entity, speaker, note, author,
                    a.created(), instant(item, "modified"));
            Annotation stored = session.annotation(a);
            if (id != null) {
                annotations.put(id, stored.id());
            }
        }

        private void link(CheckedJson item, String where) {
            Long from = annotations.get(item.text("target"));
            Long to = annotations.get(item.text("body"));
            if (from == null || to == null) {
                throw session.refuse(where + ": links annotations that are not in this file");
            }
            String typeName = item.optionalText(WebAnnotation.LINK_TYPE, "OTHER");
            LinkType type;
            try {
                type = LinkType.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                throw session.refuse(where + ": unknown link type " + typeName);
            }
            session.link(from, to, type, item.optionalText(WebAnnotation.NOTE, ""), instant(item, "created"), where);
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

        private Span span(String text, CheckedJson position, String where) {
            int s = position.wholeNumber("start");
            int e = position.wholeNumber("end");
            CodePoints cps = new CodePoints(text);
            if (s < 0 || e <= s) {
                throw session.refuse(where + ": TextPositionSelector [" + s + ", " + e + ") is not a span");
            }
            if (e > cps.length()) {
                throw session.refuse(where + ": TextPositionSelector end " + e + " is past the end of the document ("
                        + cps.length() + " code points)");
            }
            return new Span(cps.toChar(s), cps.toChar(e));
        }

        private static LocalDate date(CheckedJson node, String field) {
            String value = node.optionalText(field, null);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw node.field(field).refuse(": \"" + value + "\" is not a date (yyyy-mm-dd)");
            }
        }

        private static Instant instant(CheckedJson node, String field) {
            String value = node.optionalText(field, null);
            if (value == null) {
                return null;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw node.field(field).refuse(": \"" + value + "\" is not a time (ISO-8601)");
            }
        }

        private static boolean hasType(CheckedJson node, String type) {
            for (CheckedJson t : node.oneOrMany("type")) {
                if (type.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
    }
}
