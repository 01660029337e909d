package hamish.io;
import java.nio.file.Path;
public record ImportOutcome(Path file, ImportOutcome.Status status, long documentId, String message) {
    public enum Status { IMPORTED, DUPLICATE, REFUSED }
}
