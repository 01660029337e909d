package hamish.io;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.text.GraphemeBoundaries;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotations saved before the store refused spans that split a surrogate pair (half an emoji) are
 * still in old databases, with {@code ?} where SQLite could not keep the half. Cut out of the text as
 * they are, they are not valid Unicode: the brat writer died half-way on them and the JSON-LD they gave
 * was refused on re-import. An export therefore writes each such annotation widened to whole code
 * points, its quote and context read again from the text, and says so; the rest of the export is
 * untouched and the database is not changed.
 */
final class SplitCharacterRepair {

    private SplitCharacterRepair() {
    }

    /** {@code annotations} of {@code d}, those splitting a surrogate pair widened, with one line in {@code repairs} for each. */
    static List<Annotation> wholeCodePoints(Document d, List<Annotation> annotations, List<String> repairs) {
        List<Annotation> result = new ArrayList<>(annotations.size());
        String text = d.text();
        for (Annotation a : annotations) {
            if (a.end() > text.length() || GraphemeBoundaries.codePointProblem(text, a.span()).isEmpty()) {
                result.add(a);
                continue;
            }
            int start = GraphemeBoundaries.isCodePointBoundary(text, a.start()) ? a.start() : a.start() - 1;
            int end = GraphemeBoundaries.isCodePointBoundary(text, a.end()) ? a.end() : a.end() + 1;
            Span whole = new Span(start, end);
            repairs.add("document " + d.id() + ", annotation " + a.id() + ": " + a.span() + " splits a character ("
                    + GraphemeBoundaries.codePointProblem(text, a.span()).get() + "); exported as " + whole);
            result.add(a.reanchoredTo(text, whole));
        }
        return result;
    }
}
