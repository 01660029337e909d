package hamish.store;

/**
 * On a team database, another user saved a change to the same rows while this action was being saved, and the
 * server refused this one so as not to overwrite theirs. Nothing of the action was saved; the user sees the
 * other change and decides whether to repeat it.
 */
public final class ConcurrentChangeException extends StoreException {

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
