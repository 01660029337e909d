package hamish.store;

import hamish.text.ArabicNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Folding on a team database, where SQL cannot call {@link ArabicNormalizer#fold} (SQLite runs it as the
 * function {@code hamish_fold}): the names are read and folded here. An entity lookup that misses its stored
 * {@code name_key} reads every name and alias once, a few milliseconds for thousands of entities.
 */
final class JavaFolding {

    private JavaFolding() {
    }

    /** Entities whose name, or one of whose aliases, folds to {@code folded}: by name first, each in id order. */
    static Set<Long> entitiesNamed(Connection c, String folded) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        collect(c, "SELECT id, canonical_name FROM entity ORDER BY id", folded, ids);
        collect(c, "SELECT entity_id, alias FROM entity_alias ORDER BY entity_id", folded, ids);
        return ids;
    }

    /** Whether {@code text} holds {@code folded} once folded itself: the note and title filters of annotation search. */
    static boolean contains(String text, String folded) {
        return text != null && ArabicNormalizer.fold(text).contains(folded);
    }

    private static void collect(Connection c, String sql, String folded, Set<Long> ids) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (ArabicNormalizer.fold(rows.getString(2)).equals(folded)) {
                    ids.add(rows.getLong(1));
                }
            }
        }
    }
}
