package hamish.io;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second walk over a JSON-LD file: each annotation is placed and stored as it is read; links wait
 * until every annotation is in, since a link may come before the annotations it joins. Per item only its
 * id is kept (to refuse a doubled id and to resolve links), a few dozen bytes, not the item.
 */
final class JsonLdItems implements JsonLdStream.Handler {

    /** An item's number (for messages) and, for an annotation, its stored id (0 for a link). */
    private record Seen(int number, long annotation) {
    }

    /** A link as read, resolved when every annotation is stored. */
    private record PendingLink(String where, String from, String to, LinkType type, String note, Instant created, String author) {
    }

    private final ImportSession session;
    private final JsonLdDefinitions definitions;
    private final JsonLdDocuments documents;
    private final Map<String, Seen> ids = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();

    JsonLdItems(Stores stores, ImportSession session, JsonLdDefinitions definitions) {
        this.session = session;
        this.definitions = definitions;
        this.documents = new JsonLdDocuments(stores, definitions);
    }

    @Override
    public void item(CheckedJson element, int number) {
        CheckedJson item = element.requireObject();
        String id = item.optionalText("id", null);
        String where = "item " + number + (id != null ? " (" + id + ")" : "");
        if (!item.hasType("Annotation")) {
            throw session.refuse(where + ": not an Annotation");
        }
        if (id != null && ids.containsKey(id)) {
            throw session.refuse(where + ": the id is already used by item " + ids.get(id).number() + "; ids must be unique");
        }
        long stored = 0;
        if ("linking".equals(item.optionalText("motivation", ""))) {
            links.add(link(item, "link " + (id != null ? id : item.path())));
        } else {
            stored = annotation(item, where);
        }
        if (id != null) {
            ids.put(id, new Seen(number, stored));
        }
    }

    /** Adds the links, once every annotation of the file is stored. */
    void finish() {
        for (PendingLink l : links) {
            Seen from = ids.get(l.from());
            Seen to = ids.get(l.to());
            if (from == null || to == null || from.annotation() == 0 || to.annotation() == 0) {
                throw session.refuse(l.where() + ": links annotations that are not in this file");
            }
            session.link(from.annotation(), to.annotation(), l.type(), l.note(), l.created(), l.author(), l.where());
        }
    }

    private PendingLink link(CheckedJson item, String where) {
        String from = item.text("target");
        String to = item.text("body");
        String typeName = item.optionalText(WebAnnotation.LINK_TYPE, "OTHER");
        LinkType type;
        try {
            type = LinkType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw session.refuse(where + ": unknown link type " + typeName);
        }
        return new PendingLink(where, from, to, type, item.optionalText(WebAnnotation.NOTE, ""), item.optionalInstant("created"),
                creator(item));
    }

    /** The creator's name (Web Annotation {@code creator}: a Person), or empty. */
    private static String creator(CheckedJson item) {
        if (item.has("creator") && !item.field("creator").isText()) { // a bare IRI names no one
            return item.object("creator").optionalText("name", "");
        }
        return "";
    }

    private long annotation(CheckedJson item, String where) {
        List<CheckedJson> targets = item.oneOrMany("target");
        if (targets.size() != 1) {
            throw item.field("target").refuse(targets.isEmpty() ? "is missing" : "must be one target, found " + targets.size());
        }
        CheckedJson target = targets.get(0).requireObject();
        String source = target.text("source");
        Document doc = documents.document(source);
        if (doc == null) {
            throw session.refuse(where + ": its document " + source + " is neither in the file nor in the library");
        }
        CheckedJson quote = null;
        CheckedJson position = null;
        for (CheckedJson s : target.oneOrMany("selector")) {
            s.requireObject();
            if (s.hasType("TextQuoteSelector")) {
                quote = s;
            } else if (s.hasType("TextPositionSelector")) {
                position = s;
            }
        }
        if (quote == null) {
            throw session.refuse(where + ": the target has no TextQuoteSelector");
        }
        Span span = position == null ? null : span(position, documents.codePoints(), where);
        Span placed = session.place(doc.text(), span, quote.optionalText("exact", ""), quote.optionalText("prefix", ""),
                quote.optionalText("suffix", ""), where);

        String tag = null;
        String note = "";
        Long entity = null;
        Long speaker = null;
        for (CheckedJson b : item.oneOrMany("body")) {
            if (b.isText()) {
                continue; // a body given as a bare IRI: a resource Hamish has no field for
            }
            String purpose = b.requireObject().optionalText("purpose", "");
            if (b.hasType("TextualBody") && purpose.equals("tagging")) {
                tag = b.optionalText("value", null);
            } else if (b.hasType("TextualBody") && purpose.equals("commenting")) {
                note = b.optionalText("value", "");
            } else if (purpose.equals("identifying")) {
                entity = entity(b.text("source"), where);
            } else if (purpose.equals("describing") && WebAnnotation.SPEAKER.equals(b.optionalText(WebAnnotation.ROLE, ""))) {
                speaker = entity(b.text("source"), where);
            }
        }
        String author = creator(item);
        long tagId = session.tag(tag, tag == null ? null : definitions.tag(tag), where);
        Annotation a = Annotation.of(doc.id(), doc.text(), placed, tagId, author, item.optionalInstant("created"));
        return session.annotation(new Annotation(0, doc.id(), placed, a.quote(), a.prefix(), a.suffix(), tagId, entity, speaker, note,
                author, a.created(), item.optionalInstant("modified")));
    }

    private Long entity(String id, String where) {
        Long entity = definitions.entity(id);
        if (entity == null) {
            throw session.refuse(where + ": entity " + id + " is not defined in the file");
        }
        return entity;
    }

    private Span span(CheckedJson position, CodePoints cps, String where) {
        int s = position.wholeNumber("start");
        int e = position.wholeNumber("end");
        if (s < 0 || e <= s) {
            throw session.refuse(where + ": TextPositionSelector [" + s + ", " + e + ") is not a span");
        }
        if (e > cps.length()) {
            throw session.refuse(where + ": TextPositionSelector end " + e + " is past the end of the document ("
                    + cps.length() + " code points)");
        }
        return new Span(cps.toChar(s), cps.toChar(e));
    }
}
