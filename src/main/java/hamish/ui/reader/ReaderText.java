package hamish.ui.reader;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

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

    /**
     * Chars from the top whose words {@link #prepare} measures: more than a full-screen reader shows at the
     * smallest zoom, with the paragraphs the list sizes just below the screen.
     */
    static final int MEASURED_OPENING = 8_000;

    /** Splits {@code text} for the reader; safe on any thread. */
    public static ReaderText of(String text) {
        return Objects.requireNonNull(text, "text").isEmpty() ? EMPTY : new ReaderText(text);
    }

    /**
     * {@link #of}, then the words of the text's opening measured in the readers' font while {@code worthIt}
     * says so, so that the FX thread breaks the first screen's lines without shaping a word. For a background
     * thread that has the time anyway (a caller still reading the annotations stops it when done, so that it
     * never delays the open). Nothing is measured before a reader existed.
     */
    public static ReaderText prepare(String text, BooleanSupplier worthIt) {
        ReaderText prepared = of(text);
        WordWidths widths = WordWidths.forReaders();
        if (widths != null) {
            for (Paragraph p : prepared.paragraphs) {
                if (p.span().start() > MEASURED_OPENING || !widths.measureWords(p.text(), worthIt)) {
                    break;
                }
            }
        }
        return prepared;
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
