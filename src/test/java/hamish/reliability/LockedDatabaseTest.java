package hamish.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.store.StoreException;
import hamish.store.Stores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program holds a write transaction on the database: reads go on at once; a write waits the whole
 * busy timeout (5 s), then fails with the "locked" message; once the other program lets go, it writes again.
 * DatabaseTest.reportsALockHeldByAnotherProgram covers the same with a connection in this process.
 */
class LockedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aWriteWaitsForTheBusyTimeoutThenFailsClearlyAndTheStoreRecovers() throws Exception {
        Path db = dir.resolve("annotations.db");
        try (Stores stores = Stores.open(db)) {
            Library.fill(stores, 2, 21);
            Process other = LockHolder.start("sqlite-exclusive", db);
            long waitedMillis;
            long readMillis;
            try {
                long r0 = System.nanoTime();
                assertEquals(2, stores.documents().count(), "reads go on while another program writes");
                assertEquals("ليلى", stores.settings().get("author").orElseThrow());
                readMillis = (System.nanoTime() - r0) / 1_000_000;
                assertTrue(readMillis < 1_000, "reads do not wait for the write lock: " + readMillis + " ms");

                long t0 = System.nanoTime();
                StoreException refused = assertThrows(StoreException.class, () -> stores.settings().put("author", "هدى"));
                waitedMillis = (System.nanoTime() - t0) / 1_000_000;

                assertEquals(db + " is locked by another program (another Hamish window?)", refused.getMessage());
                assertTrue(waitedMillis >= 4_500 && waitedMillis < 15_000, "waited " + waitedMillis + " ms, busy_timeout is 5000");
            } finally {
                LockHolder.stop(other);
            }
            stores.settings().put("author", "هدى");
            assertEquals("هدى", stores.settings().get("author").orElseThrow());
            assertEquals(2, stores.documents().count());
            ReliabilityReport.record("locked-by-another-program", "under another process's BEGIN EXCLUSIVE: reads answered in "
                    + readMillis + " ms; a write waited " + waitedMillis + " ms, failed with the locked message, succeeded after release");
        }
        assertEquals("ok", DatabaseDump.integrity(db));
    }
}
