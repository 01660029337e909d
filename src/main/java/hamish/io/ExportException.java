package hamish.io;

/** An export could not be written; the message names the file or folder and the problem, fit to show as is. */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
