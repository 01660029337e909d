package hamish.ui.reader;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the stored text between two {@code '\n'}: the unit the reader virtualises.
 * {@code span} excludes the newline, so {@code text.equals(span.of(documentText))}.
 */
public record Paragraph(int index, Span span, String text) {

    /** Splits at every {@code '\n'}, keeping empty paragraphs so that offsets stay exact. */
    static List<Paragraph> split(String documentText) {
        List<Paragraph> result = new ArrayList<>();
        int start = 0;
        while (true) {
            int newline = documentText.indexOf('\n', start);
            int end = newline < 0 ? documentText.length() : newline;
            result.add(new Paragraph(result.size(), new Span(start, end), documentText.substring(start, end)));
            if (newline < 0) {
                return result;
            }
            start = newline + 1;
        }
    }
}
