package hamish.store;

import hamish.model.Annotation;
import hamish.text.GraphemeBoundaries;

/**
 * The store's last line of defence for offsets: an annotation may not start or end between the two
 * halves of a surrogate pair. Such a quote is not valid Unicode, SQLite keeps it as {@code ?}, and the
 * document's exports then fail or are refused on re-import, so it is refused here whoever sent it
 * (window, command line, importer, undo). The stricter grapheme rule is left to the callers that can
 * suggest a better span; the store only knows that this one is broken.
 */
final class WholeCodePoints {

    private WholeCodePoints() {
    }

    /** Throws {@link StoreException} naming the document and the offset when {@code a} splits a surrogate pair of {@code text}. */
    static void require(String text, Annotation a) {
        GraphemeBoundaries.codePointProblem(text, a.span()).ifPresent(problem -> {
            throw new StoreException("annotation " + a.span() + " of document " + a.documentId() + " splits a character: "
                    + problem + "; the annotation was not saved");
        });
    }
}
