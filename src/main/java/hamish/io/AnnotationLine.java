package hamish.io;

/**
 * One line of {@code hamish annotate --from}: a span of a document to tag, with optional entity, speaker (names,
 * found or created), note and author. Offsets are char offsets into the stored text, as {@code show} prints them.
 */
public record AnnotationLine(long line, long document, int start, int end, String tag, String entity, String speaker,
                             String note, String author) {
}
