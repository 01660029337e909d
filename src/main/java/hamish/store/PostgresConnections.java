package hamish.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Connections to a team database's server, set up the same way at the first open and after a lost connection. */
final class PostgresConnections {

    private PostgresConnections() {
    }

    static Connection connect(PostgresTarget server) {
        try {
            Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.connectionProperties());
            try (Statement statement = connection.createStatement()) {
                // A statement waiting for another user's lock gives up after 10 s with a message instead of hanging the action.
                statement.execute("SET lock_timeout = '10s'");
            }
            return connection;
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("08")) {
                throw new ConnectionLostException("cannot reach the team database " + server + ": " + firstLine(e)
                        + " (is the server running, and does it accept connections from here?)", false, e);
            }
            throw PostgresErrors.translate(server.toString(), e, false);
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
