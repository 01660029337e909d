package hamish.io;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import hamish.text.GraphemeBoundaries;
import hamish.text.Reanchorer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared half of the JSON-LD and brat importers, used inside one database transaction: finds or
 * creates documents (by content hash), tags (by name; an unknown tag without a definition is created as
 * kind OTHER in grey, so no annotation is lost for want of a tag), entities (by name and type), places
 * annotations (offsets checked against the quote, else re-anchored by quote and context, else the file
 * is refused) and adds links. Anything identical to what the database held before is reused, not doubled.
 */
final class ImportSession {

    static final String NEW_TAG_COLOUR = "#808080";

    private final Stores stores;
    private final Path file;
    private final String fileName;
    private final Map<String, Long> tags = new HashMap<>();
    /** Per document: the ids of the annotations it held before this import, by content, not yet matched. */
    private final Map<Long, Map<List<Object>, ArrayDeque<Long>>> unmatchedBefore = new HashMap<>();
    private List<Entity> entities;
    private int documentsAdded;
    private int documentsExisting;
    private int annotationsAdded;
    private int annotationsExisting;
    private int reanchored;
    private int widened;
    private int tagsCreated;
    private int entitiesCreated;
    private int linksAdded;

    ImportSession(Stores stores, Path file) {
        this.stores = stores;
        this.file = file;
        this.fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    ImportException refuse(String problem) {
        return new ImportException(fileName, problem);
    }

    /** The id of the document with this text, stored now if the database lacks it. */
    Document document(String text, String title, String outlet, LocalDate published, String language, Instant importedAt,
                      String where) {
        return document(text, title, outlet, published, language, importedAt, "", where);
    }

    /** As above, with where the article was published ({@code url}, empty when unknown). */
    Document document(String text, String title, String outlet, LocalDate published, String language, Instant importedAt,
                      String url, String where) {
        return document(text, title, outlet, published, language, importedAt, url, "", where);
    }

    /** As above, with who wrote it ({@code author}, empty when unknown; kept on one line). */
    Document document(String text, String title, String outlet, LocalDate published, String language, Instant importedAt,
                      String url, String author, String where) {
        if (text.isEmpty()) {
            throw refuse(where + ": the document has no text");
        }
        if (text.indexOf('\r') >= 0 || !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw refuse(where + ": the text is not in Hamish's stored form (NFC, \\n line endings), so its offsets "
                    + "cannot be trusted");
        }
        int lone = GraphemeBoundaries.firstLoneSurrogate(text);
        if (lone >= 0) {
            throw refuse(where + ": the text holds half of a character (the lone surrogate U+" + Integer.toHexString(text.charAt(lone))
                    .toUpperCase(java.util.Locale.ROOT) + " at char " + lone + "), so it is not valid Unicode and cannot be stored");
        }
        String hash = ArticleFileReader.sha256(text);
        var existing = stores.documents().findByHash(hash);
        if (existing.isPresent()) {
            documentsExisting++;
            return existing.get();
        }
        documentsAdded++;
        String t = title == null || title.isBlank() ? text.lines().findFirst().orElse("").strip() : title;
        t = t.isEmpty() ? fileName : t;
        return stores.documents().insert(new Document(0, t.length() > ArticleParser.MAX_TITLE_LENGTH
                ? t.substring(0, ArticleParser.MAX_TITLE_LENGTH) : t, outlet, published, language, text, hash,
                importedAt == null ? Instant.now() : importedAt, url, hamish.text.OneLine.of(author)));
    }

    /** The id of the tag named {@code name}; created from {@code definition}, or as a grey OTHER tag without one. */
    long tag(String name, Tag definition, String where) {
        if (name == null || name.isBlank()) {
            throw refuse(where + ": the annotation has no tag");
        }
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        Long known = tags.get(key);
        if (known != null) {
            return known;
        }
        var existing = stores.tags().byName(name);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
        } else {
            Tag fresh;
            try {
                fresh = definition != null ? new Tag(0, definition.name(), definition.kind(), definition.entityType(),
                        definition.colour(), shortcutIfFree(definition.shortcut()))
                        : new Tag(0, name, TagKind.OTHER, null, NEW_TAG_COLOUR, null);
            } catch (IllegalArgumentException e) {
                throw refuse(where + ": tag \"" + name + "\": " + e.getMessage());
            }
            id = stores.tags().insert(fresh).id();
            tagsCreated++;
        }
        tags.put(key, id);
        return id;
    }

