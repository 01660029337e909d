package hamish.store;

import hamish.text.ArabicNormalizer;
import hamish.text.SearchKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.sqlite.Function;

/**
 * One Hamish database file: a single SQLite connection behind a lock, so the window's background
 * executor and the command line can both use it without sharing a connection unsafely.
 *
 * <p>Opening looks before it writes: the schema version and application id are read first, and a
 * file from a newer Hamish, or not from Hamish at all, is refused untouched. An older file is copied
 * to a dated backup next to it and then migrated (see {@link Migrations}).
 */
public final class Database implements AutoCloseable {

    /** 'HAMS': marks the file as ours, so a stranger's SQLite file is never migrated into shape. */
    public static final int APPLICATION_ID = 0x48414D53;
    public static final int SCHEMA_VERSION = Migrations.latest();
    /** SQL function folding Arabic like {@link ArabicNormalizer#fold}, registered on every connection. */
    static final String FOLD_FUNCTION = "hamish_fold";
    /** {@code hamish_bare(text)}: the proclitic-free forms of the text's words ({@link SearchKeys#procliticFreeColumn}). */
    static final String BARE_FUNCTION = "hamish_bare";
    /** {@code hamish_variants(text)}: the spelling-variant keys of the text's words ({@link SearchKeys#skeletonColumn}). */
    static final String VARIANT_FUNCTION = "hamish_variants";
    /** {@code hamish_words(text)}: the text's folded words, space-separated (search index of step 9, {@link SearchKeys#foldedWords}). */
    static final String WORDS_FUNCTION = "hamish_words";
    /** {@code hamish_forms(text)}: each distinct proclitic-free form of the text's words ({@link SearchKeys#formsColumn}). */
    static final String FORMS_FUNCTION = "hamish_forms";
    /** {@code hamish_variant_keys(text)}: each distinct variant key of the text's words ({@link SearchKeys#variantKeysColumn}). */
    static final String VARIANT_KEYS_FUNCTION = "hamish_variant_keys";

    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Path file;
    /** How messages name the database: the file, or the server address without its password. */
    private final String name;
    private final Dialect dialect;
    /** The server a team database reconnects to after a lost connection; null for a file. */
    private final PostgresTarget server;
    private Connection connection;
    /** The connection to the server failed; the next transaction connects again before it starts. */
    private boolean broken;
    private final Path backup;
    private final ReentrantLock lock = new ReentrantLock();
    private final FileIdentity identity;
    private int depth;
    private boolean outerReadOnly;
    private boolean closed;
    private boolean moved;
    /** Opened read-only because the disk was full (see {@link FullDiskOpening}): every write is refused up front. */
    private final boolean readOnlyForFullDisk;

    private Database(Path file, Connection connection, Path backup, boolean readOnlyForFullDisk) {
        this.file = file;
        this.name = file.toString();
        this.dialect = Dialect.SQLITE;
        this.server = null;
        this.connection = connection;
        this.backup = backup;
        this.readOnlyForFullDisk = readOnlyForFullDisk;
        this.identity = FileIdentity.of(file);
    }

    private Database(PostgresTarget server, Connection connection) {
        this.file = null;
        this.name = server.toString();
        this.dialect = Dialect.POSTGRES;
        this.server = server;
        this.connection = connection;
        this.backup = null;
        this.readOnlyForFullDisk = false;
        this.identity = null;
    }

    /**
     * Opens what a {@code --db} value names: a {@code postgresql://} URL (a team database on a server, see
     * {@link PostgresTarget}) or else a file path (SQLite).
     */
    public static Database open(String target) {
        if (PostgresTarget.isUrl(target)) {
            return openServer(PostgresTarget.parse(target), SCHEMA_VERSION);
        }
        return open(Path.of(target));
    }

