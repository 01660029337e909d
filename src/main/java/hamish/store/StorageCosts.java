package hamish.store;

import hamish.model.Document;
import hamish.text.IndexTexts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parts of an import's cost measured apart, for {@code hamish bench dataset}: what SQLite alone takes to store
 * the documents' rows, what folding the texts for the search index takes in Java, and what FTS5 alone takes to index
 * the folded texts. Each is timed on a scratch database with the product's schema and PRAGMAs, in transactions of
 * {@code batch} documents as the import commits them, so the reader sees where the import's time goes.
 */
public final class StorageCosts {

    /** Each part's cost over {@code documents} documents of {@code bytes} bytes of UTF-8 text. */
    public record Result(int documents, long bytes, Cost rowInsert, Cost fold, Cost ftsInsert) {
    }

    /**
     * Wall time and the measuring thread's CPU time, in milliseconds: on a machine shared with other work the
     * wall time grows with their load, the CPU time much less (SQLite's fsync waits are wall time only).
     */
    public record Cost(double wallMillis, double cpuMillis) {
        Cost plus(long wallNanos, long cpuNanos) {
            return new Cost(wallMillis + wallNanos / 1e6, cpuMillis + cpuNanos / 1e6);
        }

        Cost minus(Cost other) {
            return new Cost(wallMillis - other.wallMillis, cpuMillis - other.cpuMillis);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StorageCosts() {
    }

    /**
     * Inserts {@code documents} twice into a new database at {@code scratchFile} (deleted by the caller): first
     * the rows into {@code document} with one reused statement and nothing else (no index, no duplicate check),
     * then their search-index rows ({@link SearchIndex#addAll}: both FTS5 tables), the index text worked out in Java
     * ({@link IndexTexts}, as the import's reading thread does: words cut, folded, forms and variant keys) timed apart from the FTS5 insert.
     */
    public static Result measure(Path scratchFile, Iterable<Document> documents, int batch) {
        try (Database database = Database.open(scratchFile)) {
            long bytes = 0;
            int count = 0;
            for (Document d : documents) {
                bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
                count++;
            }
            Cost rows = inBatches(documents, batch, list -> database.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO document (title, outlet, published, language, text, "
                        + "content_hash, imported_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
                    for (Document d : list) {
                        insert.setString(1, d.title());
                        insert.setString(2, d.outlet());
                        Rows.setDate(insert, 3, d.published());
                        insert.setString(4, d.language());
                        insert.setString(5, d.text());
                        insert.setString(6, d.contentHash());
                        Rows.setInstant(insert, 7, d.importedAt());
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
            Cost[] fold = {new Cost(0, 0)};
            long[] id = {0};
            IndexTexts indexTexts = new IndexTexts();
            Cost indexing = inBatches(documents, batch, list -> {
                long f0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                List<SearchIndex.Entry> entries = new ArrayList<>(list.size());
                for (Document d : list) {
                    entries.add(new SearchIndex.Entry(++id[0], indexTexts.of(d.title(), d.text())));
                }
                fold[0] = fold[0].plus(System.nanoTime() - f0, THREADS.getCurrentThreadCpuTime() - c0);
                database.inTransaction(c -> {
                    SearchIndex.addAll(c, entries);
                    return null;
                });
            });
            return new Result(count, bytes, rows, fold[0], indexing.minus(fold[0]));
        }
    }

    /** Runs {@code work} on each batch of {@code documents}, each batch made before its clocks start; the time it took. */
    private static Cost inBatches(Iterable<Document> documents, int batch, Consumer<List<Document>> work) {
        Cost total = new Cost(0, 0);
        List<Document> list = new ArrayList<>(batch);
        Iterator<Document> it = documents.iterator();
        while (it.hasNext()) {
            list.add(it.next());
            if (list.size() == batch || !it.hasNext()) {
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                work.accept(list);
                total = total.plus(System.nanoTime() - t0, THREADS.getCurrentThreadCpuTime() - c0);
                list.clear();
            }
        }
        return total;
    }
}
