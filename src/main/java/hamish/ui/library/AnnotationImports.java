package hamish.ui.library;

import hamish.app.Importing;
import hamish.io.AnnotationImportReport;
import hamish.io.ImportOutcome;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import from the window did, file by file: the reports of annotation files (W3C JSON-LD, brat),
 * and an outcome per article or refused annotation file, for the import summary. Filled on the store's
 * thread while the import runs, read on the FX thread once it is done.
 */
final class AnnotationImports {

    private final List<AnnotationImportReport> reports = new ArrayList<>();
    private final List<ImportOutcome> outcomes = new ArrayList<>();

    /** A listener that records every file and runs {@code afterEach} after it (the progress bar). */
    Importing.Listener counting(Runnable afterEach) {
        return new Importing.Listener() {
            @Override
            public void article(ImportOutcome outcome) {
                outcomes.add(outcome);
                afterEach.run();
            }

            @Override
            public void annotations(AnnotationImportReport report) {
                reports.add(report);
                afterEach.run();
            }

            @Override
            public void refused(Path file, String message) {
                outcomes.add(new ImportOutcome(file, ImportOutcome.Status.REFUSED, 0, message));
                afterEach.run();
            }
        };
    }

    List<ImportOutcome> outcomes() {
        return List.copyOf(outcomes);
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
