package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.model.SearchHit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking window of {@link CorpusSearch}: exact up to its size, the newest matches' exact order past it. */
class CorpusSearchWindowTest {

    @TempDir
    Path dir;
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("window.db"));
        for (int i = 0; i < 60; i++) {
            // The word الحكومة 1 to 5 times among fillers of varying length, so bm25 orders the documents unevenly.
            String text = "أعلنت الحكومة " + "خطة جديدة ".repeat(i % 7) + "الحكومة ".repeat(i % 5) + "في العاصمة\nوقال مسؤول إن الحكومة ستعمل.";
            stores.documents().insert(new Document(0, "خبر " + i, "وكالة", null, "ar", text, "h" + i, Instant.EPOCH));
        }
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void ranksExactlyWhileTheMatchesFitTheWindow() {
        SearchOptions all = new SearchOptions(false, 0, 60, 3);
        List<SearchHit> full = new CorpusSearch(stores.database(), 1_000).search("الحكومة", all);
        assertEquals(60, full.size());
        assertEquals(full, new CorpusSearch(stores.database(), 60).search("الحكومة", all));
    }

    @Test
    void pastTheWindowRanksTheNewestMatchesInTheFullOrder() {
        SearchOptions all = new SearchOptions(false, 0, 60, 3);
        List<SearchHit> full = new CorpusSearch(stores.database(), 1_000).search("الحكومة", all);
        long floor = full.stream().mapToLong(SearchHit::documentId).sorted().skip(60 - 25).findFirst().orElseThrow();
        List<SearchHit> expected = full.stream().filter(h -> h.documentId() >= floor).toList();
        List<SearchHit> windowed = new CorpusSearch(stores.database(), 25).search("الحكومة", all);
        assertEquals(expected, windowed);
        assertTrue(windowed.size() == 25);
        SearchOptions second = new SearchOptions(false, 20, 20, 3);
        assertEquals(expected.subList(20, 25), new CorpusSearch(stores.database(), 25).search("الحكومة", second));
    }
}
