package hamish.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a database holds, as text: schema, version pragmas and every row of every table (the search
 * index's shadow tables included), rows sorted, so "the database is unchanged" can be asserted exactly.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** The whole content of {@code db}; opens a plain connection that writes nothing. */
    public static String of(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            StringBuilder out = new StringBuilder();
            out.append("user_version=").append(single(st, "PRAGMA user_version"))
                    .append(" application_id=").append(single(st, "PRAGMA application_id")).append('\n');
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = st.executeQuery("SELECT name, sql FROM sqlite_schema ORDER BY type, name")) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append(": ").append(rows.getString(2)).append('\n');
                }
            }
            try (ResultSet rows = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' "
                    + "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                out.append("== ").append(table).append('\n');
                for (String row : rows(st, table)) {
                    out.append(row).append('\n');
                }
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump " + db, e);
        }
    }

    /** SHA-256 of {@link #of}: short enough for a failure message. */
    public static String hash(Path db) {
        return sha256(of(db).getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the file's bytes, for files that must not even be opened by SQLite. */
    public static String fileHash(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String integrity(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            return single(st, "PRAGMA integrity_check");
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public static int count(Path db, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // Test code with table names from the test itself.
            return Integer.parseInt(single(st, "SELECT count(*) FROM " + table));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table + " in " + db, e);
        }
    }

    private static List<String> rows(Statement st, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.append(i > 1 ? " | " : "").append(value instanceof byte[] ? HexFormat.of().formatHex((byte[]) value) : value);
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
