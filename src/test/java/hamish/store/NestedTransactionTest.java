package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.model.Document;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedTransactionTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgNestedTransactionTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }

    private static Document doc(String text, String hash) {
        return new Document(0, "عنوان", "", null, "ar", text, hash, Instant.now());
    }

    @Test
    void aFailingInsertInsideABatchLeavesNoTraceAndKeepsTheOthers() {
        try (Stores stores = Stores.open(target("nested.db"))) {
            DocumentStore documents = stores.documents();
            documents.batch(() -> {
                documents.insert(doc("النص الأول", "h1"));
                assertThrows(StoreException.class, () -> documents.insert(doc("النص الثاني", "h1")));
                documents.insert(doc("النص الثالث", "h3"));
                return null;
            });
            assertEquals(2, documents.count());
            assertEquals(2, documents.searchWords("النص", 10).size(), "the refused document is not in the search index either");
        }
    }

    @Test
    void nestedWorkThatFailsAfterWritingIsUndoneAloneThroughItsSavepoint() {
        try (Stores stores = Stores.open(target("savepoint.db"))) {
            Database db = stores.database();
            db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO settings (key, value) VALUES ('kept.before', '1')");
                assertThrows(IllegalStateException.class, () -> db.inTransaction(inner -> {
                    inner.createStatement().executeUpdate("INSERT INTO settings (key, value) VALUES ('undone', '1')");
                    throw new IllegalStateException("fails after writing");
                }));
                c.createStatement().executeUpdate("INSERT INTO settings (key, value) VALUES ('kept.after', '1')");
                return null;
            });
            assertEquals("1", stores.settings().get("kept.before").orElseThrow());
            assertEquals("1", stores.settings().get("kept.after").orElseThrow());
            assertEquals(java.util.Optional.empty(), stores.settings().get("undone"));
        }
    }

    @Test
    void aBatchThatFailsAsAWholeCommitsNothing() {
        try (Stores stores = Stores.open(target("whole.db"))) {
            DocumentStore documents = stores.documents();
            assertThrows(IllegalStateException.class, () -> documents.batch(() -> {
                documents.insert(doc("النص الأول", "h1"));
                throw new IllegalStateException("stop");
            }));
            assertEquals(0, documents.count());
        }
    }
}
