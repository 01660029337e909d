package hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The one place that turns SQLite failures into messages a user can act on. */
final class SqliteErrors {

    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_NOTADB = 26;
    /** Extended code: the database file was unlinked or renamed while open (rollback-journal mode). */
    static final int SQLITE_READONLY_DBMOVED = 1032;

    /**
     * Below this much free space an I/O error is taken for the disk being full. SQLite reports a full disk
     * as SQLITE_FULL only when a write to the database or its log fails; when it cannot size its
     * shared-memory index ({@code -shm}, 32 KiB at least) it reports an I/O error (SQLITE_IOERR_SHMSIZE),
     * and JDBC does not pass on the errno (ENOSPC) that would say why.
     */
    static final long LOW_SPACE_BYTES = 1024 * 1024;

    private SqliteErrors() {
    }

    /**
     * Whether {@code e} is the disk being full: SQLite says so, or an I/O error, or a side file that could not
     * be created (no room for one more file: SQLITE_CANTOPEN for the {@code -shm}), on a file system with
     * (almost) no room left.
     */
    static boolean diskFull(Path file, SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_FULL || (code == SQLITE_IOERR || code == SQLITE_CANTOPEN) && freeBytes(file) < LOW_SPACE_BYTES;
    }

    /** The room left where {@code file} lives; unknown counts as plenty, so that a real I/O error is reported as one. */
    private static long freeBytes(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            return Files.getFileStore(folder == null ? file.toAbsolutePath() : folder).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    static StoreException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException && ((SQLiteException) e).getResultCode().code == SQLITE_READONLY_DBMOVED) {
            return new StoreException(moved(file), e);
        }
        String message;
        switch (primaryCode(e)) {
            case SQLITE_FULL:
                message = diskFull(file);
                break;
            case SQLITE_IOERR:
                message = diskFull(file, e) ? diskFull(file) : file + ": database error: " + sqliteMessage(e);
                break;
            case SQLITE_BUSY, SQLITE_LOCKED:
                message = file + " is locked by another program (another Hamish window?)";
                break;
            case SQLITE_READONLY:
                message = readOnly(file);
                break;
            case SQLITE_CANTOPEN:
                message = diskFull(file, e) ? diskFull(file) : "cannot open " + file + ": " + sqliteMessage(e);
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

    static String diskFull(Path file) {
        return file + ": the disk is full; the last change was not saved, everything before it is safe";
    }

    static String noRoomForANewDatabase(Path file) {
        return file + ": the disk is full; a new database cannot be created there";
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
