package hamish.cli;

import hamish.app.Importing;
import hamish.io.AnnotationImportReport;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import article files (.txt in UTF-8, UTF-16 or Windows-1256/ISO-8859-6; .html/.htm) or folders of them,",
                "and annotations: W3C Web Annotation JSON-LD (.jsonld/.json) and brat standoff (.ann with its .txt, or a folder",
                "holding .ann files), all or nothing per file (per folder for brat).",
                "Articles are committed in batches of up to " + DocumentImporter.BATCH_FILES + " files (fewer when they are long);",
                "each file is all or nothing within its batch and is reported only after its batch is committed,",
                "so a crash loses at most the unreported files. An annotation file is its own transaction.",
                "A file already imported (same text) is not duplicated.",
                "Exit code 1 when any file was refused."})
final class ImportCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or folders to import")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] counts = new int[ImportOutcome.Status.values().length];
        try (Stores stores = openStores()) {
            Importing.run(stores, paths, new Importing.Listener() {
                @Override
                public void article(ImportOutcome outcome) {
                    counts[outcome.status().ordinal()]++;
                    switch (outcome.status()) {
                        case IMPORTED -> out.printf("imported   #%d  %s%n", outcome.documentId(), TerminalText.line(outcome.file().toString()));
                        case DUPLICATE -> out.printf("duplicate  #%d  %s (already imported)%n", outcome.documentId(),
                                TerminalText.line(outcome.file().toString()));
                        case REFUSED -> err.printf("refused    %s%n", TerminalText.line(outcome.message()));
                    }
                }

                @Override
                public void annotations(AnnotationImportReport report) {
                    counts[ImportOutcome.Status.IMPORTED.ordinal()] += report.documentsAdded();
                    counts[ImportOutcome.Status.DUPLICATE.ordinal()] += report.documentsExisting();
                    out.printf("imported   %s%n", TerminalText.line(report.summary()));
                }

                @Override
                public void refused(Path file, String message) {
                    counts[ImportOutcome.Status.REFUSED.ordinal()]++;
                    err.printf("refused    %s%n", TerminalText.line(message));
                }
            });
        }
        out.printf("%d imported, %d duplicate, %d refused%n", counts[0], counts[1], counts[2]);
        out.flush();
        err.flush();
        return counts[ImportOutcome.Status.REFUSED.ordinal()] > 0 ? CliExceptionHandler.FAILED : 0;
    }
}
