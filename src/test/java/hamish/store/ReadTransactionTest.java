package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadTransactionTest {

    @TempDir
    Path dir;

    @Test
    void readsDoNotWaitForAnotherWritersLock() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Stores stores = Stores.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            stores.settings().put("author", "رنا");
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO settings (key, value) VALUES ('other', 'uncommitted')");

            long t0 = System.nanoTime();
            assertEquals("رنا", stores.settings().get("author").orElseThrow());
            assertTrue(stores.settings().get("other").isEmpty(), "an uncommitted write is not seen");
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 1_000, "answered without waiting for the lock");
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void aWriteNestedInAReadIsRefusedAndRolledBack() {
        try (Stores stores = Stores.open(dir.resolve("nested.db"))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RawSql.read(stores.database(), c -> {
                        stores.settings().put("half", "done");
                        return null;
                    }));

            assertTrue(refused.getMessage().startsWith("a write transaction cannot be nested in a read of "), refused.getMessage());
            assertTrue(stores.settings().get("half").isEmpty());
        }
    }

    @Test
    void aReadNestedInAWriteJoinsIt() {
        try (Stores stores = Stores.open(dir.resolve("joined.db"))) {
            String seen = RawSql.write(stores.database(), c -> {
                stores.settings().put("k", "v");
                return stores.settings().get("k").orElseThrow();
            });

            assertEquals("v", seen);
        }
    }
}
