package hamish.io;

import java.nio.file.Path;

/** What became of one file: imported as a new document, recognised as already there, or refused and why. */
public record ImportOutcome(Path file, Status status, long documentId, String message) {

    public enum Status { IMPORTED, DUPLICATE, REFUSED }

    static ImportOutcome imported(Path file, long id) {
        return new ImportOutcome(file, Status.IMPORTED, id, "");
    }

    static ImportOutcome duplicate(Path file, long id) {
        return new ImportOutcome(file, Status.DUPLICATE, id, file.getFileName() + ": already imported as document " + id);
    }

    static ImportOutcome refused(Path file, String message) {
        return new ImportOutcome(file, Status.REFUSED, 0, message);
    }
}
