package hamish.store;

import hamish.text.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows of the search index (schema step 9): {@code document_search} (folded title and body, proclitic-free forms)
 * and {@code document_variant} (variant keys), both keyed by the document's id. See {@link SearchKeys#indexText}.
 */
final class SearchIndex {

    /** bm25 ordering (smaller is better): a title hit weighs double, a proclitic-free hit a little less than the word itself. */
    static final String RANK = "bm25(document_search, 2.0, 1.0, 0.8)";

    private static final String INSERT = "INSERT INTO document_search (rowid, title, body, bare) VALUES (?, ?, ?, ?)";
    private static final String INSERT_VARIANT = "INSERT INTO document_variant (rowid, variant) VALUES (?, ?)";

    /** A document's id and what the index holds for it, worked out before the transaction that writes it. */
    record Entry(long id, SearchKeys.IndexText text) {
    }

    private SearchIndex() {
    }

    /** Indexes one document: in FTS5 on SQLite, in {@link PgSearchIndex} on PostgreSQL (the connection says which). */
    static void add(Connection c, long id, SearchKeys.IndexText text) throws SQLException {
        addAll(c, List.of(new Entry(id, text)));
    }

    /** Indexes several documents with one statement per table: an import batch's documents, at the end of its transaction. */
    static void addAll(Connection c, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        if (Dialect.of(c) == Dialect.POSTGRES) {
            PgSearchIndex.addAll(c, entries);
            return;
        }
        try (PreparedStatement index = c.prepareStatement(INSERT);
             PreparedStatement variants = c.prepareStatement(INSERT_VARIANT)) {
            for (Entry e : entries) {
                index.setLong(1, e.id());
                index.setString(2, e.text().title());
                index.setString(3, e.text().body());
                index.setString(4, e.text().bare());
                index.executeUpdate();
                variants.setLong(1, e.id());
                variants.setString(2, e.text().variant());
                variants.executeUpdate();
            }
        }
    }

    static void remove(Connection c, long id) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRES) {
            PgSearchIndex.remove(c, id);
            return;
        }
        try (PreparedStatement unindex = c.prepareStatement("DELETE FROM document_search WHERE rowid = ?");
             PreparedStatement unvariant = c.prepareStatement("DELETE FROM document_variant WHERE rowid = ?")) {
            unindex.setLong(1, id);
            unindex.executeUpdate();
            unvariant.setLong(1, id);
            unvariant.executeUpdate();
        }
    }
}
