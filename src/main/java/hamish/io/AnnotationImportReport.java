package hamish.io;

import java.nio.file.Path;

/**
 * What importing one annotation file (JSON-LD, or one brat document) did. "Existing" counts what the
 * database already held (the same text, or an identical annotation or link), which is reused, not doubled.
 * {@code reanchored} counts annotations whose offsets did not fit the text and were placed by their quote;
 * {@code widened} those whose span cut a character (an emoji sequence, a letter and its harakat) and was
 * widened to whole characters ({@link WholeCharacterSpans}).
 */
public record AnnotationImportReport(Path file, int documentsAdded, int documentsExisting, int annotationsAdded,
                                     int annotationsExisting, int reanchored, int widened, int tagsCreated, int entitiesCreated,
                                     int linksAdded) {

    public String summary() {
        String widenedNote = widened == 0 ? "" : String.format(", %d widened to whole characters", widened);
        return String.format("%s: %d documents (%d already there), %d annotations (%d already there, %d re-anchored%s), "
                        + "%d links, %d new tags, %d new entities", file.getFileName(), documentsAdded + documentsExisting,
                documentsExisting, annotationsAdded + annotationsExisting, annotationsExisting, reanchored, widenedNote, linksAdded,
                tagsCreated, entitiesCreated);
    }
}
