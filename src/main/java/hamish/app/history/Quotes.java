package hamish.app.history;

/** Short forms of annotated text for messages. */
final class Quotes {

    private static final int MAX = 30;

    private Quotes() {
    }

    /** The quote, cut at a code-point boundary with an ellipsis when long, line breaks as spaces. */
    static String shorten(String quote) {
        String flat = quote.replace('\n', ' ').strip();
        if (flat.codePointCount(0, flat.length()) <= MAX) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX)) + "…";
    }
}
