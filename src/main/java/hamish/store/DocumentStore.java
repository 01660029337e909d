package hamish.store;

import hamish.model.Document;
import hamish.model.DocumentSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Imported articles and their search index. A document's text changes only through {@link TextCorrection}. */
public final class DocumentStore {

    private static final String COLUMNS = "id, title, outlet, published, language, text, content_hash, imported_at";

    private final Database database;

    public DocumentStore(Database database) {
        this.database = database;
    }

    /** Stores {@code d} under a new id (any id it carries is ignored) and indexes its folded text. */
    public Document insert(Document d) {
        return database.inTransaction(c -> {
            Optional<Document> existing = findByHash(c, d.contentHash());
            if (existing.isPresent()) {
                throw new StoreException("this text is already in the library as document " + existing.get().id()
                        + " (\"" + existing.get().title() + "\")");
            }
            Instant importedAt = d.importedAt() == null ? Instant.now() : d.importedAt();
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO document "
                    + "(title, outlet, published, language, text, content_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.title());
                insert.setString(2, d.outlet());
                Rows.setDate(insert, 3, d.published());
                insert.setString(4, d.language());
                insert.setString(5, d.text());
                insert.setString(6, d.contentHash());
                Rows.setInstant(insert, 7, importedAt);
                id = Rows.insertReturningId(insert);
            }
            SearchIndex.add(c, id, d.title(), d.text());
            return new Document(id, d.title(), d.outlet(), d.published(), d.language(), d.text(), d.contentHash(), importedAt);
        });
    }

    public Optional<Document> get(long id) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM document WHERE id = ?")) {
                query.setLong(1, id);
                return one(query);
            }
        });
    }

    /** The document whose text has this SHA-256, so an article imported twice is recognised. */
    public Optional<Document> findByHash(String sha256) {
        return database.read(c -> findByHash(c, sha256));
    }

    /** Every document without its text, in import order, with its number of annotations. */
    public List<DocumentSummary> list() {
        return database.read(c -> {
            List<DocumentSummary> summaries = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, d.title, d.outlet, d.published, d.imported_at, "
                    + "(SELECT count(*) FROM annotation a WHERE a.document_id = d.id) AS annotations "
                    + "FROM document d ORDER BY d.id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    summaries.add(new DocumentSummary(rows.getLong("id"), rows.getString("title"), rows.getString("outlet"),
                            Rows.date(rows, "published"), Rows.instant(rows, "imported_at"), rows.getInt("annotations")));
                }
            }
            return summaries;
        });
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
     */
    public List<Long> searchIds(String foldedQuery, int limit) {
        if (foldedQuery == null || foldedQuery.isBlank() || limit <= 0) {
            return List.of();
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

    /** Documents containing every word the user typed, after folding; FTS syntax in the text is taken literally. */
    public List<Long> searchWords(String userText, int limit) {
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
                    rows.getString("content_hash"), Rows.instant(rows, "imported_at")));
        }
    }
}
