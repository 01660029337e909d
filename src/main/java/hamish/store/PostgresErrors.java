package hamish.store;

import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL's errors in the user's words, naming the team database; the SQL states are the server's. */
final class PostgresErrors {

    private PostgresErrors() {
    }

    static StoreException translate(String name, SQLException e, boolean committing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (lost(state)) {
            if (committing) {
                return new ConnectionLostException("lost the connection to the team database " + name + " while it was saving ("
                        + reason(e) + "); the server did not confirm the save, so it may or may not have been kept: "
                        + "look again after reconnecting. Hamish connects again at your next action", true, e);
            }
            return new ConnectionLostException("lost the connection to the team database " + name + " (" + reason(e)
                    + "); this action was not saved (the server drops an unfinished one). "
                    + "Hamish connects again at your next action", false, e);
        }
        return switch (state) {
            case "40001", "40P01" -> new ConcurrentChangeException("another user changed the same rows of " + name
                    + " while this action was being saved; nothing of it was saved, so as not to overwrite their change. "
                    + "Look at their change and try again", e);
            case "23505" -> new ConcurrentChangeException("another user saved the same at the same moment on " + name
                    + " (" + reason(e) + "); nothing of this action was saved. Try again", e);
            case "28P01", "28000" -> new StoreException("the server of " + name + " refused the user: " + reason(e)
                    + " (the password comes from PGPASSWORD or ~/.pgpass)", e);
            case "3D000" -> new StoreException("the database of " + name + " does not exist on the server; "
                    + "create it first (createdb), see the README's team database section", e);
            case "53100" -> new StoreException("the disk of the server of " + name + " is full; nothing of this action "
                    + "was saved", e);
            case "42501" -> new StoreException("the user of " + name + " may not do this: " + reason(e), e);
            default -> new StoreException(name + ": database error: " + reason(e), e);
        };
    }

    /** Whether the failure means the connection is gone (the server stopped, restarted, or the network broke). */
    static boolean connectionLost(Throwable failure, Connection connection) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && lost(sql.getSQLState())) {
                return true;
            }
        }
        try {
            return connection == null || connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** The first SQL failure behind {@code failure}, for a message; a plain one when there is none. */
    static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return new SQLException(failure.getMessage(), "08006", failure);
    }

    private static boolean lost(String state) {
        // 08: connection exceptions; 57P01-57P03: the server shut down or is starting.
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
