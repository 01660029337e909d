package hamish.store;

import java.time.LocalDate;

/**
 * Filters for {@link AnnotationSearch}; null (or blank) means "any". Names are compared after Arabic
 * folding: {@code tag} by name (any letter case), {@code entity} and {@code speaker} by an entity's name
 * or one of its aliases, {@code author} exactly, {@code noteText} and {@code documentTitle} as a part of
 * the note or title. {@code from}/{@code to} (inclusive) filter on the document's publication date,
 * falling back to the day the annotation was created when the document has no date.
 */
public record AnnotationQuery(String tag, String entity, String speaker, String author, String noteText,
                              Long documentId, String documentTitle, LocalDate from, LocalDate to, int limit) {

    public static final int DEFAULT_LIMIT = 1000;

    public AnnotationQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    public static AnnotationQuery any() {
        return new AnnotationQuery(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public AnnotationQuery withTag(String t) {
        return new AnnotationQuery(t, entity, speaker, author, noteText, documentId, documentTitle, from, to, limit);
    }

    public AnnotationQuery withEntity(String e) {
        return new AnnotationQuery(tag, e, speaker, author, noteText, documentId, documentTitle, from, to, limit);
    }

    public AnnotationQuery withSpeaker(String s) {
        return new AnnotationQuery(tag, entity, s, author, noteText, documentId, documentTitle, from, to, limit);
    }

    public AnnotationQuery withAuthor(String a) {
        return new AnnotationQuery(tag, entity, speaker, a, noteText, documentId, documentTitle, from, to, limit);
    }

    public AnnotationQuery withNoteText(String n) {
        return new AnnotationQuery(tag, entity, speaker, author, n, documentId, documentTitle, from, to, limit);
    }

    public AnnotationQuery withDocument(Long id) {
        return new AnnotationQuery(tag, entity, speaker, author, noteText, id, documentTitle, from, to, limit);
    }

    public AnnotationQuery withDocumentTitle(String t) {
        return new AnnotationQuery(tag, entity, speaker, author, noteText, documentId, t, from, to, limit);
    }

    public AnnotationQuery between(LocalDate first, LocalDate last) {
        return new AnnotationQuery(tag, entity, speaker, author, noteText, documentId, documentTitle, first, last, limit);
    }

    public AnnotationQuery withLimit(int n) {
        return new AnnotationQuery(tag, entity, speaker, author, noteText, documentId, documentTitle, from, to, n);
    }
}
