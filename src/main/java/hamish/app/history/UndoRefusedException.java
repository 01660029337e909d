package hamish.app.history;

import hamish.store.StoreException;

/**
 * An undo or redo was refused because what its step touched was changed since by someone else. The
 * database was left as it is and the step was dropped, so older steps stay reachable.
 */
public final class UndoRefusedException extends StoreException {

    public UndoRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
