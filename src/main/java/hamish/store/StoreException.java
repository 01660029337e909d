package hamish.store;

/**
 * A store operation failed. The message is meant for the user as it is: it names the database file
 * (or the record) and says what went wrong, without SQL jargon or a stack trace.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
