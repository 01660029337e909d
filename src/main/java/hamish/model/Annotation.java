package hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A tagged span of a document. Besides the offsets it keeps the exact quote and up to
 * {@link #CONTEXT_LENGTH} chars of context on each side, so that it can be re-anchored if the
 * document's text is ever corrected, and so that exports stay readable on their own.
 * {@code entityId} and {@code speakerEntityId} are null when unset; {@code id} is 0 until stored.
 */
public record Annotation(long id, long documentId, Span span, String quote, String prefix, String suffix,
                         long tagId, Long entityId, Long speakerEntityId, String note, String author,
                         Instant created, Instant updated) {

    public static final int CONTEXT_LENGTH = 32;

    public Annotation {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        if (span.isEmpty()) {
            throw new IllegalArgumentException("an annotation cannot be empty");
        }
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException("quote length " + quote.length() + " does not match span " + span);
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        note = note == null ? "" : note;
        author = author == null ? "" : author;
    }

    /** A new, unsaved annotation of {@code span} in {@code text}, with its quote and context taken from the text. */
    public static Annotation of(long documentId, String text, Span span, long tagId, String author, Instant now) {
        String quote = span.of(text);
        int from = Math.max(0, span.start() - CONTEXT_LENGTH);
        int to = Math.min(text.length(), span.end() + CONTEXT_LENGTH);
        // The context window must not keep half an emoji: SQLite would store that half as '?'.
        from += splitsPair(text, from) ? 1 : 0;
        to -= splitsPair(text, to) ? 1 : 0;
        String prefix = text.substring(from, span.start());
        String suffix = text.substring(span.end(), to);
        return new Annotation(0, documentId, span, quote, prefix, suffix, tagId, null, null, "", author, now, now);
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public Annotation withId(long newId) {
        return new Annotation(newId, documentId, span, quote, prefix, suffix, tagId, entityId, speakerEntityId, note, author, created, updated);
    }

    public Annotation withTag(long newTagId, Instant now) {
        return new Annotation(id, documentId, span, quote, prefix, suffix, newTagId, entityId, speakerEntityId, note, author, created, now);
    }

    public Annotation withEntity(Long newEntityId, Instant now) {
        return new Annotation(id, documentId, span, quote, prefix, suffix, tagId, newEntityId, speakerEntityId, note, author, created, now);
    }

    public Annotation withSpeaker(Long newSpeakerId, Instant now) {
        return new Annotation(id, documentId, span, quote, prefix, suffix, tagId, entityId, newSpeakerId, note, author, created, now);
    }

    /** This annotation moved to {@code newSpan} of {@code text} (a corrected version), quote and context taken from it. */
    public Annotation reanchoredTo(String text, Span newSpan) {
        Annotation fresh = of(documentId, text, newSpan, tagId, author, created);
        return new Annotation(id, documentId, newSpan, fresh.quote, fresh.prefix, fresh.suffix, tagId, entityId, speakerEntityId,
                note, author, created, updated);
    }

    public Annotation withNote(String newNote, Instant now) {
        return new Annotation(id, documentId, span, quote, prefix, suffix, tagId, entityId, speakerEntityId, newNote, author, created, now);
    }

    /** The same annotation by {@code newAuthor} (a takeover); the time of the change is the store's. */
    public Annotation withAuthor(String newAuthor) {
        return new Annotation(id, documentId, span, quote, prefix, suffix, tagId, entityId, speakerEntityId, note, newAuthor, created, updated);
    }
}
