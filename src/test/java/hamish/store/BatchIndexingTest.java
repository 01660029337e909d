package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.model.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch indexes its documents when its work ends: the same index as one insert at a time, nothing for a refused one. */
class BatchIndexingTest {

    @TempDir
    Path dir;
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("batch.db"));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void documentsOfABatchAreFoundLikeDocumentsInsertedAlone() {
        Document alone = stores.documents().insert(Fixtures.document("وحده", "قال وزير الخارجية إن المفاوضات مستمرة"));
        List<Document> batch = stores.documents().batch(() -> List.of(
                stores.documents().insert(Fixtures.document("أول", "وأكد وزير الخارجية أن الوفد وصل")),
                stores.documents().insert(Fixtures.document("ثان", "الأمطار الغزيرة في القرى"))));

        assertEquals(List.of(alone.id(), batch.get(0).id()), sorted(stores.documents().searchWords("الخارجية", 10)));
        assertEquals(List.of(batch.get(1).id()), stores.documents().searchWords("الغزيرة", 10));
        assertEquals(List.of(batch.get(0).id()), stores.documents().searchWords("أول", 10), "the title is indexed too");
        assertEquals(3, (int) RawSql.read(stores.database(), c -> Rows.count(c, "SELECT count(*) FROM document_search")));
    }

    @Test
    void aRefusedInsertInABatchLeavesNoIndexRowAndTheOthersAreIndexed() {
        stores.documents().insert(Fixtures.document("قديم", "نص موجود من قبل"));
        Document kept = stores.documents().batch(() -> {
            assertThrows(StoreException.class, () -> stores.documents().insert(Fixtures.document("مكرر", "نص موجود من قبل")));
            return stores.documents().insert(Fixtures.document("جديد", "نص جديد عن الميزانية"));
        });

        assertEquals(List.of(kept.id()), stores.documents().searchWords("الميزانية", 10));
        assertEquals(2, (int) RawSql.read(stores.database(), c -> Rows.count(c, "SELECT count(*) FROM document_search")));
    }

    @Test
    void aBatchThatFailsLeavesNeitherRowsNorIndex() {
        assertThrows(IllegalStateException.class, () -> stores.documents().batch(() -> {
            stores.documents().insert(Fixtures.document("ضائع", "نص عن الطوارئ"));
            throw new IllegalStateException("the import stopped");
        }));

        assertEquals(0, stores.documents().count());
        assertEquals(List.of(), stores.documents().searchWords("الطوارئ", 10));
        assertEquals(0, (int) RawSql.read(stores.database(), c -> Rows.count(c, "SELECT count(*) FROM document_search")));
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
