package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.DatasetImport;
import hamish.io.DatasetFields;
import hamish.io.DatasetFormat;
import hamish.io.ImportOutcome;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both real news-events files imported as datasets, with no mapping given: 44 documents with title, outlet, date and
 * URL; the title's HTML references decoded; each stored text exactly what a .txt of the same report stores (so every
 * gold offset of the project holds for a dataset import); a second import adds nothing.
 */
class DatasetImportNewsEventsTest {

    @TempDir
    Path dir;

    @Test
    void bothReportFilesImportWithTheirDetailsAndASecondRunAddsNothing() throws Exception {
        List<NewsEvents.Report> reports = NewsEvents.all();
        Path corpus = NewsEvents.directory();
        List<String> bad = new ArrayList<>();
        Map<String, Long> idByKey = new HashMap<>();
        try (Stores stores = Stores.open(dir.resolve("d.db"))) {
            for (String file : NewsEvents.FILES) {
                DatasetImport.Summary s = new DatasetImport(stores).run(corpus.resolve(file), DatasetFormat.JSON_LINES,
                        DatasetFields.usual(), listener(bad, (o, line) -> idByKey.put(file + ":" + line, o.documentId())), () -> false);
                assertEquals(0, s.bad(), bad.toString());
                assertEquals(0, s.warnings());
            }
            assertEquals(44, stores.documents().list().size());
            for (NewsEvents.Report r : reports) {
                Document d = stores.documents().get(idByKey.get(r.key())).orElseThrow();
                assertEquals(r.text(), d.text(), "stored text of " + r.key());
                assertEquals(r.url(), d.url());
                assertTrue(!d.outlet().isEmpty() && d.published() != null, r.key() + " outlet and date: " + d.outlet() + " " + d.published());
                assertTrue(d.title().length() > 5 && !d.title().contains("&#"), d.title());
            }
            assertTrue(stores.documents().list().stream().anyMatch(d -> d.title().contains("“")), "&#8220; decoded in a title");
            // 39 of the 44 rows have a byline; one is the wire agency and city the report came from.
            assertEquals(39, stores.documents().list().stream().filter(d -> !d.author().isEmpty()).count(), "authors stored");
            assertTrue(stores.documents().list().stream().anyMatch(d -> d.author().equals("د ب أ - القاهرة")), "a byline kept as written");
            for (String file : NewsEvents.FILES) {
                DatasetImport.Summary again = new DatasetImport(stores).run(corpus.resolve(file), DatasetFormat.JSON_LINES,
                        DatasetFields.usual(), listener(bad, (o, line) -> { }), () -> false);
                assertEquals(0, again.imported(), file);
                assertTrue(again.duplicates() > 0);
            }
            assertEquals(44, stores.documents().list().size());
        }
    }

    private static DatasetImport.Listener listener(List<String> bad, java.util.function.BiConsumer<ImportOutcome, Long> imported) {
        return new DatasetImport.Listener() {
            @Override
            public void article(long line, ImportOutcome outcome, List<String> warnings) {
                String label = outcome.file().getFileName().toString();
                imported.accept(outcome, Long.parseLong(label.substring(label.lastIndexOf(':') + 1)));
            }

            @Override
            public void bad(long line, String problem) {
                bad.add(line + ": " + problem);
            }
        };
    }
}
