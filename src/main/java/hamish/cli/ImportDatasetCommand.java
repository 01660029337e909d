package hamish.cli;

import hamish.app.DatasetImport;
import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.DocumentImporter;
import hamish.io.ImportException;
import hamish.io.ImportOutcome;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-dataset", mixinStandardHelpOptions = true,
        description = {"Import a news dataset, one article per row: JSON Lines (.jsonl, .ndjson), a JSON array (.json), CSV or TSV",
                "with a header row (UTF-8). Each row gives the text and, when it has them, the title, outlet, date, URL and author;",
                "the usual field names are found by themselves (content/text/body, title/headline, source/outlet/publisher,",
                "date/published/date_extracted, url/link, author/byline), others are named with --map.",
                "The title, a blank line and the text are stored, as for a .txt file. HTML character references are decoded;",
                "a date in a common form (2015-08-06, 06/08/2015 day first, 6 August 2015, 6 أغسطس 2015, RFC 1123, Unix time)",
                "is read, another is reported and left out. A bad row (no text, broken JSON, wrong field count) is reported",
                "with its line and skipped; the good rows land. Rows are committed in batches of " + DocumentImporter.BATCH_FILES
                        + " and reported once committed;",
                "a row whose text is stored already is a duplicate, so the import can be run again.",
                "The author is stored with the document ('hamish doc show ID' shows it).",
                "Exit code 1 when any row was bad or the file could not be read."})
final class ImportDatasetCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "dataset files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json, csv or tsv (default: from the file name)")
    String format;

    @Option(names = "--map", paramLabel = "PART=FIELD,…", description = "fields for title, text, outlet, date, url, author, "
            + "e.g. text=content,outlet=source,date=date_extracted")
    String map;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetFields fields;
        try {
            fields = DatasetFields.parse(map);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--map: " + e.getMessage());
        }
        boolean failed = false;
        boolean terminal = System.console() != null;
        try (Stores stores = openStores()) {
            for (Path file : files) {
                DatasetFormat f;
                try {
                    f = DatasetImport.formatOf(file, format);
                } catch (IllegalArgumentException e) {
                    err.println("refused    " + TerminalText.line(e.getMessage()));
                    failed = true;
                    continue;
                }
                String name = TerminalText.line(String.valueOf(file.getFileName()));
                int[] rows = new int[1];
                try {
                    DatasetImport.Summary s = new DatasetImport(stores).run(file, f, fields, new DatasetImport.Listener() {
                        @Override
                        public void fields(Map<DatasetFields.Part, String> fieldOf) {
                            err.println("fields     " + name + ": " + TerminalText.line(fieldOf.entrySet().stream()
                                    .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                                    .collect(Collectors.joining(", "))));
                        }

                        @Override
                        public void article(long line, ImportOutcome o, List<String> warnings) {
                            String where = TerminalText.line(o.file().toString());
                            switch (o.status()) {
                                case IMPORTED -> out.printf("imported   #%d  %s%n", o.documentId(), where);
                                case DUPLICATE -> out.printf("duplicate  #%d  %s (already imported)%n", o.documentId(), where);
                                case REFUSED -> err.printf("refused    %s%n", TerminalText.line(o.message()));
                            }
                            warnings.forEach(w -> err.printf("warning    %s: %s%n", where, TerminalText.line(w)));
                            progress(++rows[0]);
                        }

                        @Override
                        public void bad(long line, String problem) {
                            err.printf("bad row    %s:%d: %s%n", name, line, TerminalText.line(problem));
                            progress(++rows[0]);
                        }

                        private void progress(int n) {
                            if (terminal && n % DocumentImporter.BATCH_FILES == 0) {
                                err.printf("\r%,d rows…", n);
                                err.flush();
                            }
                        }
                    }, () -> false);
                    if (terminal) {
                        err.print("\r");
                    }
                    out.printf("%s: %d imported, %d duplicate, %d bad, %d warning(s)%n", name, s.imported(), s.duplicates(), s.bad(),
                            s.warnings());
                    failed |= s.bad() > 0;
                } catch (ImportException e) {
                    err.println("refused    " + TerminalText.line(e.getMessage()));
                    failed = true;
                }
            }
        }
        out.flush();
        err.flush();
        return failed ? CliExceptionHandler.FAILED : 0;
    }
}
