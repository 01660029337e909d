package hamish.app;

import hamish.io.AnnotationImportReport;
import hamish.io.DefaultTags;
import hamish.io.DocumentImporter;
import hamish.io.Exports;
import hamish.io.ImportException;
import hamish.io.ImportOutcome;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.nio.file.Path;
import java.util.List;

/**
 * Importing files and folders, as the window's File → Import (and drops) and {@code hamish import} both
 * do: annotation files (W3C JSON-LD, brat) go to their importer, each all or nothing; articles (.txt,
 * .html, folders of them) to the document importer, a text already there reported as a duplicate.
 */
public final class Importing {

    /** Hears of each file as it is done, on the importing thread. */
    public interface Listener {

        void article(ImportOutcome outcome);

        void annotations(AnnotationImportReport report);

        /** An annotation file refused whole (an article's refusal comes as an {@link ImportOutcome}). */
        void refused(Path file, String message);
    }

    private Importing() {
    }

    /** How many files an import of {@code paths} will report on (folders listed), for a progress bar. */
    public static int fileCount(List<Path> paths) {
        return DocumentImporter.filesIn(articles(paths)).size() + annotationFiles(paths).size();
    }

    public static void run(Stores stores, List<Path> paths, Listener listener) {
        for (Path file : annotationFiles(paths)) {
            try {
                listener.annotations(Exports.importAnnotations(stores, file));
            } catch (ImportException | StoreException e) {
                listener.refused(file, e.getMessage());
            }
        }
        new DocumentImporter(stores.documents()).importAll(articles(paths), listener::article);
    }

    /** A new database gets the default tag set and the sample articles, so a new user sees something to annotate. */
    public static List<ImportOutcome> prepareFirstRun(Stores stores) {
        if (!stores.tags().list().isEmpty() || stores.documents().count() > 0) {
            return List.of();
        }
        stores.tags().ensureDefaults(DefaultTags.load());
        return new DocumentImporter(stores.documents()).importSamples();
    }

    private static List<Path> annotationFiles(List<Path> paths) {
        return paths.stream().filter(Exports::isAnnotationImport).toList();
    }

    private static List<Path> articles(List<Path> paths) {
        return paths.stream().filter(p -> !Exports.isAnnotationImport(p)).toList();
    }
}
