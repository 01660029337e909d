package hamish.model;

/**
 * A half-open range {@code [start, end)} of char offsets into a document's stored text.
 *
 * <p>The offset convention of the whole product: offsets count Java UTF-16 code units (so an emoji
 * outside the BMP counts 2) into the document text as stored, which is NFC-normalised and has
 * {@code \n} line endings. The importer establishes that form once; after that, the window, the
 * store and every export address the same characters with the same numbers. Formats that count
 * code points (W3C Web Annotation) convert at their edge.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** True when the two spans share at least one character. */
    public boolean intersects(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    /** The text this span covers, checked against the text's length. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " is past the end of a text of " + text.length() + " chars");
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
