package hamish.ui.reader;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text as the reader shows it: split into paragraphs, with their start offsets and the text's
 * boundaries. Immutable and free of JavaFX, so that a caller reading a document in the background
 * builds it there ({@link #of}) and the FX thread only swaps it in ({@link ReaderView#setText(ReaderText)}):
 * splitting a 1 MB article into its paragraph strings was a first open's largest single step on the FX thread.
 */
public final class ReaderText {

    static final ReaderText EMPTY = new ReaderText("");

    private final String text;
    private final List<Paragraph> paragraphs;
    private final int[] starts;
    private final DocumentBoundaries boundaries;

    private ReaderText(String text) {
        this.text = text;
        this.paragraphs = Collections.unmodifiableList(Paragraph.split(text));
        this.starts = new int[paragraphs.size()];
        for (Paragraph p : paragraphs) {
            starts[p.index()] = p.span().start();
        }
        this.boundaries = new DocumentBoundaries(text);
    }

    /** Splits {@code text} for the reader; safe on any thread. */
    public static ReaderText of(String text) {
        return text.isEmpty() ? EMPTY : new ReaderText(Objects.requireNonNull(text, "text"));
    }

    public String text() {
        return text;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    int[] starts() {
        return starts;
    }

    DocumentBoundaries boundaries() {
        return boundaries;
    }
}
