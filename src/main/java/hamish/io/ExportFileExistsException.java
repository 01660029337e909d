package hamish.io;

import java.nio.file.Path;

/** An export stopped before writing because a file it would write exists: the window asks, then exports again with overwrite. */
public final class ExportFileExistsException extends ExportException {

    private final transient Path file;

    public ExportFileExistsException(Path file) {
        super(file + " already exists; choose another folder or allow overwriting");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
