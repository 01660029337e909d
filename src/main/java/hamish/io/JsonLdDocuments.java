package hamish.io;

import hamish.model.Document;
import hamish.store.Stores;
import java.util.HashMap;
import java.util.Map;

/**
 * The text an item's target points at, read from the database when the item names another document than
 * the one before. An export lists each document's annotations together, so this reads each text once
 * while keeping only one in memory; its code point table is built once with it, not once per annotation.
 */
final class JsonLdDocuments {

    private final Stores stores;
    private final JsonLdDefinitions definitions;
    /** Documents the file only refers to (already in the library), by the file's id for them. */
    private final Map<String, Long> library = new HashMap<>();
    private Document current;
    private CodePoints codePoints;

    JsonLdDocuments(Stores stores, JsonLdDefinitions definitions) {
        this.stores = stores;
        this.definitions = definitions;
    }

    /** The document {@code source} names: defined in the file, or already in the library by its text's hash; null if neither. */
    Document document(String source) {
        Long id = definitions.document(source);
        if (id == null && source.startsWith(WebAnnotation.DOCUMENT)) {
            id = library.computeIfAbsent(source, s -> stores.documents().findByHash(s.substring(WebAnnotation.DOCUMENT.length()))
                    .map(Document::id).orElse(null));
        }
        if (id == null) {
            return null;
        }
        if (current == null || current.id() != id) {
            current = stores.documents().get(id).orElseThrow();
            codePoints = new CodePoints(current.text());
        }
        return current;
    }

    /** The code points of the document {@link #document} returned last. */
    CodePoints codePoints() {
        return codePoints;
    }
}
