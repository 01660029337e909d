package hamish.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The one place that turns SQLite failures into messages a user can act on. */
final class SqliteErrors {

    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_NOTADB = 26;
    /** Extended code: the database file was unlinked or renamed while open (rollback-journal mode). */
    static final int SQLITE_READONLY_DBMOVED = 1032;

    private SqliteErrors() {
    }

    static StoreException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException && ((SQLiteException) e).getResultCode().code == SQLITE_READONLY_DBMOVED) {
            return new StoreException(moved(file), e);
        }
        String message;
        switch (primaryCode(e)) {
            case SQLITE_FULL:
                message = file + ": the disk is full; the last change was not saved, everything before it is safe";
                break;
            case SQLITE_BUSY, SQLITE_LOCKED:
                message = file + " is locked by another program (another Hamish window?)";
                break;
            case SQLITE_READONLY:
                message = readOnly(file);
                break;
            case SQLITE_CANTOPEN:
                message = "cannot open " + file + ": " + sqliteMessage(e);
                break;
            case SQLITE_NOTADB, SQLITE_CORRUPT:
                message = notHamish(file);
                break;
            default:
                message = file + ": database error: " + sqliteMessage(e);
                break;
        }
        return new StoreException(message, e);
    }

    static String readOnly(Path file) {
        return file + " is read-only; changes cannot be saved";
    }

    static String moved(Path file) {
        return file + " was deleted, renamed or replaced by another program while Hamish had it open; "
                + "this change was not saved. Open the file again to go on";
    }

    static String notHamish(Path file) {
        return file + " is not a Hamish database or is damaged; it was not changed";
    }

    /** SQLite's primary result code: the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT. */
    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException) {
            return ((SQLiteException) e).getResultCode().code & 0xFF;
        }
        return e.getErrorCode() & 0xFF;
    }

    /** SQLite's own words, without the driver's "[SQLITE_X] generic text (...)" wrapping. */
    static String sqliteMessage(SQLException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof SQLiteException) {
            SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
            String wrapper = "[" + code.name() + "] " + code.message + " (";
            if (text.startsWith(wrapper) && text.endsWith(")")) {
                return text.substring(wrapper.length(), text.length() - 1);
            }
        }
        return text;
    }
}
