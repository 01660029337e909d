package hamish.analysis;

import hamish.io.DefaultTags;
import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.io.SampleArticles;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two reports of one event in a fresh store with the default tags: the two bundled water-summit samples
 * (always there, so compare tests never just skip), or the two real seed articles when ../shared/seeds exists.
 */
public final class ComparePair {

    public static final String SEED_FIRST = "000_d57dbf5e5f765d39.txt";
    public static final String SEED_SECOND = "002_688baa17ac9f05f1.txt";

    private ComparePair() {
    }

    /** The water-summit samples (فجر السهول, then مرايا الضفتين), imported into {@code stores}. */
    public static List<Document> samples(Stores stores) {
        stores.tags().ensureDefaults(DefaultTags.load());
        List<Document> docs = new ArrayList<>();
        for (String name : SampleArticles.list()) {
            if (name.contains("water-summit")) {
                Document d = SampleArticles.read(name).toDocument(Instant.EPOCH);
                // A window test's database may hold the samples already (its start imports them without the seeds).
                Document stored = stores.documents().findByHash(d.contentHash())
                        .flatMap(found -> stores.documents().get(found.id())).orElseGet(() -> stores.documents().insert(d));
                docs.add(stored);
            }
        }
        return docs;
    }

    /** The seed articles imported into {@code stores}, or empty when the seeds folder is absent. */
    public static Optional<List<Document>> seeds(Stores stores) {
        Optional<Path> dir = Stream.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"))
                .filter(p -> Files.isRegularFile(p.resolve(SEED_FIRST)) && Files.isRegularFile(p.resolve(SEED_SECOND))).findFirst();
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        stores.tags().ensureDefaults(DefaultTags.load());
        DocumentImporter importer = new DocumentImporter(stores.documents());
        List<Document> docs = new ArrayList<>();
        for (String name : List.of(SEED_FIRST, SEED_SECOND)) {
            ImportOutcome outcome = importer.importFile(dir.get().resolve(name));
            docs.add(stores.documents().get(outcome.documentId()).orElseThrow(() -> new AssertionError(outcome.message())));
        }
        return Optional.of(docs);
    }

    /** The offset of {@code needle} in the document's text, failing the test when it is absent. */
    public static int at(Document d, String needle) {
        int at = d.text().indexOf(needle);
        if (at < 0) {
            throw new AssertionError("\"" + needle + "\" is not in document " + d.title());
        }
        return at;
    }
}
