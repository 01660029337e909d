package hamish.reliability;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Child process of {@link CrashSafetyTest}: commits annotations one by one, each as its own transaction,
 * and prints "ACK id start end" only after the commit returned. Runs until it is killed.
 * Args: database path, document id, tag id, random seed.
 */
public final class AcknowledgingWriter {

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        long documentId = Long.parseLong(args[1]);
        long tagId = Long.parseLong(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Stores stores = Stores.open(db)) {
            Document doc = stores.documents().get(documentId).orElseThrow();
            String text = doc.text();
            out.println("READY");
            while (true) {
                int start = random.nextInt(text.length() - 40);
                Span span = new Span(start, start + 1 + random.nextInt(30));
                Annotation saved = stores.annotations().insert(Annotation.of(documentId, text, span, tagId, "crash", Instant.now()));
                out.println("ACK " + saved.id() + " " + span.start() + " " + span.end());
            }
        }
    }

    /** Sets up the database the writers share: one document, one tag. Returns {documentId, tagId}. */
    static long[] prepare(Path db, String text) {
        try (Stores stores = Stores.open(db)) {
            Document doc = stores.documents().insert(new Document(0, "crash test", "", null, "ar", text,
                    Integer.toHexString(text.hashCode()), Instant.now()));
            Tag tag = stores.tags().insert(new Tag(0, "Crash", hamish.model.TagKind.OTHER, null, "#aa3333", null));
            return new long[] {doc.id(), tag.id()};
        }
    }
}
