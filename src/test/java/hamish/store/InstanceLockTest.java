package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.reliability.LockHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWindowInTheSameProcessIsRefused() {
        Path db = dir.resolve("مقالات القمة.db");
        try (InstanceLock first = InstanceLock.acquire(db)) {
            DatabaseInUseException refused = assertThrows(DatabaseInUseException.class, () -> InstanceLock.acquire(db));

            assertEquals(db + " is already open in another Hamish window; close it there first", refused.getMessage());
            assertTrue(Files.exists(first.file()), "the first window keeps its lock");
        }
        try (InstanceLock again = InstanceLock.acquire(db)) {
            assertEquals(InstanceLock.lockFileOf(db), again.file());
        }
    }

    @Test
    void aRefusedSecondWindowInTheSameProcessDoesNotReleaseTheFirstWindowsLock() throws Exception {
        // Closing any descriptor of a file drops all of a process's POSIX locks on it: the refused attempt
        // closes its channel, and another process must still find the database in use.
        Path db = dir.resolve("a.db");
        try (InstanceLock first = InstanceLock.acquire(db)) {
            assertThrows(DatabaseInUseException.class, () -> InstanceLock.acquire(db));

            assertEquals("IN USE: " + db + " is already open in another Hamish window; close it there first", LockHolder.probe(db));
        }
        assertEquals("LOCKED", LockHolder.probe(db));
    }

    @Test
    void aWindowInAnotherProcessIsRefusedUntilItCloses() throws Exception {
        Path db = dir.resolve("shared.db");
        Process other = LockHolder.start("window", db);
        try {
            DatabaseInUseException refused = assertThrows(DatabaseInUseException.class, () -> InstanceLock.acquire(db));
            assertEquals(db + " is already open in another Hamish window; close it there first", refused.getMessage());
            assertFalse(Files.exists(db), "the refused window opened nothing");
        } finally {
            LockHolder.stop(other);
        }
        try (InstanceLock mine = InstanceLock.acquire(db)) {
            assertTrue(Files.exists(mine.file()));
        }
    }

    @Test
    void anotherSpellingOfTheSamePathIsTheSameDatabase() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir);
        try (InstanceLock first = InstanceLock.acquire(dir.resolve("a.db"))) {
            assertThrows(DatabaseInUseException.class, () -> InstanceLock.acquire(link.resolve("a.db")));
            assertThrows(DatabaseInUseException.class, () -> InstanceLock.acquire(dir.resolve("x").resolve("..").resolve("a.db")));
        }
    }

    @Test
    void aKilledWindowLeavesNoLockBehind() throws Exception {
        Path db = dir.resolve("crashed.db");
        Process other = LockHolder.start("window", db);
        other.toHandle().destroyForcibly();
        other.waitFor();
        assertTrue(Files.exists(InstanceLock.lockFileOf(db)), "a killed window cannot delete its lock file");

        try (InstanceLock mine = InstanceLock.acquire(db)) {
            assertEquals(InstanceLock.lockFileOf(db), mine.file());
        }
    }

    @Test
    void closingRemovesTheLockFileAndOpensNothingElse() throws IOException {
        Path db = dir.resolve("a.db");
        InstanceLock lock = InstanceLock.acquire(db);
        lock.close();
        lock.close();

        assertEquals(List.of(), files(), "no lock file, no database created by locking");
    }

    @Test
    void differentDatabasesInOneFolderDoNotConflict() {
        try (InstanceLock a = InstanceLock.acquire(dir.resolve("a.db"));
             InstanceLock b = InstanceLock.acquire(dir.resolve("b.db"))) {
            assertTrue(Files.exists(a.file()) && Files.exists(b.file()));
        }
    }

    @Test
    void aMissingFolderIsAClearStoreError() {
        Path db = dir.resolve("missing").resolve("a.db");

        StoreException refused = assertThrows(StoreException.class, () -> InstanceLock.acquire(db));

        assertTrue(refused.getMessage().startsWith("cannot open " + db + ": cannot create its lock file "), refused.getMessage());
        assertFalse(refused instanceof DatabaseInUseException);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
