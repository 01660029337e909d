package hamish.store;

import hamish.text.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The search index's rows on a team database (PostgresSchema's {@code document_search}): the same words SQLite's FTS5
 * index holds, cut and folded in Java, written as tsvector literals so that no PostgreSQL dictionary changes them.
 */
final class PgSearchIndex {

    private PgSearchIndex() {
    }

    static void addAll(Connection c, List<SearchIndex.Entry> entries) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO document_search (document_id, words, variants) VALUES (?, ?::tsvector, ?::tsvector)")) {
            for (SearchIndex.Entry e : entries) {
                insert.setLong(1, e.id());
                insert.setString(2, TsVectors.weighted(e.text()));
                insert.setString(3, TsVectors.plain(e.text().variant()));
                insert.executeUpdate();
            }
        }
    }

    static void remove(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM document_search WHERE document_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }
}
