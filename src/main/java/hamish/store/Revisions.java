package hamish.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Fresh revision numbers, from the database's one counter (see Migrations, step 4) or sequence (PostgresSchema). */
final class Revisions {

    private Revisions() {
    }

    /** A number no row of this database has had before; call it inside the writing transaction. */
    static long next(Connection c) throws SQLException {
        // On a team database a sequence: the one-row counter would make each writer wait for the others' commits.
        String sql = Dialect.of(c) == Dialect.SQLITE ? "UPDATE revision_counter SET value = value + 1 RETURNING value"
                : "SELECT nextval('revision_number')";
        try (PreparedStatement bump = c.prepareStatement(sql);
             ResultSet rows = bump.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the revision counter is missing");
            }
            return rows.getLong(1);
        }
    }
}
