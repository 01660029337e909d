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

    private static Document doc(String text, String hash) {
        return new Document(0, "عنوان", "", null, "ar", text, hash, Instant.now());
    }

    @Test
    void aFailingInsertInsideABatchLeavesNoTraceAndKeepsTheOthers() {
        try (Stores stores = Stores.open(dir.resolve("nested.db"))) {
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
    void aBatchThatFailsAsAWholeCommitsNothing() {
        try (Stores stores = Stores.open(dir.resolve("whole.db"))) {
            DocumentStore documents = stores.documents();
            assertThrows(IllegalStateException.class, () -> documents.batch(() -> {
                documents.insert(doc("النص الأول", "h1"));
                throw new IllegalStateException("stop");
            }));
            assertEquals(0, documents.count());
        }
    }
}
