package hamish.app.history;

/** A step could not be undone or redone because what it touched changed since; nothing was written. */
public final class StepConflict extends RuntimeException {

    public StepConflict(String message) {
        super(message);
    }
}
