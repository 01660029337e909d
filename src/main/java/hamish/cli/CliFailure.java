package hamish.cli;

/** A command failed for a reason the user can act on; the message says which. */
final class CliFailure extends RuntimeException {

    CliFailure(String message) {
        super(message);
    }
}
