package hamish.store;

import hamish.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;

/** Builds FTS5 queries from what a user typed, so that their quotes, stars and AND/NEAR are plain text. */
final class SearchQuery {

    private SearchQuery() {
    }

    /**
     * Every word of {@code userText}, folded and written as an FTS5 string ("..." with inner quotes
     * doubled); FTS5 reads space-separated strings as AND. Words without a letter or digit are
     * dropped: the tokenizer would find nothing in them. Empty when nothing searchable is left.
     */
    static String allWords(String userText) {
        if (userText == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : ArabicNormalizer.fold(userText).strip().split("[\\s\\p{Z}]+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add('"' + word.replace("\"", "\"\"") + '"');
            }
        }
        return String.join(" ", terms);
    }
}
