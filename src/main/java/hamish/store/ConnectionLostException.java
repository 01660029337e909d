package hamish.store;

/**
 * The connection to a team database went while an action ran. {@link #outcomeUnknown()}: it went during the commit,
 * so the server may or may not have kept the action (the user should look again); otherwise nothing was saved. The
 * next action connects again.
 */
public final class ConnectionLostException extends StoreException {

    private final boolean outcomeUnknown;

    public ConnectionLostException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
