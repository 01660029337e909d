package hamish.cli;

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
        description = {"Import article files (.txt in UTF-8, UTF-16 or Windows-1256/ISO-8859-6) or folders of them.",
                "Each file is its own transaction; a file already imported (same text) is not duplicated.",
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
            DocumentImporter importer = new DocumentImporter(stores.documents());
            importer.importAll(paths, outcome -> {
                counts[outcome.status().ordinal()]++;
                switch (outcome.status()) {
                    case IMPORTED -> out.printf("imported   #%d  %s%n", outcome.documentId(), outcome.file());
                    case DUPLICATE -> out.printf("duplicate  #%d  %s (already imported)%n", outcome.documentId(), outcome.file());
                    case REFUSED -> err.printf("refused    %s%n", outcome.message());
                }
            });
        }
        out.printf("%d imported, %d duplicate, %d refused%n", counts[0], counts[1], counts[2]);
        out.flush();
        err.flush();
        return counts[ImportOutcome.Status.REFUSED.ordinal()] > 0 ? CliExceptionHandler.FAILED : 0;
    }
}
