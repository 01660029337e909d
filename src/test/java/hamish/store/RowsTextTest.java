package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Rows#text} (a column read as UTF-8 bytes) gives exactly what {@code getString} gives, for every kind of value
 * a listing column can hold, damaged or written by another tool included.
 */
class RowsTextTest {

    @Test
    void readsWhatGetStringReads(@TempDir Path dir) {
        String[] texts = {"", "عنوان الخبر", "tab\there\nnew line", "nul\0inside", "emoji 😀 and \u202E bidi", "\u0085\u2028"};
        try (Database database = Database.open(dir.resolve("t.db"))) {
            RawSql.read(database, c -> {
                for (String text : texts) {
                    try (PreparedStatement query = c.prepareStatement("SELECT ?")) {
                        query.setString(1, text);
                        try (ResultSet rows = query.executeQuery()) {
                            rows.next();
                            assertEquals(text, Rows.text(rows, 1));
                        }
                    }
                }
                // NULL, numbers, a blob, and bytes that are not UTF-8 (a damaged or foreign value).
                try (ResultSet rows = c.createStatement().executeQuery("SELECT NULL, 12, 1.5, x'ff41c3', CAST(x'e282' AS TEXT)")) {
                    rows.next();
                    for (int column = 1; column <= 5; column++) {
                        assertEquals(rows.getString(column), Rows.text(rows, column), "column " + column);
                    }
                }
                return null;
            });
        }
    }
}