    /** Opens a team database, creating its schema when the database is empty. */
    static Database openServer(PostgresTarget server, int target) {
        Connection connection = PostgresConnections.connect(server);
        try {
            PostgresSchema.prepare(connection, server.toString(), target);
            Database database = new Database(server, connection);
            database.rememberBackendProcess();
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw PostgresErrors.translate(server.toString(), e, false);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Opens {@code file}, creating it when missing and migrating it when it is older than this Hamish. */
    public static Database open(Path file) {
        return open(file, Migrations.ALL);
    }

    /** Opens with only the given migrations: tests use it to build a database as an older Hamish did. */
    static Database open(Path file, List<Migration> migrations) {
        int target = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        checkPath(file);
        FullDiskOpening.Before before = FullDiskOpening.Before.of(file);
        try {
            return openWritable(file, migrations, target);
        } catch (SQLException e) {
            if (!SqliteErrors.diskFull(file, e)) {
                throw SqliteErrors.translate(file, e);
            }
            return openOnFullDisk(file, target, before, e);
        }
    }

    private static Database openWritable(Path file, List<Migration> migrations, int target) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            // A lock held by another program is waited for, not failed on at once. Setting it writes nothing.
            execute(connection, "PRAGMA busy_timeout = 5000");
            int version = inspect(file, connection, target);
            Path backup = version >= 1 && version < target ? backupBeforeMigrating(file, connection, version) : null;
            execute(connection, "PRAGMA foreign_keys = ON");
            execute(connection, "PRAGMA journal_mode = WAL");
            // FULL: a committed user action must survive a power cut; it costs ~0.2 ms per transaction
            // here (NORMAL: 0.02 ms but may lose the last commits), far below what a click can notice.
            execute(connection, "PRAGMA synchronous = FULL");
            // 32 MB page cache instead of 2 MB: FTS5 merges its index segments while documents are
            // imported, and re-reading them from disk was a measured fifth of the import time.
            execute(connection, "PRAGMA cache_size = -32768");
            registerFunctions(connection);
            Migrations.apply(connection, version, migrations);
            return new Database(file, connection, backup, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * The disk is full and the usual open failed (SQLite could not size the {@code -shm} index of its
     * write-ahead log, or write the log). What is saved can still be read: the file is opened read-only
     * ({@link FullDiskOpening}) and every write is refused with the disk-full message. A file that does
     * not exist yet, or that needs a migration, needs room, so it is refused, and what the attempt
     * created is removed.
     */
    private static Database openOnFullDisk(Path file, int target, FullDiskOpening.Before before, SQLException cause) {
        if (before.newFile()) {
            before.removeWhatTheAttemptCreated();
            throw new StoreException(SqliteErrors.noRoomForANewDatabase(file), cause);
        }
        Connection connection = FullDiskOpening.readOnly(file, cause);
        try {
            execute(connection, "PRAGMA busy_timeout = 5000");
            int version = inspect(file, connection, target);
            if (version == 0) {
                throw new StoreException(SqliteErrors.noRoomForANewDatabase(file), cause);
            }
            if (version < target) {
                throw new StoreException(file + ": the disk is full; this database must be upgraded to this version of Hamish "
                        + "before it can be opened, which needs room. It was not changed; free some space and open it again", cause);
            }
            execute(connection, "PRAGMA foreign_keys = ON");
            registerFunctions(connection);
            return new Database(file, connection, null, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteErrors.translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void registerFunctions(Connection connection) throws SQLException {
        Function.create(connection, FOLD_FUNCTION, new TextFunction(ArabicNormalizer::fold), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, BARE_FUNCTION, new TextFunction(SearchKeys::procliticFreeColumn), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, VARIANT_FUNCTION, new TextFunction(SearchKeys::skeletonColumn), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, WORDS_FUNCTION, new TextFunction(SearchKeys::foldedWords), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, FORMS_FUNCTION, new TextFunction(SearchKeys::formsColumn), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, VARIANT_KEYS_FUNCTION, new TextFunction(SearchKeys::variantKeysColumn), 1, Function.FLAG_DETERMINISTIC);
    }

    /** The database's file; a team database on a server has none (see {@link #location}). */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException(name + " is a database on a server, not a file");
        }
        return file;
    }

    /** The file's absolute path, or the server's address (user, host, port, database; never the password). */
    public String location() {
        return file == null ? name : file.toAbsolutePath().toString();
    }

    /** Whether this is a team database on a PostgreSQL server rather than a file. */
    public boolean onServer() {
        return dialect == Dialect.POSTGRES;
    }

    /** Bytes the team database takes on its server (tables, indexes, the server's own catalogue); for benchmarks. */
    public long serverSizeBytes() {
        if (!onServer()) {
            throw new IllegalStateException(location() + " is a file, not a team database: its size is the file's");
        }
        return read(c -> {
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet rows = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Which engine's SQL the stores write for this database. */
    Dialect dialect() {
        return dialect;
    }

    /** The copy written before this open migrated an older file, if it did. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(backup);
    }

    /**
     * Runs {@code work}, which calls store methods, as one committed transaction, rolled back if it
     * throws: the store methods it calls join it. The way for code outside this package to make several
     * writes one user action without seeing SQL.
     */
    public <T> T transaction(java.util.function.Supplier<T> work) {
        return run(c -> work.get(), false);
    }

    /** As {@link #transaction}, for work that only reads: one consistent snapshot, never waiting for the write lock. */
    public <T> T snapshot(java.util.function.Supplier<T> work) {
        return run(c -> work.get(), true);
    }

    /**
     * After many search rows were written on PostgreSQL (an import batch, a copy): VACUUM the term rows, outside any
     * transaction, so that the visibility map covers them and a search reads its index alone. An index-only scan
     * visits the table for every row on a page not yet marked all-visible: right after an import of 10,000 articles
     * a common word's first page took twice as long until autovacuum came by, a minute or more later. Nothing on
     * SQLite or inside a transaction. A vacuum already running (SKIP_LOCKED) or a user who does not own the table (a
     * warning) leaves it to autovacuum; so does any failure, which the next action meets again if it matters.
     */
    void settleSearchIndex() {
        lock.lock();
        try {
            if (dialect != Dialect.POSTGRES || depth > 0 || closed || broken) {
                return;
            }
            execute(connection, "VACUUM (SKIP_LOCKED) document_term");
        } catch (SQLException e) {
            // left to autovacuum: the search is right either way, only slower until then
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} as one committed transaction, rolled back if it throws. Calls nested inside
     * {@code work} (a store method calling another) join the outer transaction.
     */
    <T> T inTransaction(SqlWork<T> work) {
        return run(work, false);
    }

    /**
     * Runs {@code work}, which only reads, as one read transaction. Unlike {@link #inTransaction} it does
     * not wait for the write lock, so reading goes on while another program holds a long write (WAL
     * readers never block). A write nested inside it is refused, since it could not wait for the lock.
     */
    <T> T read(SqlWork<T> work) {
        return run(work, true);
    }

    private <T> T run(SqlWork<T> work, boolean readOnly) {
        lock.lock();
        try {
            if (closed) {
                throw new StoreException(name + " is closed");
            }
            if (readOnlyForFullDisk && !readOnly) {
                throw new StoreException(SqliteErrors.diskFull(file));
            }
            if (depth > 0) {
                if (outerReadOnly && !readOnly) {
                    throw new IllegalStateException("a write transaction cannot be nested in a read of " + file);
                }
                return joinOuter(work);
            }
            depth = 1;
            outerReadOnly = readOnly;
            if (dialect == Dialect.POSTGRES) {
                try {
                    return runOnServer(work, readOnly);
                } finally {
                    depth = 0;
                }
            }
            noticeIfMoved();
            try {
                // BEGIN IMMEDIATE takes the write lock up front: in WAL mode a read transaction that
                // later writes can fail with SQLITE_BUSY without waiting for busy_timeout. Plain
                // statements rather than setAutoCommit(false), because the driver's commit() starts the
                // next transaction at once and could report a lock error after the data was committed.
                // A moved file is query-only (see noticeIfMoved), and query-only refuses IMMEDIATE.
                execute(connection, readOnly || moved ? "BEGIN" : "BEGIN IMMEDIATE");
                T result = work.run(connection);
                execute(connection, "COMMIT");
                return result;
            } catch (SQLException e) {
                rollbackQuietly(connection, e);
                if (moved && SqliteErrors.primaryCode(e) == SqliteErrors.SQLITE_READONLY) {
                    throw new StoreException(SqliteErrors.moved(file), e);
                }
                throw SqliteErrors.translate(file, e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                depth = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * One transaction on the server. Writes run at REPEATABLE READ: a row another user changed since this
     * transaction began is not overwritten, PostgreSQL refuses the update and the user is told (not retried:
     * the action is the user's to repeat once they see the change). Reads see one snapshot and never wait.
     */
    private <T> T runOnServer(SqlWork<T> work, boolean readOnly) {
        if (broken) {
            reconnect();
        }
        boolean committing = false;
        try {
            execute(connection, readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN ISOLATION LEVEL REPEATABLE READ");
            T result = work.run(connection);
            committing = true;
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            broken = PostgresErrors.connectionLost(e, connection);
            throw PostgresErrors.translate(name, e, committing);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            broken = PostgresErrors.connectionLost(e, connection);
            if (broken && e instanceof StoreException && !(e instanceof StaleRowException) && !(e instanceof ConnectionLostException)) {
                throw PostgresErrors.translate(name, PostgresErrors.sqlCause(e), false);
            }
            throw e;
        }
    }

    /**
     * Calls {@code onChange} (on a thread of its own) with the tables other users changed, within about a second of
     * their commit; {@link ServerChanges#EVERYTHING} after a lost connection. A file has no other writers to hear
     * from: nothing is ever called. Close the result to stop listening.
     */
    public AutoCloseable watchOthers(java.util.function.Consumer<java.util.Set<String>> onChange) {
        if (dialect != Dialect.POSTGRES) {
            return () -> { };
        }
        return new ServerChanges(server, this::backendProcess, onChange);
    }

    /** The server process of this database's connection: the notices of its own commits carry it. */
    private volatile long backendProcess = -1;

    private long backendProcess() {
        return backendProcess;
    }

    private void rememberBackendProcess() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            backendProcess = row.next() ? row.getLong(1) : -1;
        }
    }

    /** A new connection after the old one was lost (the server restarted, the network dropped). */
    private void reconnect() {
        closeQuietly(connection);
        connection = PostgresConnections.connect(server);
        broken = false;
        try {
            rememberBackendProcess();
        } catch (SQLException e) {
            broken = true;
            throw PostgresErrors.translate(name, e, false);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (dialect == Dialect.POSTGRES) {
                closeQuietly(connection);
                return;
            }
            noticeIfMoved();
            if (!readOnlyForFullDisk) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA optimize");
                } catch (SQLException e) {
                    // Only a hint for the query planner; a read-only file cannot take it.
                }
            }
            try {
                connection.close();
            } catch (SQLException e) {
                throw SqliteErrors.translate(file, e);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Notices that the file was deleted, renamed or replaced since it was opened. The connection still
     * holds the old file, so reads go on; writes are refused, since the user can no longer see where they
     * would go. The write-ahead log is emptied into the old file at once: SQLite leaves the {@code -wal}
     * beside the path when it closes a moved database, and would replay it into whatever file now has
     * that name, overwriting its pages (tested in FileMovedWhileOpenTest).
     */
    private void noticeIfMoved() {
        if (moved || identity.stillAt(file)) {
            return;
        }
        moved = true;
        try {
            execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            execute(connection, "PRAGMA query_only = ON");
        } catch (SQLException e) {
            // Best effort: another connection may hold the log; writes are refused by the flag above anyway.
        }
    }

    /**
     * Nested work joins the outer transaction inside a savepoint, so it stays all-or-nothing on its own:
     * a folder import can commit many files at once and still leave no trace of the one file that failed.
     */
    private <T> T joinOuter(SqlWork<T> work) {
        depth++;
        String savepoint = "nested_" + depth;
        try {
            execute(connection, "SAVEPOINT " + savepoint);
            T result = work.run(connection);
            execute(connection, "RELEASE " + savepoint);
            return result;
        } catch (SQLException e) {
            undo(savepoint, e);
            throw dialect == Dialect.POSTGRES ? PostgresErrors.translate(name, e, false) : SqliteErrors.translate(file, e);
        } catch (RuntimeException | Error e) {
            undo(savepoint, e);
            throw e;
        } finally {
            depth--;
        }
    }

    private void undo(String savepoint, Throwable cause) {
        try {
            execute(connection, "ROLLBACK TO " + savepoint);
            execute(connection, "RELEASE " + savepoint);
        } catch (SQLException e) {
            // The outer transaction is rolled back as a whole when this failure reaches it.
            cause.addSuppressed(e);
        }
    }

    private static void checkPath(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open " + file + ": it is a folder, not a database file");
        }
        // A device, pipe or socket never reaches SQLite: opening a pipe blocks, and SQLite writes its
        // journal beside the path (/dev/null-journal) before it finds that the "file" keeps nothing.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            String kind = "a special file";
            try {
                kind = FileKind.of(file, Files.readAttributes(file, BasicFileAttributes.class));
            } catch (IOException e) {
                // Gone or unreadable since the check: still not a file to open.
            }
            throw new StoreException("cannot open " + file + " as a database: it is " + kind + FileKind.linkNote(file)
                    + ", not a file; nothing was created");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot open " + file + ": the folder " + parent + " does not exist");
        }
        // Refused before connecting: reading a WAL database creates -wal and -shm files with the
        // database's permissions, and a read-only -shm left behind keeps the file read-only for SQLite
        // even after the user makes it writable again.
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException(SqliteErrors.readOnly(file));
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new StoreException("cannot open " + file + ": the folder " + parent
                    + " is read-only, and SQLite keeps its journal beside the database");
        }
    }

    /** Reads the file's identity without writing to it; returns its schema version or refuses it. */
    private static int inspect(Path file, Connection connection, int target) throws SQLException {
        int applicationId = pragmaInt(connection, "application_id");
        int version = pragmaInt(connection, "user_version");
        if (applicationId == APPLICATION_ID && version > SCHEMA_VERSION) {
            throw new NewerSchemaException(file + ": written by a newer version of Hamish (schema " + version
                    + ", this version reads up to " + SCHEMA_VERSION + "); it was not changed");
        }
        if (applicationId == APPLICATION_ID && version > target) {
            throw new IllegalArgumentException(file + " is at schema " + version + ", past the requested " + target);
        }
        boolean fresh = applicationId == 0 && version == 0 && !hasTables(connection);
        if (applicationId != APPLICATION_ID && !fresh) {
            throw new StoreException(file + " is not a Hamish database; it was not changed");
        }
        return version;
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** Copies the whole database, consistently, to a dated file beside it before a migration touches it. */
    private static Path backupBeforeMigrating(Path file, Connection connection, int version) throws SQLException {
        String stamp = BACKUP_STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        String base = file.getFileName() + ".v" + version + "-backup-" + stamp;
        Path backup = file.resolveSibling(base + ".db");
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(base + "-" + n + ".db");
        }
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, backup.toString());
            vacuum.execute();
        }
        return backup;
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            if (!connection.isClosed()) {
                execute(connection, "ROLLBACK");
            }
        } catch (SQLException e) {
            // SQLite has already rolled back after some errors (a full disk); the original failure counts.
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // The open failed already; that failure is the one to report.
        }
    }

    /** A one-argument text function in SQL: lets migrations fill the search index from documents already stored. */
    private static final class TextFunction extends Function {
        private final UnaryOperator<String> body;

        TextFunction(UnaryOperator<String> body) {
            this.body = body;
        }

        @Override
        protected void xFunc() throws SQLException {
            String value = value_text(0);
            if (value == null) {
                result();
            } else {
                result(body.apply(value));
            }
        }
    }
}
