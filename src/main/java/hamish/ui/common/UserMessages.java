package hamish.ui.common;

import hamish.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns a failure into the one line a user is shown: the store's own message, never a stack trace. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        Throwable t = failure;
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof StoreException || t instanceof IllegalArgumentException || t instanceof IOException) {
            return nonBlank(t.getMessage(), t);
        }
        // Unexpected failures still get a readable line; the class name helps a bug report.
        return nonBlank(t.getMessage(), t) + " (" + t.getClass().getSimpleName() + ")";
    }

    private static String nonBlank(String message, Throwable t) {
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
