package hamish.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

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
        String value = rows.getString(column);
        return value == null ? null : Instant.parse(value);
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet rows, String column) throws SQLException {
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

    /** Executes an INSERT and returns the rowid SQLite gave the new row. */
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
