package hamish.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts of the last few documents annotated, so that checking an annotation's quote does not read a
 * whole article per click. Each use still asks the database for the document's content hash (a few
 * bytes), so a deleted or replaced document is never checked against a stale text.
 */
final class DocumentTextCache {

    private record Entry(String hash, String text) {
    }

    private static final int SIZE = 16;

    private final Map<Long, Entry> entries = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > SIZE;
        }
    };

    /** The document's text, or null when there is no such document. */
    synchronized String text(Connection c, long documentId) throws SQLException {
        String hash = query(c, "SELECT content_hash FROM document WHERE id = ?", documentId);
        if (hash == null) {
            entries.remove(documentId);
            return null;
        }
        Entry cached = entries.get(documentId);
        if (cached != null && cached.hash().equals(hash)) {
            return cached.text();
        }
        String text = query(c, "SELECT text FROM document WHERE id = ?", documentId);
        entries.put(documentId, new Entry(hash, text));
        return text;
    }

    private static String query(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
