package hamish.ui;

import hamish.app.Importing;
import hamish.io.DefaultTags;
import hamish.io.ImportOutcome;
import hamish.model.DocumentSummary;
import hamish.model.Entity;
import hamish.model.Tag;
import hamish.store.Stores;
import java.util.HashMap;
import hamish.ui.annotations.DocumentViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the window needs from the database before it can show anything, loaded in the background
 * right after opening. A brand-new database (no tags, no documents) gets the default tags and the
 * sample articles first, so a new user sees something to annotate. The default tags' names in each language
 * are read here too: parsing their JSON (Jackson's first use) took about half a second of the FX thread.
 * So is the document the window opens first ({@link #firstDocumentId}: the last one read, else the library's
 * first), text and annotations, so that the window's first layout already holds it.
 */
public record Startup(List<Tag> tags, List<Entity> entities, List<DocumentSummary> documents,
                      UiSettings settings, List<ImportOutcome> seeded, Map<String, Map<String, String>> tagLabels,
                      Optional<DocumentViewModel.Opened> firstDocument) {

    public static Startup load(Stores s) {
        List<ImportOutcome> seeded = Importing.prepareFirstRun(s);
        Map<String, String> settings = new HashMap<>();
        for (String key : UiSettings.ALL) {
            s.settings().get(key).ifPresent(v -> settings.put(key, v));
        }
        List<DocumentSummary> documents = s.documents().list();
        UiSettings ui = new UiSettings(settings);
        Optional<DocumentViewModel.Opened> first = firstDocumentId(ui, documents).map(id -> DocumentViewModel.readForStart(s, id));
        return new Startup(s.tags().list(), s.entities().list(), documents, ui, seeded, DefaultTags.names(), first);
    }

    /** The document a start opens: the one open when the window last closed, if it is still there, else the library's first. */
    static Optional<Long> firstDocumentId(UiSettings settings, List<DocumentSummary> documents) {
        return settings.id(UiSettings.LAST_DOCUMENT)
                .filter(id -> documents.stream().anyMatch(d -> d.id() == id))
                .or(() -> documents.stream().findFirst().map(DocumentSummary::id));
    }
}
