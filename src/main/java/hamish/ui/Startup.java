package hamish.ui;

import hamish.app.Importing;
import hamish.io.DefaultTags;
import hamish.io.ImportOutcome;
import hamish.model.DocumentSummary;
import hamish.model.Entity;
import hamish.model.Tag;
import hamish.store.Stores;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the window needs from the database before it can show anything, loaded in the background
 * right after opening. A brand-new database (no tags, no documents) gets the default tags and the
 * sample articles first, so a new user sees something to annotate. The default tags' names in each language
 * are read here too: parsing their JSON (Jackson's first use) took about half a second of the FX thread.
 */
public record Startup(List<Tag> tags, List<Entity> entities, List<DocumentSummary> documents,
                      UiSettings settings, List<ImportOutcome> seeded, Map<String, Map<String, String>> tagLabels) {

    public static Startup load(Stores s) {
        List<ImportOutcome> seeded = Importing.prepareFirstRun(s);
        Map<String, String> settings = new HashMap<>();
        for (String key : UiSettings.ALL) {
            s.settings().get(key).ifPresent(v -> settings.put(key, v));
        }
        return new Startup(s.tags().list(), s.entities().list(), s.documents().list(), new UiSettings(settings), seeded,
                DefaultTags.names());
    }
}
