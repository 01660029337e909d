package hamish.io;

import hamish.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads W3C Web Annotation JSON-LD: Hamish's own export (an AnnotationCollection carrying documents, tags
 * and entities, see {@link JsonLdExporter}), or annotations from elsewhere (a collection, a page, a list or
 * a single annotation) whose targets are documents already in the database ({@code
 * urn:hamish:document:<sha-256>}). The whole file is one transaction: any problem refuses it with a
 * message naming the file and the item, and the database is unchanged.
 *
 * <p>The file is streamed ({@link JsonLdStream}), twice: first its definitions, then its items, each
 * stored as it is read, so memory does not grow with the file (a 200 MB export imports in a 512 MB heap).
 */
public final class JsonLdImporter {

    /** 200 MB: an export of the whole corpus with texts; anything larger is not ours. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private JsonLdImporter() {
    }

    public static AnnotationImportReport importFile(Stores stores, Path file) {
        JsonLdStream stream = new JsonLdStream(file, MAX_BYTES);
        Object before = version(file);
        return stores.inTransaction(() -> {
            ImportSession session = new ImportSession(stores, file);
            JsonLdDefinitions definitions = new JsonLdDefinitions(session);
            stream.walk(JsonLdStream.Part.DEFINITIONS, definitions);
            JsonLdItems items = new JsonLdItems(stores, session, definitions);
            stream.walk(JsonLdStream.Part.ITEMS, items);
            items.finish();
            // Two walks must have read one file: one changed in between could pair items with other definitions.
            if (!before.equals(version(file))) {
                throw session.refuse("the file changed while it was being imported; nothing was imported");
            }
            return session.report();
        });
    }

    /** What tells one version of the file from the next: its size and modification time. */
    private static Object version(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis() + "/" + a.fileKey();
        } catch (IOException e) {
            return "unreadable"; // the walk reports why, naming the file
        }
    }
}
