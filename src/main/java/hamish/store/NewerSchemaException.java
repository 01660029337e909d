package hamish.store;

/** The database was written by a newer Hamish. It is refused before anything could write to it. */
public class NewerSchemaException extends StoreException {

    public NewerSchemaException(String message) {
        super(message);
    }
}
