package hamish.io;

import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first walk over a JSON-LD file: its documents (stored, or found by their text), tag definitions and
 * entities, by the ids the file gives them. Only ids are kept, not texts, so a corpus's export does not
 * stay in memory; the items look a text up when they need it ({@link JsonLdDocuments}).
 */
final class JsonLdDefinitions implements JsonLdStream.Handler {

    private final ImportSession session;
    private final Map<String, Long> documents = new HashMap<>();
    private final Map<String, Tag> tags = new HashMap<>();
    private final Map<String, Long> entities = new HashMap<>();
    private final Map<String, String> firstPathOfId = new HashMap<>();
    private int documentCount;

    JsonLdDefinitions(ImportSession session) {
        this.session = session;
    }

    @Override
    public void document(CheckedJson element) {
        CheckedJson d = element.requireObject();
        String where = "document " + (++documentCount);
        String id = unique(d);
        String text = d.text("hamish:text");
        Document doc = session.document(text, d.optionalText("hamish:title", ""), d.optionalText("hamish:outlet", ""),
                d.optionalDate("hamish:published"), d.optionalText("language", "ar"), d.optionalInstant("hamish:importedAt"),
                webAddress(d.optionalText("hamish:url", "")), d.optionalText("hamish:author", ""), where);
        documents.put(id, doc.id());
    }

    @Override
    public void tag(CheckedJson element) {
        CheckedJson t = element.requireObject();
        String type = t.optionalText("hamish:entityType", null);
        try {
            Tag tag = new Tag(0, t.text("hamish:name"), TagKind.valueOf(t.text("hamish:kind")),
                    type == null ? null : EntityType.valueOf(type), t.text("hamish:colour"), t.optionalText("hamish:shortcut", null));
            tags.put(key(tag.name()), tag);
        } catch (IllegalArgumentException e) {
            throw t.refuse(": " + e.getMessage());
        }
        // Every tag the export listed comes back, used or not, as its entities do: the tag set is part of the library.
        session.tag(t.text("hamish:name"), tags.get(key(t.text("hamish:name"))), t.path());
    }

    @Override
    public void entity(CheckedJson element) {
        CheckedJson e = element.requireObject();
        List<String> aliases = new ArrayList<>();
        e.list("hamish:aliases").forEach(a -> aliases.add(a.asText()));
        String id = unique(e);
        try {
            entities.put(id, session.entity(new Entity(0, e.text("hamish:name"), EntityType.valueOf(e.text("hamish:type")), aliases)));
        } catch (IllegalArgumentException ex) {
            throw e.refuse(": " + ex.getMessage());
        }
    }

    /** The stored id of the document the file calls {@code id}, or null when the file does not define it. */
    Long document(String id) {
        return documents.get(id);
    }

    /** The file's definition of the tag named {@code name} (any case), or null. */
    Tag tag(String name) {
        return tags.get(key(name));
    }

    /** The stored id of the entity the file calls {@code id}, or null. */
    Long entity(String id) {
        return entities.get(id);
    }

    /** The value's id, refused when an earlier document or entity had it: every reference to it would be ambiguous. */
    private String unique(CheckedJson value) {
        String id = value.text("id");
        String earlier = firstPathOfId.putIfAbsent(id, value.path());
        if (earlier != null) {
            throw value.refuse(": the id " + id + " is already used by " + earlier + "; ids must be unique");
        }
        return id;
    }

    private static String key(String tagName) {
        return tagName.strip().toLowerCase(Locale.ROOT);
    }

    /** A file's URL is kept only when it is one line of http(s): anything else is no address to record. */
    private static String webAddress(String url) {
        String u = url.strip();
        return u.matches("(?i)https?://\\S+") ? u : "";
    }
}
