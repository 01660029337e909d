package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DefaultTags;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.store.Stores;
import hamish.ui.annotations.DocumentViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window's start reads ahead while the toolkit starts: the document it opens first, as the window would choose it. */
class StartupTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLastDocumentAheadAndFallsBackToTheLibrarysFirst() {
        Path db = dir.resolve("start.db");
        List<Long> ids;
        try (Stores s = Stores.open(db)) {
            s.tags().ensureDefaults(DefaultTags.load());
            ids = new DocumentImporter(s.documents()).importSamples().stream()
                    .filter(o -> o.status() == ImportOutcome.Status.IMPORTED).map(ImportOutcome::documentId).toList();
        }
        assertTrue(ids.size() >= 2, "the samples give the library two documents at least");
        long last = ids.get(ids.size() - 1);
        try (Stores s = Stores.open(db)) {
            Startup fresh = Startup.load(s);
            long first = fresh.documents().get(0).id();
            assertEquals(first, fresh.firstDocument().orElseThrow().document().id(), "no document read before: the library's first");

            s.settings().put(UiSettings.LAST_DOCUMENT, Long.toString(last));
            Startup again = Startup.load(s);
            DocumentViewModel.Opened opened = again.firstDocument().orElseThrow();
            assertEquals(last, opened.document().id(), "the document open when the window closed");
            assertEquals(s.documents().get(last).orElseThrow().text(), opened.readerText().text());
            assertEquals(s.annotations().forDocument(last).size(), opened.annotations().size());

            s.settings().put(UiSettings.LAST_DOCUMENT, "999999");
            assertEquals(first, Startup.load(s).firstDocument().orElseThrow().document().id(), "a document no longer there: the first");
        }
    }
}
