package hamish.ui.library;

import hamish.io.AnnotationImportReport;
import hamish.io.Exports;
import hamish.io.ImportException;
import hamish.io.ImportOutcome;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotation files (W3C JSON-LD, brat) imported from the window: each all or nothing, like
 * {@code hamish import}; a refused file becomes a refused outcome in the import summary.
 */
record AnnotationImports(List<AnnotationImportReport> reports, List<ImportOutcome> refused) {

    static AnnotationImports run(Stores stores, List<Path> files, Runnable afterEach) {
        List<AnnotationImportReport> reports = new ArrayList<>();
        List<ImportOutcome> refused = new ArrayList<>();
        for (Path file : files) {
            try {
                reports.add(Exports.importAnnotations(stores, file));
            } catch (ImportException | StoreException e) {
                refused.add(new ImportOutcome(file, ImportOutcome.Status.REFUSED, 0, e.getMessage()));
            }
            afterEach.run();
        }
        return new AnnotationImports(reports, refused);
    }

    /** One line per imported annotation file, each ending in a line break; empty when there were none. */
    String describe(Messages messages) {
        StringBuilder sb = new StringBuilder();
        for (AnnotationImportReport r : reports) {
            sb.append(messages.format("import.annotationReport", r.file().getFileName().toString(),
                    r.annotationsAdded(), r.annotationsExisting(), r.reanchored(), r.documentsAdded())).append('\n');
        }
        return sb.toString();
    }
}
