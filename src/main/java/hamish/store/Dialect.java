package hamish.store;

import java.sql.Connection;

/**
 * The engine behind a {@link Database}: SQLite, the embedded default, or PostgreSQL, a team's shared server
 * (docs/decisions/0010-two-backends.md). Store classes ask it where the two engines' SQL differs.
 */
enum Dialect {
    SQLITE,
    POSTGRES;

    /** The engine of a connection a store method was handed: which one is known from the driver's class alone. */
    static Dialect of(Connection c) {
        return c instanceof org.sqlite.SQLiteConnection ? SQLITE : POSTGRES;
    }

    /**
     * {@code column = ?} ignoring letter case, as a tag's name is compared: SQLite's NOCASE (ASCII letters), and on
     * PostgreSQL lower() on both sides, which the unique index on {@code lower(name)} answers.
     */
    String sameIgnoringCase(String column) {
        return this == SQLITE ? column + " = ? COLLATE NOCASE" : "lower(" + column + ") = lower(?)";
    }

    /** The column that keeps a table's insertion order where the table has no id: SQLite's rowid, PostgreSQL's seq. */
    String insertionOrder() {
        return this == SQLITE ? "rowid" : "seq";
    }
}
