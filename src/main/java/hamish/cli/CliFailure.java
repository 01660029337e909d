package hamish.cli;

/** A command failed for a reason the user can act on; the message says which. */
public final class CliFailure extends RuntimeException {

    public CliFailure(String message) {
        super(message);
    }
}
