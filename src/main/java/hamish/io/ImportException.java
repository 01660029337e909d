package hamish.io;

/**
 * A file the user chose cannot be imported. The message is always {@code "<file name>: <problem>"}, fit to
 * show as is. Unchecked, like {@code hamish.store.StoreException}, so a batch import can map both to one
 * message per file in one place.
 */
public class ImportException extends RuntimeException {

    private final String fileName;
    private final String problem;

    public ImportException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    public ImportException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    public String problem() {
        return problem;
    }
}
