package hamish.app;

import hamish.io.DatasetArticles;
import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.DatasetReader;
import hamish.io.DatasetRow;
import hamish.io.DocumentImporter;
import hamish.io.ParsedArticle;
import hamish.text.IndexTexts;
import hamish.text.SearchKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reading half of a dataset import, on a thread of its own: it parses the rows, makes each article (canonical
 * text, SHA-256) and, when the importing thread is the slower, works out its search-index text too, and hands them
 * over in batches, while the importing thread, SQLite's only writer, stores the batch before. On two cores the
 * import then runs at the pace of the slower half instead of the sum of both.
 */
final class DatasetReading {

    /** An article with its index text worked out, or null when the reading thread left that to the importing one. */
    record Prepared(DatasetArticles.Article article, SearchKeys.IndexText index) {
    }

    /** The field names of the rows from here on, to be told to the listener in file order. */
    record Fields(Map<DatasetFields.Part, String> fieldOf) {
    }

    /**
     * What the importing thread stores as one transaction: {@link Prepared}, {@link DatasetArticles.Bad} and
     * {@link Fields} in file order; {@code full} when it was cut at the batch size (the end of the file cuts the last).
     */
    record Chunk(List<Object> rows, int articles, boolean full, long bytesRead) {
    }

    /** Batches read ahead: two keep both cores busy; more would only hold memory. */
    private static final int AHEAD = 2;
    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    private DatasetReading(Path file, DatasetFormat format, DatasetFields fields) {
        thread = new Thread(() -> read(file, format, fields), "hamish-dataset-reader");
        thread.setDaemon(true);
    }

    /** Starts reading {@code file} on a new thread. */
    static DatasetReading start(Path file, DatasetFormat format, DatasetFields fields) {
        DatasetReading reading = new DatasetReading(file, format, fields);
        reading.thread.start();
        return reading;
    }

    /** The next batch, null at the end of the file; rethrows what stopped the reading (an unreadable file). */
    Chunk next() throws InterruptedException {
        Object next = chunks.take();
        if (next == END) {
            return null;
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        if (next instanceof Error e) {
            throw e;
        }
        return (Chunk) next;
    }

    /** Stops the reading (the rest of the file is not read) and waits for its thread to end. */
    void stop() throws InterruptedException {
        stopped = true;
        chunks.clear();
        thread.join();
    }

    private void read(Path file, DatasetFormat format, DatasetFields fields) {
        Object last = END;
        try {
            Rows rows = new Rows(file, fields);
            DatasetReader.read(file, format, rows);
            if (!stopped) {
                rows.hand(false);
            }
        } catch (RuntimeException | Error e) {
            last = e;
        }
        put(last);
    }

    /** Waits for room, giving up once the import has stopped (nobody takes any more). */
    private void put(Object item) {
        try {
            while (!stopped && !chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the importing thread is still storing the batches before
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private final class Rows implements DatasetReader.Rows {
        private final Path file;
        private final DatasetFields fields;
        // Rows of one dataset usually share their field names, but a crawl merged from two sources does not:
        // each set of names is resolved once, and the listener hears of each new one.
        private final Map<Set<String>, Map<DatasetFields.Part, String>> resolved = new HashMap<>();
        private final IndexTexts indexTexts = new IndexTexts();
        private boolean prepareIndex;
        private List<Object> rows = new ArrayList<>();
        private int articles;
        private long bytesRead;

        Rows(Path file, DatasetFields fields) {
            this.file = file;
            this.fields = fields;
        }

        @Override
        public void row(DatasetRow row) {
            Map<DatasetFields.Part, String> fieldOf = resolved.get(row.fields().keySet());
            if (fieldOf == null) {
                fieldOf = fields.resolve(row.fields().keySet());
                boolean seen = resolved.containsValue(fieldOf);
                resolved.put(Set.copyOf(row.fields().keySet()), fieldOf);
                if (!seen) {
                    rows.add(new Fields(fieldOf));
                }
            }
            DatasetArticles.Result result = DatasetArticles.of(file, row, fieldOf);
            if (result instanceof DatasetArticles.Article a) {
                if (articles == 0) {
                    // Which thread works out this batch's index text: this one while the importing thread still has a
                    // batch waiting (it is the slower), that one when it is waiting for this (this is the slower).
                    prepareIndex = !chunks.isEmpty();
                }
                ParsedArticle article = a.article().article();
                rows.add(new Prepared(a, prepareIndex ? indexTexts.of(article.title(), article.text()) : null));
                if (++articles >= DocumentImporter.BATCH_FILES) {
                    hand(true);
                }
            } else {
                rows.add(result);
            }
        }

        @Override
        public void bad(long line, String problem) {
            rows.add(new DatasetArticles.Bad(line, problem));
        }

        // Once the import stopped (cancelled, or it failed) the rest of the file is not even read.
        @Override
        public boolean enough() {
            return stopped;
        }

        @Override
        public void reached(long bytes) {
            bytesRead = bytes;
        }

        void hand(boolean full) {
            put(new Chunk(rows, articles, full, bytesRead));
            rows = new ArrayList<>();
            articles = 0;
        }
    }
}
