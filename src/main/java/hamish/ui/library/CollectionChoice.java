package hamish.ui.library;

import hamish.model.DocumentCollection;

/** An entry of the library's collection chooser: one collection, or every document ({@code collection} null). */
public record CollectionChoice(DocumentCollection collection, int size) {

    public static CollectionChoice everyDocument(int size) {
        return new CollectionChoice(null, size);
    }

    public static CollectionChoice of(DocumentCollection c) {
        return new CollectionChoice(c, c.size());
    }

    public boolean isEveryDocument() {
        return collection == null;
    }

    /** The collection's id, 0 for every document (SQLite never gives 0 as an id). */
    public long id() {
        return collection == null ? 0 : collection.id();
    }
}
