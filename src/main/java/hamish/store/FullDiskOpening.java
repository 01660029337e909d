package hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening a database read-only when the disk is full, so that what is saved can still be read.
 *
 * <p>A WAL database is read through its {@code -shm} index, which SQLite creates and sizes (32 KiB) on
 * the first open; on a full disk that fails with SQLITE_IOERR_SHMSIZE, even for {@code mode=ro}. Two
 * ways need no room (tried on a full tmpfs):
 * <ol>
 * <li>{@code mode=ro&readonly_shm=1}: SQLite maps an existing {@code -shm} read-only, or, when it is too
 *     short to hold the index (as the failed open leaves it), reads the log without it (its "unreliable
 *     shm" mode, which checks the log itself). It sees every committed change, those still in the log
 *     too, and takes the usual read locks, so another program writing at the same time is safe.</li>
 * <li>{@code immutable=1}, when there is no {@code -shm} at all: SQLite neither locks nor looks at the
 *     log. Safe only when the log holds nothing ({@code -wal} missing or empty): then every committed
 *     change is in the file, and no other connection has it open (a live connection keeps a
 *     {@code -shm}). With a log to replay and no index, the file is refused rather than shown without
 *     its last changes.</li>
 * </ol>
 */
final class FullDiskOpening {

    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    private FullDiskOpening() {
    }

    /** A read-only connection to {@code file}, or the disk-full refusal saying what is missing. */
    static Connection readOnly(Path file, SQLException cause) {
        try {
            return reading(DriverManager.getConnection(uri(file, "mode=ro&readonly_shm=1")));
        } catch (SQLException withIndex) {
            cause.addSuppressed(withIndex);
        }
        Path log = side(file, "-wal");
        try {
            if (Files.exists(log) && Files.size(log) > 0) {
                throw new StoreException(file + ": the disk is full, and the last changes saved in " + log.getFileName()
                        + " can only be read with room for SQLite's index of them; free some space and open it again", cause);
            }
            if (Files.exists(side(file, "-shm"))) {
                // Another connection may have the file open: reading without locks would not be safe.
                throw new StoreException(SqliteErrors.diskFull(file), cause);
            }
            return reading(DriverManager.getConnection(uri(file, "immutable=1")));
        } catch (SQLException | IOException e) {
            cause.addSuppressed(e);
            throw new StoreException(SqliteErrors.diskFull(file), cause);
        }
    }

    /** {@code connection} once it has read the schema: SQLite opens the file and its log only at the first read. */
    private static Connection reading(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rows.next();
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** An SQLite URI for {@code file}; '%', '?' and '#' are the characters its path part must escape. */
    private static String uri(Path file, String parameters) {
        String path = file.toAbsolutePath().toString().replace("%", "%25").replace("?", "%3F").replace("#", "%23");
        return "jdbc:sqlite:file:" + path + "?" + parameters;
    }

    private static Path side(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Which of the database file and its side files existed before an open, so that a failed first open can remove what it made. */
    record Before(Path file, boolean newFile, List<Path> absent) {

        static Before of(Path file) {
            List<Path> absent = new ArrayList<>();
            for (String suffix : SIDE_FILES) {
                if (!Files.exists(side(file, suffix))) {
                    absent.add(side(file, suffix));
                }
            }
            return new Before(file, !Files.exists(file), absent);
        }

        /** Removes the empty database file and the side files this open created (a new file on a full disk holds nothing). */
        void removeWhatTheAttemptCreated() {
            try {
                if (newFile && Files.exists(file) && Files.size(file) == 0) {
                    Files.delete(file);
                    for (Path p : absent) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException e) {
                // Empty files left beside a refused path; the message already says the disk is full.
            }
        }
    }
}
