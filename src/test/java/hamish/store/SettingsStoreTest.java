package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgSettingsStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void keepsSettingsAcrossReopening() {
        String file = target("settings.db");
        try (Stores stores = Stores.open(file)) {
            stores.settings().put("author", "مريم");
            stores.settings().put("author", "ريم");
            stores.settings().put("font.size", "22");
            stores.settings().put("last.folder", "/tmp/x");
            stores.settings().put("last.folder", null);
        }

        try (Stores stores = Stores.open(file)) {
            assertEquals("ريم", stores.settings().get("author").orElseThrow());
            assertEquals("22", stores.settings().get("font.size").orElseThrow());
            assertTrue(stores.settings().get("last.folder").isEmpty(), "a null value removes the key");
            assertTrue(stores.settings().get("never.set").isEmpty());
        }
    }
}
