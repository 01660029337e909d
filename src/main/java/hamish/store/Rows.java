package hamish.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Column conversions shared by the stores. Instants and dates are stored as ISO-8601 text: readable
 * with any SQLite tool and an exact round trip (Instant.toString keeps every nanosecond).
 */
final class Rows {

    private Rows() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return instant(rows.getString(column));
    }

    /** A column's text as an instant, null for SQL NULL. */
    static Instant instant(String value) {
        return value == null ? null : parseInstant(value);
    }

    /**
     * {@link Instant#parse}, with the form {@link Instant#toString} writes (yyyy-MM-ddTHH:mm:ss[.fraction]Z) read
     * directly: java.time's general parser costs tens of microseconds a value before the JIT has compiled it, and
     * {@code hamish list} reads a date and an instant for each of 10,000 documents in a JVM that has just started.
     */
    static Instant parseInstant(String value) {
        int n = value.length();
        if (n >= 20 && n <= 30 && value.charAt(10) == 'T' && value.charAt(13) == ':' && value.charAt(16) == ':'
                && value.charAt(n - 1) == 'Z' && (n == 20 || value.charAt(19) == '.' && n > 21)) {
            LocalDate day = parseIsoDate(value.substring(0, 10));
            int hour = number(value, 11, 13);
            int minute = number(value, 14, 16);
            int second = number(value, 17, 19);
            int nanos = n == 20 ? 0 : number(value, 20, n - 1) * (int) Math.pow(10, 9 - (n - 21));
            if (day != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && nanos >= 0) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(value);
    }

    /** A yyyy-MM-dd date read directly, or null when {@code value} is not one (see {@link #parseInstant}). */
    private static LocalDate parseIsoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The decimal number of ASCII digits {@code from}–{@code to}, or -1 when one is not a digit. */
    private static int number(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return parseDate(rows.getString(column));
    }

    /** A stored date, or null for none. */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        LocalDate direct = parseIsoDate(value);
        return direct != null ? direct : LocalDate.parse(value);
    }

    /**
     * The column as {@code getString} gives it, read as its UTF-8 bytes and decoded here. sqlite-jdbc's
     * {@code getString} wraps each value in a direct ByteBuffer through JNI and copies it out before decoding the
     * same bytes the same way (for NULL, empty text, numbers, NULs and invalid UTF-8 alike); {@code hamish list}'s
     * 60,000 text values were 20-30 ms faster read this way in a new JVM (docs/PERFORMANCE.md, {@code list}).
     * Hamish's files have SQLite's default encoding, UTF-8, in which a text value's bytes are what this reads.
     */
    static String text(ResultSet rows, int column) throws SQLException {
        if (!(rows instanceof org.sqlite.jdbc3.JDBC3ResultSet)) {
            return rows.getString(column); // PostgreSQL's driver decodes as it reads
        }
        byte[] bytes = rows.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the database holds an unknown " + type.getSimpleName() + " '" + value
                    + "' (written by a newer Hamish?)", e);
        }
    }

    /** An INSERT whose new row's id {@link #insertReturningId} reads: PostgreSQL's driver returns only the columns asked for. */
    static PreparedStatement prepareInsert(java.sql.Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, new String[] {"id"});
    }

    /** Executes an INSERT made by {@link #prepareInsert} and returns the id the database gave the new row. */
    static long insertReturningId(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id returned for the new row");
            }
            return keys.getLong(1);
        }
    }

    static int count(java.sql.Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    static boolean exists(java.sql.Connection connection, String table, long id) throws SQLException {
        return count(connection, "SELECT count(*) FROM " + table + " WHERE id = ?", id) > 0;
    }
}
