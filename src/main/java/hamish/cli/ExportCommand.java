package hamish.cli;

import hamish.app.Exporting;
import hamish.io.ExportFormat;
import hamish.io.IncompleteExportException;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export annotations of some documents (--doc) or of all of them.",
                "csv: one row per annotation, UTF-8 with BOM (opens in spreadsheets with Arabic intact).",
                "jsonld: W3C Web Annotation, with the documents' texts (re-importable with 'hamish import').",
                "brat: .txt + .ann per document, annotation.conf and hamish-meta.json (brat, INCEpTION).",
                "Files are written only inside --out; existing files are kept unless --force."})
final class ExportCommand extends DatabaseCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "csv, jsonld or brat")
    ExportFormat format;

    @Option(names = "--doc", paramLabel = "ID", description = "a document to export (repeatable; default: all)")
    List<Long> documents = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
    Path out;

    @Option(names = "--author", paramLabel = "NAME",
            description = "only this annotator's annotations (repeatable; default: everyone's)")
    List<String> authors = List.of();

    @Option(names = "--force", description = "replace files that already exist")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        List<Path> written;
        try (Stores stores = openStores()) {
            written = Exporting.export(stores, format, documents, Set.copyOf(authors), out, force, (done, total) -> { },
                    repair -> spec.commandLine().getErr().println("hamish: note: " + TerminalText.line(repair)));
        } catch (IncompleteExportException e) {
            // What was written is in place and listed; the failure, naming what was not, ends the output.
            e.written().forEach(p -> printer.println("wrote " + TerminalText.line(p.toString())));
            printer.flush();
            throw e;
        }
        written.forEach(p -> printer.println("wrote " + TerminalText.line(p.toString())));
        printer.flush();
        return 0;
    }
}
