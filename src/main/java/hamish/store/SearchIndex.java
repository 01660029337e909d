package hamish.store;

import hamish.model.Document;
import hamish.text.ArabicNormalizer;
import hamish.text.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Rows of the FTS5 table {@code document_search} (see migration 3): folded title and body, proclitic-free forms, variant keys. */
final class SearchIndex {

    /** bm25 ordering (smaller is better): a title hit weighs double, a proclitic-free or variant hit a little less than the word itself. */
    static final String RANK = "bm25(document_search, 2.0, 1.0, 0.8, 0.5)";

    private static final String INSERT = "INSERT INTO document_search (rowid, title, body, bare, variant) VALUES (?, ?, ?, ?, ?)";

    private SearchIndex() {
    }

    static void add(Connection c, long id, String title, String text) throws SQLException {
        try (PreparedStatement index = c.prepareStatement(INSERT)) {
            add(index, id, title, text);
        }
    }

    /** Indexes several documents with one statement: an import batch's documents, at the end of its transaction. */
    static void addAll(Connection c, List<Document> documents) throws SQLException {
        if (documents.isEmpty()) {
            return;
        }
        try (PreparedStatement index = c.prepareStatement(INSERT)) {
            for (Document d : documents) {
                add(index, d.id(), d.title(), d.text());
            }
        }
    }

    private static void add(PreparedStatement index, long id, String title, String text) throws SQLException {
        SearchKeys.Columns keys = SearchKeys.columns(title + "\n" + text);
        index.setLong(1, id);
        index.setString(2, ArabicNormalizer.fold(title));
        index.setString(3, ArabicNormalizer.fold(text));
        index.setString(4, keys.bare());
        index.setString(5, keys.variant());
        index.executeUpdate();
    }

    static void remove(Connection c, long id) throws SQLException {
        try (PreparedStatement unindex = c.prepareStatement("DELETE FROM document_search WHERE rowid = ?")) {
            unindex.setLong(1, id);
            unindex.executeUpdate();
        }
    }
}
