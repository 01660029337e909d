package hamish.app;

import hamish.io.DatasetArticles;
import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.io.ImportedArticle;
import hamish.store.Stores;
import hamish.text.IndexTexts;
import hamish.text.SearchKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Imports a news dataset (JSON Lines, a JSON array, CSV or TSV; one article per row) for the command line and the
 * window. Rows are read one at a time and committed in batches of {@link DocumentImporter#BATCH_FILES}; a row is
 * reported once its batch is committed. The rows are read and prepared on a thread of their own ({@link
 * DatasetReading}) while the calling thread stores the batch before: on two cores that is what lets an import with
 * the search index pass 10 MB/s (docs/PERFORMANCE.md). A bad row is reported with its line and skipped while the good rows
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
        Batch batch = new Batch(new DocumentImporter(stores.documents()), listener);
        // Rows are read, parsed and prepared for the index on another thread while this one stores the batch before.
        DatasetReading reading = DatasetReading.start(file, format, fields);
        try {
            while (!batch.stopped) {
                // Not asked for once stopped: a cancel does not wait for the batch being read.
                DatasetReading.Chunk chunk = reading.next();
                if (chunk == null) {
                    break;
                }
                if (chunk.full()) {
                    batch.stopped = cancelled.getAsBoolean();
                }
                batch.commit(chunk);
            }
        } catch (InterruptedException e) {
            // Interrupted while waiting for the reading thread: taken as a cancel (committed batches stay).
            Thread.currentThread().interrupt();
            batch.stopped = true;
        } finally {
            stopQuietly(reading);
        }
        return new Summary(batch.imported, batch.duplicates, batch.badRows, batch.warnings, batch.stopped);
    }

    private static void stopQuietly(DatasetReading reading) {
        try {
            reading.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the rows and tells the listener of them once their batch is committed, in file order. */
    private static final class Batch {
        private final DocumentImporter importer;
        private final Listener listener;
        private final IndexTexts indexTexts = new IndexTexts();
        private int imported;
        private int duplicates;
        private int badRows;
        private int warnings;
        private boolean stopped;

        Batch(DocumentImporter importer, Listener listener) {
            this.importer = importer;
            this.listener = listener;
        }

        void commit(DatasetReading.Chunk chunk) {
            List<ImportedArticle> articles = new ArrayList<>(chunk.articles());
            List<SearchKeys.IndexText> index = new ArrayList<>(chunk.articles());
            for (Object row : chunk.rows()) {
                if (row instanceof DatasetReading.Prepared p) {
                    ImportedArticle a = p.article().article();
                    articles.add(a);
                    // Before the transaction: the reading thread left this batch's index text to this one.
                    index.add(p.index() != null ? p.index() : indexTexts.of(a.article().title(), a.article().text()));
                }
            }
            List<ImportOutcome> outcomes = articles.isEmpty() ? List.of() : importer.saveBatch(articles, index);
            int next = 0;
            for (Object row : chunk.rows()) {
                if (row instanceof DatasetReading.Prepared p) {
                    ImportOutcome o = outcomes.get(next++);
                    switch (o.status()) {
                        case IMPORTED -> imported++;
                        case DUPLICATE -> duplicates++;
                        case REFUSED -> badRows++;
                    }
                    warnings += p.article().warnings().size();
                    listener.article(p.article().line(), o, p.article().warnings());
                } else if (row instanceof DatasetArticles.Bad b) {
                    badRows++;
                    listener.bad(b.line(), b.problem());
                } else if (row instanceof DatasetReading.Fields f) {
                    listener.fields(f.fieldOf());
                }
            }
            listener.progress(chunk.bytesRead());
        }
    }
}