    private String shortcutIfFree(String shortcut) {
        if (shortcut == null) {
            return null;
        }
        boolean used = stores.tags().list().stream().anyMatch(t -> shortcut.equalsIgnoreCase(t.shortcut()));
        return used ? null : shortcut;
    }

    /** The id of the entity with this name and type, created (with its aliases) when there is none. */
    long entity(Entity e) {
        if (entities == null) {
            entities = new ArrayList<>(stores.entities().list());
        }
        for (Entity known : entities) {
            if (known.canonicalName().equals(e.canonicalName()) && known.type() == e.type()) {
                return known.id();
            }
        }
        entitiesCreated++;
        Entity stored = stores.entities().insert(e.withId(0));
        entities.add(stored);
        return stored.id();
    }

    /**
     * Where the annotation goes in {@code text}: {@code span} when the text there is {@code quote}, else
     * where {@link Reanchorer} places the quote by its context; refuses the file when neither works.
     */
    Span place(String text, Span span, String quote, String prefix, String suffix, String where) {
        if (quote == null || quote.isEmpty()) {
            throw refuse(where + ": the annotation has no quote");
        }
        if (span != null && span.end() > text.length()) {
            throw refuse(where + ": " + span + " is past the end of the document's text (" + text.length() + " chars)");
        }
        if (span != null && span.of(text).equals(quote)) {
            return wholeCharacters(text, span, where);
        }
        Span hint = span != null ? span : new Span(0, 0);
        Annotation probe = new Annotation(0, 0, new Span(hint.start(), hint.start() + quote.length()), quote, prefix, suffix,
                0, null, null, "", "", null, null);
        Reanchorer.Result result = Reanchorer.reanchor(text, probe);
        if (result.status() == Reanchorer.Status.EXACT_POSITION || result.status() == Reanchorer.Status.MOVED) {
            reanchored++;
            return wholeCharacters(text, result.newSpan(), where);
        }
        String at = span == null ? "" : " at " + span;
        throw refuse(where + ": the quote \"" + abbreviate(quote) + "\" is not in the document's text" + at);
    }

    /** {@code placed}, widened to whole characters (counted), or the file refused when it splits a surrogate pair. */
    private Span wholeCharacters(String text, Span placed, String where) {
        WholeCharacterSpans.Placement p = WholeCharacterSpans.place(text, placed);
        if (p.problem() != null) {
            throw refuse(where + ": the annotation " + placed + " splits a character: " + p.problem());
        }
        widened += p.widened() ? 1 : 0;
        return p.span();
    }

    /**
     * Stores {@code a} and returns its id, or the id of an identical annotation (same span, tag, entity,
     * speaker, note and author) the document held before this import. Authorship is data: alice's and
     * bob's identical annotations are two. Each annotation held before is matched at most once, and what
     * this import stored is never matched, so a file holding two identical annotations stores two, and
     * importing the same file again adds nothing.
     */
    long annotation(Annotation a) {
        Map<List<Object>, ArrayDeque<Long>> before = unmatchedBefore.computeIfAbsent(a.documentId(), id -> {
            Map<List<Object>, ArrayDeque<Long>> byKey = new HashMap<>();
            stores.annotations().forDocument(id).forEach(e -> byKey.computeIfAbsent(key(e), k -> new ArrayDeque<>()).add(e.id()));
            return byKey;
        });
        ArrayDeque<Long> same = before.get(key(a));
        if (same != null && !same.isEmpty()) {
            annotationsExisting++;
            return same.poll();
        }
        annotationsAdded++;
        return stores.annotations().insert(a).id();
    }

    private static List<Object> key(Annotation a) {
        return Arrays.asList(a.span(), a.tagId(), a.entityId(), a.speakerEntityId(), a.note(), a.author());
    }

    void link(long from, long to, LinkType type, String note, Instant created, String author, String where) {
        if (from == to) {
            throw refuse(where + ": a link from an annotation to itself");
        }
        boolean exists = stores.links().forAnnotation(from).stream()
                .anyMatch(l -> l.fromAnnotationId() == from && l.toAnnotationId() == to && l.type() == type);
        if (!exists) {
            stores.links().insert(new Link(0, from, to, type, note, created, author));
            linksAdded++;
        }
    }

    AnnotationImportReport report() {
        return new AnnotationImportReport(file, documentsAdded, documentsExisting, annotationsAdded, annotationsExisting,
                reanchored, widened, tagsCreated, entitiesCreated, linksAdded);
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
