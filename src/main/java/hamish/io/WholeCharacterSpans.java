package hamish.io;

import hamish.model.Span;
import hamish.text.GraphemeBoundaries;

/**
 * What an importer does with an annotation that was placed in the text but cuts a character.
 *
 * <p>Half a surrogate pair (only a hand-made or foreign JSON-LD quote holding a lone surrogate gets
 * there, since offsets in files count code points) is refused: the quote is not valid Unicode and
 * would be stored as {@code ?}.
 *
 * <p>A span that keeps code points whole but cuts a grapheme cluster (inside an emoji ZWJ sequence or a
 * flag, or between a letter and its harakat) is widened to whole clusters, and the import report counts
 * it. Other tools count such spans as legitimate (brat and INCEpTION tokenise by code point, and a tool
 * may tag a letter without its shadda), so refusing would turn away a whole file for one annotation whose
 * place is not in doubt: the file's quote has just been found at those offsets, and the widened span
 * still starts with it and holds nothing but the rest of the same characters. Hamish itself never writes
 * such a span (see docs/decisions/0001-offsets.md).
 */
final class WholeCharacterSpans {

    /** The span to store, or why there is none. */
    record Placement(Span span, boolean widened, String problem) {
    }

    private WholeCharacterSpans() {
    }

    static Placement place(String text, Span placed) {
        var split = GraphemeBoundaries.codePointProblem(text, placed);
        if (split.isPresent()) {
            return new Placement(null, false, split.get());
        }
        Span whole = new GraphemeBoundaries(text).snapOutward(placed);
        return new Placement(whole, !whole.equals(placed), null);
    }
}
