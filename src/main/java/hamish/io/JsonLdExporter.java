package hamish.io;

import static hamish.io.WebAnnotation.ANNOTATION;
import static hamish.io.WebAnnotation.DOCUMENT;
import static hamish.io.WebAnnotation.ENTITY;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.Tag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Writes an export as one W3C Web Annotation {@code AnnotationCollection} (JSON-LD) that also carries
 * the documents' texts and the tag and entity definitions, so that importing it into an empty database
 * gives back every document, annotation, entity and link. Each annotation targets its document with a
 * TextQuoteSelector (exact, 32-char prefix and suffix) and a TextPositionSelector whose start and end
 * count Unicode code points, as the W3C model says, not Hamish's UTF-16 chars.
 */
public final class JsonLdExporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLdExporter() {
    }

    /**
     * Writes the collection. The annotations are streamed one by one into the page rather than built as
     * one tree, so a corpus of 100,000 annotations does not hold them all in memory twice.
     */
    public static Path export(ExportData data, SafeOutput out, String fileName, Instant now, ExportProgress progress) {
        ObjectNode root = collection(data, now);
        return out.write(fileName, w -> {
            try (JsonGenerator json = MAPPER.createGenerator(w)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                for (var field : root.properties()) {
                    json.writeFieldName(field.getKey());
                    json.writeTree(field.getValue());
                }
                json.writeObjectFieldStart("first");
                json.writeStringField("type", "AnnotationPage");
                json.writeNumberField("startIndex", 0);
                json.writeArrayFieldStart("items");
                Map<Long, Tag> tagById = data.tagsById();
                long total = data.annotationCount();
                long done = 0;
                for (Document d : data.documents()) {
                    CodePoints cps = new CodePoints(d.text());
                    String source = DOCUMENT + d.contentHash();
                    for (Annotation a : data.annotationsOf(d)) {
                        json.writeTree(annotation(a, source, cps, tagById.get(a.tagId())));
                        if (++done % 10_000 == 0) {
                            progress.update(done, total);
                        }
                    }
                }
                for (Link l : data.links()) {
                    json.writeTree(link(l));
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
                progress.update(total, total);
            }
        });
    }

    /** The collection without its page of items. */
    static ObjectNode collection(ExportData data, Instant now) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@context", WebAnnotation.CONTEXT);
        root.put("id", "urn:hamish:export:" + now.toEpochMilli());
        root.put("type", "AnnotationCollection");
        root.put("label", "Hamish annotations");
        root.put(WebAnnotation.FORMAT, WebAnnotation.FORMAT_VALUE);
        root.put("generated", now.toString());
        ObjectNode generator = root.putObject("generator");
        generator.put("id", "urn:hamish:app");
        generator.put("type", "Software");
        generator.put("name", "Hamish");
        root.put("total", data.annotationCount() + data.links().size());

        ArrayNode documents = root.putArray(WebAnnotation.DOCUMENTS);
        for (Document d : data.documents()) {
            ObjectNode n = documents.addObject();
            n.put("id", DOCUMENT + d.contentHash());
            n.put("type", "Text");
            n.put("format", "text/plain");
            n.put("language", d.language());
            n.put("hamish:title", d.title());
            n.put("hamish:outlet", d.outlet());
            n.put("hamish:published", d.published() == null ? null : d.published().toString());
            if (!d.url().isEmpty()) {
                // Only when known: a file from before URLs were kept reads the same, and so does its export.
                n.put("hamish:url", d.url());
            }
            if (!d.author().isEmpty()) {
                n.put("hamish:author", d.author());
            }
            n.put("hamish:importedAt", instant(d.importedAt()));
            n.put("hamish:text", d.text());
        }
        ArrayNode tags = root.putArray(WebAnnotation.TAGS);
        for (Tag t : data.tags()) {
            ObjectNode n = tags.addObject();
            n.put("hamish:name", t.name());
            n.put("hamish:kind", t.kind().name());
            n.put("hamish:entityType", t.entityType() == null ? null : t.entityType().name());
            n.put("hamish:colour", t.colour());
            n.put("hamish:shortcut", t.shortcut());
        }
        ArrayNode entities = root.putArray(WebAnnotation.ENTITIES);
        for (Entity e : data.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", ENTITY + e.id());
            n.put("hamish:name", e.canonicalName());
            n.put("hamish:type", e.type().name());
            ArrayNode aliases = n.putArray("hamish:aliases");
            e.aliases().forEach(aliases::add);
        }
        return root;
    }

    private static ObjectNode link(Link l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", WebAnnotation.LINK + l.id());
        n.put("type", "Annotation");
        n.put("motivation", "linking");
        n.put("created", instant(l.created()));
        n.put("body", ANNOTATION + l.toAnnotationId());
        n.put("target", ANNOTATION + l.fromAnnotationId());
        n.put(WebAnnotation.LINK_TYPE, l.type().name());
        n.put(WebAnnotation.NOTE, l.note());
        creator(n, l.author());
        return n;
    }

    /** Web Annotation's {@code creator}, a Person by name; nothing for an unknown one. */
    private static void creator(ObjectNode n, String name) {
        if (!name.isEmpty()) {
            ObjectNode creator = n.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", name);
        }
    }

    private static ObjectNode annotation(Annotation a, String source, CodePoints cps, Tag tag) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", ANNOTATION + a.id());
        n.put("type", "Annotation");
        n.put("motivation", "tagging");
        n.put("created", instant(a.created()));
        n.put("modified", instant(a.updated()));
        creator(n, a.author());
        ArrayNode body = n.putArray("body");
        ObjectNode tagBody = body.addObject();
        tagBody.put("type", "TextualBody");
        tagBody.put("purpose", "tagging");
        tagBody.put("value", tag == null ? "" : tag.name());
        if (a.entityId() != null) {
            ObjectNode entity = body.addObject();
            entity.put("type", "SpecificResource");
            entity.put("purpose", "identifying");
            entity.put("source", ENTITY + a.entityId());
        }
        if (a.speakerEntityId() != null) {
            ObjectNode speaker = body.addObject();
            speaker.put("type", "SpecificResource");
            speaker.put("purpose", "describing");
            speaker.put(WebAnnotation.ROLE, WebAnnotation.SPEAKER);
            speaker.put("source", ENTITY + a.speakerEntityId());
        }
        if (!a.note().isEmpty()) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("value", a.note());
        }
        ObjectNode target = n.putObject("target");
        target.put("source", source);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.quote());
        quote.put("prefix", a.prefix());
        quote.put("suffix", a.suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", cps.toCodePoint(a.start()));
        position.put("end", cps.toCodePoint(a.end()));
        return n;
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
