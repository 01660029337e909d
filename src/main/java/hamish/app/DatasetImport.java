package hamish.app;

import hamish.io.DatasetArticles;
import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.DatasetReader;
import hamish.io.DatasetRow;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.store.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Imports a news dataset (JSON Lines, a JSON array, CSV or TSV; one article per row) for the command line and the
 * window. Rows are read one at a time and committed in batches of {@link DocumentImporter#BATCH_FILES}; a row is
 * reported once its batch is committed. A bad row is reported with its line and skipped while the good rows
 * land; a row whose text is stored already is a duplicate, so the import can be run again without doubling.
 */
public final class DatasetImport {

    /** Hears of the rows in file order, on the importing thread. */
    public interface Listener {
        /** Which field gives each part, known once the first row is read. */
        default void fields(Map<DatasetFields.Part, String> fieldOf) {
        }

        /** A row that made an article (imported, a duplicate, or refused by the store), starting on {@code line}. */
        void article(long line, ImportOutcome outcome, List<String> warnings);

        void bad(long line, String problem);

        /** How many bytes of the file the rows heard of so far came from (about: the reading is buffered). */
        default void progress(long bytesRead) {
        }
    }

    /** How many rows became what. */
    public record Summary(int imported, int duplicates, int bad, int warnings, boolean cancelled) {
    }

    private final Stores stores;

    public DatasetImport(Stores stores) {
        this.stores = stores;
    }

    /** The format named, else the one the file's name says; refused when neither says one. */
    public static DatasetFormat formatOf(Path file, String named) {
        if (named != null && !named.isBlank()) {
            return DatasetFormat.named(named);
        }
        return DatasetFormat.ofFileName(file).orElseThrow(() -> new IllegalArgumentException(file.getFileName()
                + ": the file name does not say the format (.jsonl, .json, .csv, .tsv); give --format"));
    }

    /**
     * Imports {@code file}; {@code cancelled} is asked before each batch (rows already committed stay).
     * {@link hamish.io.ImportException} when the whole file cannot be read.
     */
    public Summary run(Path file, DatasetFormat format, DatasetFields fields, Listener listener, BooleanSupplier cancelled) {
        DocumentImporter importer = new DocumentImporter(stores.documents());
        Batch batch = new Batch(importer, listener);
        DatasetReader.read(file, format, new DatasetReader.Rows() {
            // Rows of one dataset usually share their field names, but a crawl merged from two sources does not:
            // each set of names is resolved once, and the listener hears of each new one.
            private final Map<java.util.Set<String>, Map<DatasetFields.Part, String>> resolved = new java.util.HashMap<>();

            @Override
            public void row(DatasetRow row) {
                if (batch.stopped) {
                    return;
                }
                Map<DatasetFields.Part, String> fieldOf = resolved.get(row.fields().keySet());
                if (fieldOf == null) {
                    fieldOf = fields.resolve(row.fields().keySet());
                    boolean seen = resolved.containsValue(fieldOf);
                    resolved.put(java.util.Set.copyOf(row.fields().keySet()), fieldOf);
                    if (!seen) {
                        listener.fields(fieldOf);
                    }
                }
                DatasetArticles.Result result = DatasetArticles.of(file, row, fieldOf);
                if (result instanceof DatasetArticles.Article a) {
                    batch.add(a);
                    if (batch.full()) {
                        batch.stopped = cancelled.getAsBoolean();
                        batch.commit();
                    }
                } else if (result instanceof DatasetArticles.Bad b) {
                    batch.bad(b.line(), b.problem());
                }
            }

            @Override
            public void bad(long line, String problem) {
                batch.bad(line, problem);
            }

            // Once cancelled the rest of the file is not even read.
            @Override
            public boolean enough() {
                return batch.stopped;
            }

            @Override
            public void reached(long bytes) {
                batch.bytesRead = bytes;
            }
        });
        batch.commit();
        return new Summary(batch.imported, batch.duplicates, batch.badRows, batch.warnings, batch.stopped);
    }

    /** Rows waiting for their commit; bad rows wait too, so the listener hears of every row in file order. */
    private static final class Batch {
        private final DocumentImporter importer;
        private final Listener listener;
        private final List<DatasetArticles.Article> articles = new ArrayList<>();
        private final List<Object> pending = new ArrayList<>();
        private int imported;
        private int duplicates;
        private int badRows;
        private int warnings;
        private boolean stopped;
        private long bytesRead;

        Batch(DocumentImporter importer, Listener listener) {
            this.importer = importer;
            this.listener = listener;
        }

        void add(DatasetArticles.Article a) {
            articles.add(a);
            pending.add(a);
        }

        void bad(long line, String problem) {
            pending.add(new DatasetArticles.Bad(line, problem));
        }

        boolean full() {
            return articles.size() >= DocumentImporter.BATCH_FILES;
        }

        void commit() {
            List<ImportOutcome> outcomes = articles.isEmpty() ? List.of()
                    : importer.saveBatch(articles.stream().map(DatasetArticles.Article::article).toList());
            int next = 0;
            for (Object p : pending) {
                if (p instanceof DatasetArticles.Article a) {
                    ImportOutcome o = outcomes.get(next++);
                    switch (o.status()) {
                        case IMPORTED -> imported++;
                        case DUPLICATE -> duplicates++;
                        case REFUSED -> badRows++;
                    }
                    warnings += a.warnings().size();
                    listener.article(a.line(), o, a.warnings());
                } else if (p instanceof DatasetArticles.Bad b) {
                    badRows++;
                    listener.bad(b.line(), b.problem());
                }
            }
            articles.clear();
            pending.clear();
            listener.progress(bytesRead);
        }
    }
}
