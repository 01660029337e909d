package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.model.SearchHit;
import hamish.store.CorpusSearch;
import hamish.store.SearchOptions;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset import reads on one thread and writes on another: the listener still hears of every row in file
 * order on the calling thread, a failing listener stops the reading, and what was committed is whole and searchable.
 */
class DatasetImportPipelineTest {

    private static final int BATCH = DocumentImporter.BATCH_FILES;

    @TempDir
    Path dir;

    private Path dataset(int rows) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            if (i == BATCH + 3) {
                text.append("{\"title\": \"بلا نص\"}\n");
            }
            text.append("{\"title\": \"خبر ").append(i).append("\", \"content\": \"زار الوفد للبيت الأبيض في اليوم ")
                    .append(i).append(" ثم عاد إلى البنتاجون.\"}\n");
        }
        return Files.writeString(dir.resolve("rows.jsonl"), text, StandardCharsets.UTF_8);
    }

    @Test
    void rowsAreHeardInFileOrderOnTheCallingThreadAndFoundBySearch() throws Exception {
        Path file = dataset(3 * BATCH + 5);
        Thread caller = Thread.currentThread();
        List<Long> lines = new ArrayList<>();
        List<String> events = new ArrayList<>();
        try (Stores stores = Stores.open(dir.resolve("library.db"))) {
            DatasetImport.Summary summary = new DatasetImport(stores).run(file, DatasetFormat.named("jsonl"), DatasetFields.usual(),
                    new DatasetImport.Listener() {
                        @Override
                        public void fields(Map<DatasetFields.Part, String> fieldOf) {
                            assertEquals(caller, Thread.currentThread());
                            events.add("fields");
                        }

                        @Override
                        public void article(long line, ImportOutcome outcome, List<String> warnings) {
                            assertEquals(caller, Thread.currentThread());
                            assertEquals(ImportOutcome.Status.IMPORTED, outcome.status());
                            lines.add(line);
                        }

                        @Override
                        public void bad(long line, String problem) {
                            assertEquals(caller, Thread.currentThread());
                            lines.add(line);
                            events.add("bad " + line);
                        }
                    }, () -> false);
            assertEquals(new DatasetImport.Summary(3 * BATCH + 5, 0, 1, 0, false), summary);
            assertEquals(List.of("fields", "fields", "bad " + (BATCH + 3)), events,
                    "the bad row's other field names are heard of before it, in the second batch");
            for (int i = 1; i < lines.size(); i++) {
                assertTrue(lines.get(i - 1) < lines.get(i), "file order: " + lines);
            }
            CorpusSearch search = new CorpusSearch(stores.database());
            SearchOptions all = new SearchOptions(false, 0, 1000, 1);
            assertEquals(3 * BATCH + 5, search.search("\"البيت الأبيض\"", all).size(), "a phrase behind a proclitic");
            assertEquals(3 * BATCH + 5, search.search("البنتاغون", all.withVariants(true)).size(), "a variant");
            List<SearchHit> one = search.search("\"اليوم 7 ثم\"", all);
            assertEquals(1, one.size());

            DatasetImport.Summary again = new DatasetImport(stores).run(file, DatasetFormat.named("jsonl"), DatasetFields.usual(),
                    new DatasetImport.Listener() {
                        @Override
                        public void article(long line, ImportOutcome outcome, List<String> warnings) {
                        }

                        @Override
                        public void bad(long line, String problem) {
                        }
                    }, () -> false);
            assertEquals(new DatasetImport.Summary(0, 3 * BATCH + 5, 1, 0, false), again, "a re-import adds nothing");
            assertEquals(3 * BATCH + 5, stores.documents().count());
        }
    }

    @Test
    void aFailingListenerStopsTheReadingAndLeavesWholeBatches() throws Exception {
        Path file = dataset(6 * BATCH);
        try (Stores stores = Stores.open(dir.resolve("library.db"))) {
            int[] heard = {0};
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new DatasetImport(stores).run(file,
                    DatasetFormat.named("jsonl"), DatasetFields.usual(), new DatasetImport.Listener() {
                        @Override
                        public void article(long line, ImportOutcome outcome, List<String> warnings) {
                            if (++heard[0] == BATCH + 1) {
                                throw new IllegalStateException("the listener failed");
                            }
                        }

                        @Override
                        public void bad(long line, String problem) {
                        }
                    }, () -> false));
            assertEquals("the listener failed", failure.getMessage());
            assertEquals(2 * BATCH, stores.documents().count(), "the two batches committed before the failure, nothing after");
            assertFalse(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("hamish-dataset-reader") && t.isAlive()), "the reading thread has ended");
        }
    }
}
