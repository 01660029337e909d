package hamish.io;

import java.nio.file.Path;
import java.util.List;

/**
 * An export that wrote what it could and names what it could not: a document whose file the file system
 * refused (a name it cannot hold) is left out, and the others are written all the same. The message lists
 * the documents left out and why; {@link #written()} the files that are in place.
 */
public final class IncompleteExportException extends ExportException {

    private final transient List<Path> written;
    private final List<String> notWritten;

    IncompleteExportException(List<Path> written, List<String> notWritten, int documents) {
        super(notWritten.size() + " of " + documents + " documents were not written (the others were): "
                + String.join("; ", notWritten));
        this.written = List.copyOf(written);
        this.notWritten = List.copyOf(notWritten);
    }

    public List<Path> written() {
        return written;
    }

    /** One entry per document left out: its id, the start of its title, the file and the reason. */
    public List<String> notWritten() {
        return notWritten;
    }
}
