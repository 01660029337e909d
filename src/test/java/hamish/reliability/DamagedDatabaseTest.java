package hamish.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.store.InstanceLock;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and read-only databases: a clear message, and the file's bytes exactly as they were. A file of
 * garbage, another program's database and a newer Hamish's file are covered at open by DatabaseTest.
 */
public class DamagedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aPageOverwrittenWithGarbageIsReportedAndTheFileIsNotChanged() throws Exception {
        Path db = dir.resolve("annotations.db");
        try (Stores stores = Stores.open(db)) {
            Library.fill(stores, 20, 31);
        }
        // The listing reads the covering index document_listing (migration 8), opening a document the table: both damaged.
        overwritePage(db, rootPage(db, "document"), 31);
        overwritePage(db, rootPage(db, "document_listing"), 32);
        String before = DatabaseDump.fileHash(db);

        try (Stores stores = Stores.open(db)) {
            StoreException refused = assertThrows(StoreException.class, () -> stores.documents().list());
            StoreException unread = assertThrows(StoreException.class, () -> stores.documents().get(1));

            assertEquals(db + " is not a Hamish database or is damaged; it was not changed", refused.getMessage());
            assertEquals(db + " is not a Hamish database or is damaged; it was not changed", unread.getMessage());
            assertEquals(60, stores.annotations().count(), "undamaged tables still answer");
        }
        assertEquals(before, DatabaseDump.fileHash(db), "the damaged file's bytes are exactly as they were");
    }

    @Test
    void aFileOnAReadOnlyFileSystemIsRefusedUntouched() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir.resolve("fs"), "1m")) {
            Path db = fs.path().resolve("annotations.db");
            try (Stores stores = Stores.open(db)) {
                Library.fill(stores, 2, 32);
            }
            fs.remountReadOnly();
            String before = DatabaseDump.fileHash(db);

            StoreException refused = assertThrows(StoreException.class, () -> Stores.open(db));
            StoreException noLock = assertThrows(StoreException.class, () -> InstanceLock.acquire(db));

            assertEquals(db + " is read-only; changes cannot be saved", refused.getMessage());
            assertTrue(noLock.getMessage().startsWith("cannot open " + db + ": cannot create its lock file "), noLock.getMessage());
            assertEquals(before, DatabaseDump.fileHash(db));
            assertEquals(List.of(db), files(fs.path()));
        }
    }

    /** Overwrites one whole page with random bytes, as a failing disk or a careless program might. */
    public static void overwritePage(Path db, int page, long seed) throws IOException {
        byte[] garbage = new byte[pageSize(db)];
        new Random(seed).nextBytes(garbage);
        try (var file = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(garbage), (long) (page - 1) * garbage.length);
        }
    }

    /** The first page of a table's b-tree: damaging it makes every read of the table fail. */
    public static int rootPage(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'")) {
            return rs.getInt(1);
        }
    }

    private static int pageSize(Path db) throws IOException {
        byte[] header = new byte[18];
        try (var in = Files.newInputStream(db)) {
            in.readNBytes(header, 0, 18);
        }
        int size = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
        return size == 1 ? 65536 : size;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
