package hamish.store;

import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.model.Revision;
import hamish.text.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imported articles and their search index. A document's text changes only through {@link TextCorrection};
 * its details (title, outlet, date, URL) through {@link #updateDetails}, revision-checked like an annotation.
 */
public final class DocumentStore {

    private static final String COLUMNS = "id, title, outlet, published, language, text, content_hash, imported_at, url, author";

    private final Database database;
    private final String origin;
    /**
     * The documents inserted by the {@link #batch} running on this thread, to be indexed when its work ends. Per
     * thread: another thread's insert waits for the batch's lock and must index its own document.
     */
    private final ThreadLocal<List<SearchIndex.Entry>> toIndex = new ThreadLocal<>();

    public DocumentStore(Database database) {
        this(database, "");
    }

    /** {@code origin} names who writes through this store ("command line"); new documents carry it as their writer. */
    public DocumentStore(Database database, String origin) {
        this.database = database;
        this.origin = origin;
    }

    /** Stores {@code d} under a new id (any id it carries is ignored) and indexes its folded text. */
    public Document insert(Document d) {
        return insert(d, SearchKeys.indexText(d.title(), d.text()));
    }

    /**
     * {@link #insert(Document)} with the index text worked out already ({@link SearchKeys#indexText} of the
     * document's title and text): an import does that on its reading thread while this one writes.
     */
    public Document insert(Document d, SearchKeys.IndexText indexText) {
        List<SearchIndex.Entry> deferred = toIndex.get();
        Document stored = database.inTransaction(c -> {
            Optional<Document> existing = findByHash(c, d.contentHash());
            if (existing.isPresent()) {
                throw new StoreException("this text is already in the library as document " + existing.get().id()
                        + " (\"" + existing.get().title() + "\")");
            }
            Instant importedAt = d.importedAt() == null ? Instant.now() : d.importedAt();
            long id;
            try (PreparedStatement insert = Rows.prepareInsert(c, "INSERT INTO document (title, outlet, published, language, text, "
                    + "content_hash, imported_at, revision, changed_by, url, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.title());
                insert.setString(2, d.outlet());
                Rows.setDate(insert, 3, d.published());
                insert.setString(4, d.language());
                insert.setString(5, d.text());
                insert.setString(6, d.contentHash());
                Rows.setInstant(insert, 7, importedAt);
                insert.setLong(8, Revisions.next(c));
                insert.setString(9, origin);
                insert.setString(10, d.url());
                insert.setString(11, d.author());
                id = Rows.insertReturningId(insert);
            }
            if (deferred == null) {
                SearchIndex.add(c, id, indexText);
            }
            return new Document(id, d.title(), d.outlet(), d.published(), d.language(), d.text(), d.contentHash(), importedAt, d.url(), d.author());
        });
        if (deferred != null) {
            // Only once its own savepoint is released: a document whose insert failed is gone, and is not indexed.
            deferred.add(new SearchIndex.Entry(stored.id(), indexText));
        }
        return stored;
    }

    /**
     * Runs {@code work}, typically several {@link #insert}s, as one transaction. Each insert stays
     * all-or-nothing on its own (a savepoint); committing once per batch instead of once per file is what
     * lets a folder import reach its throughput. The documents inserted are indexed for search when
     * {@code work} ends, in the same transaction, with one statement: FTS5 writes out what it holds at every
     * savepoint, so indexing each document inside its own savepoint made one index segment per document, and
     * merging them was most of an import's time. The work must not change the documents it inserts. On
     * PostgreSQL the new search rows are then vacuumed ({@link Database#settleSearchIndex}).
     */
    public <T> T batch(Supplier<T> work) {
        if (toIndex.get() != null) {
            return database.inTransaction(c -> work.get());
        }
        List<SearchIndex.Entry> inserted = new ArrayList<>();
        T done = database.inTransaction(c -> {
            inserted.clear();
            toIndex.set(inserted);
            T result;
            try {
                result = work.get();
            } finally {
                toIndex.remove();
            }
            SearchIndex.addAll(c, inserted);
            return result;
        });
        if (!inserted.isEmpty()) {
            database.settleSearchIndex();
        }
        return done;
    }

    public Optional<Document> get(long id) {
        return database.read(c -> get(c, id));
    }

    private static Optional<Document> get(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM document WHERE id = ?")) {
            query.setLong(1, id);
            return one(query);
        }
    }

    /** The document whose text has this SHA-256, so an article imported twice is recognised. */
    public Optional<Document> findByHash(String sha256) {
        return database.read(c -> findByHash(c, sha256));
    }

    /**
     * The listing's query: only columns of the index document_listing (migration 8), so that SQLite scans that
     * index and not the table, whose rows hold every article's text. INDEXED BY because the planner does not
     * always see it: with the statistics PRAGMA optimize leaves (an older file has none for the new index), it
     * chose the content_hash index plus a sort, reading every row of the table as well.
     */
    static final String LIST = "SELECT d.id, d.title, d.outlet, d.published, d.imported_at, d.url, d.author, "
            + "(SELECT count(*) FROM annotation a WHERE a.document_id = d.id) AS annotations "
            + "FROM document d INDEXED BY document_listing ORDER BY d.id";

    /** Every document without its text, in import order, with its number of annotations. */
    public List<DocumentSummary> list() {
        return database.read(c -> {
            List<DocumentSummary> summaries = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(Dialect.of(c) == Dialect.SQLITE ? LIST
                    : LIST.replace(" INDEXED BY document_listing", ""));
                 ResultSet rows = query.executeQuery()) {
                // By position and as UTF-8 bytes (Rows.text): 10,000 rows of 8 values in a JVM that has just started.
                while (rows.next()) {
                    summaries.add(new DocumentSummary(rows.getLong(1), Rows.text(rows, 2), Rows.text(rows, 3),
                            Rows.parseDate(Rows.text(rows, 4)), Rows.instant(Rows.text(rows, 5)), rows.getInt(8),
                            Rows.text(rows, 6), Rows.text(rows, 7)));
                }
            }
            return summaries;
        });
    }

    /**
     * Writes the details in which {@code after} differs from {@code before} (title, outlet, published date, URL,
     * author) and nothing else, only while the row is at revision {@code expected}; the row is then at {@code next}
     * (an undo or redo gives back a revision the row had), or at a fresh revision by {@code next}'s writer
     * and time when {@code next.number()} is 0. A new title is indexed for search at once. Throws
     * {@link StaleRowException}, writing nothing, when the row is gone or at another revision. Returns the
     * document as stored.
     */
    public Document updateDetails(Document before, Document after, long expected, Revision next) {
        if (before.id() != after.id()) {
            throw new IllegalArgumentException("before and after are different documents");
        }
        boolean titleChanged = !before.title().equals(after.title());
        return database.inTransaction(c -> {
            // One fixed statement: each field is written only when it is one the caller changed (the odd parameters
            // 1 to 9), so a change made meanwhile to another field could never be overwritten by it.
            try (PreparedStatement update = c.prepareStatement("UPDATE document SET "
                    + "title = CASE WHEN ? THEN ? ELSE title END, "
                    + "outlet = CASE WHEN ? THEN ? ELSE outlet END, "
                    + "published = CASE WHEN ? THEN ? ELSE published END, "
                    + "url = CASE WHEN ? THEN ? ELSE url END, "
                    + "author = CASE WHEN ? THEN ? ELSE author END, "
                    + "updated = ?, revision = ?, changed_by = ? WHERE id = ? AND revision = ?")) {
                update.setBoolean(1, titleChanged);
                update.setString(2, after.title());
                update.setBoolean(3, !before.outlet().equals(after.outlet()));
                update.setString(4, after.outlet());
                update.setBoolean(5, !Objects.equals(before.published(), after.published()));
                Rows.setDate(update, 6, after.published());
                update.setBoolean(7, !before.url().equals(after.url()));
                update.setString(8, after.url());
                update.setBoolean(9, !before.author().equals(after.author()));
                update.setString(10, after.author());
                Rows.setInstant(update, 11, next.at());
                update.setLong(12, next.number() == 0 ? Revisions.next(c) : next.number());
                update.setString(13, next.changedBy());
                update.setLong(14, after.id());
                update.setLong(15, expected);
                if (update.executeUpdate() == 0) {
                    throw new StaleRowException("document", after.id(), revision(c, after.id()));
                }
            }
            Document stored = get(c, after.id()).orElseThrow();
            if (titleChanged) {
                // The index is contentless: a row cannot be updated in place, only deleted and added again,
                // with the title and the text as they now are (the bare and variant columns cover both).
                SearchIndex.remove(c, stored.id());
                SearchIndex.add(c, stored.id(), SearchKeys.indexText(stored.title(), stored.text()));
            }
            return stored;
        });
    }

    /** The row's revision and last writer; empty when it does not exist. */
    public Optional<Revision> revision(long id) {
        return database.read(c -> revision(c, id));
    }

    private static Optional<Revision> revision(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT revision, changed_by, updated FROM document WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Revision(rows.getLong(1), rows.getString(2), Rows.instant(rows, "updated")))
                        : Optional.empty();
            }
        }
    }

    /** Deletes the document with its annotations and their links (foreign keys cascade); absent ids are ignored. */
    public void delete(long id) {
        database.inTransaction(c -> {
            SearchIndex.remove(c, id);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    public int count() {
        return database.read(c -> Rows.count(c, "SELECT count(*) FROM document"));
    }

    /**
     * Ids of documents matching an FTS5 MATCH expression over folded text, best first (bm25, a title
     * hit weighing double). The caller folds the query and quotes user input; see {@link #searchWords}.
     * SQLite only: on PostgreSQL a {@link StoreException} says so (an FTS5 expression has no tsquery twin).
     */
    public List<Long> searchIds(String foldedQuery, int limit) {
        if (foldedQuery == null || foldedQuery.isBlank() || limit <= 0) {
            return List.of();
        }
        if (database.dialect() == Dialect.POSTGRES) {
            throw new StoreException(database.location() + ": an FTS5 search expression works on a SQLite database only; "
                    + "on PostgreSQL search with searchWords");
        }
        return database.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT rowid FROM document_search WHERE document_search MATCH ? "
                    + "ORDER BY " + SearchIndex.RANK + ", rowid LIMIT ?")) {
                query.setString(1, foldedQuery);
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Documents containing every word the user typed, after folding; FTS syntax in the text is taken literally. The
     * same documents on both backends (on PostgreSQL {@link PgSearchRanking#ids}); the order may differ.
     */
    public List<Long> searchWords(String userText, int limit) {
        if (database.dialect() == Dialect.POSTGRES) {
            return limit <= 0 ? List.of() : database.read(c -> PgSearchRanking.ids(c, userText, limit));
        }
        return searchIds(SearchQuery.allWords(userText), limit);
    }

    private static Optional<Document> findByHash(Connection c, String sha256) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM document WHERE content_hash = ?")) {
            query.setString(1, sha256);
            return one(query);
        }
    }

    private static Optional<Document> one(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new Document(rows.getLong("id"), rows.getString("title"), rows.getString("outlet"),
                    Rows.date(rows, "published"), rows.getString("language"), rows.getString("text"),
                    rows.getString("content_hash"), Rows.instant(rows, "imported_at"), rows.getString("url"),
                    rows.getString("author")));
        }
    }
}
