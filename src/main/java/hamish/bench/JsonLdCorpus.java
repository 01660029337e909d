package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.ContentHash;
import hamish.io.ExportFormat;
import hamish.io.ExportProgress;
import hamish.io.Exports;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A large Hamish JSON-LD export for the streaming-import measurement: a generated library (Arabic
 * articles, an annotation every few words with notes, entities and links) written to a temporary
 * database and exported by the real exporter, so the file has exactly the shape users import. Its size
 * is reached by measuring a small sample first and scaling the number of documents.
 */
final class JsonLdCorpus {

    private static final int ARTICLE_CHARS = 6_000;
    private static final int ANNOTATION_STRIDE = 14;
    private static final Instant WHEN = Instant.parse("2026-01-15T08:00:00Z");

    private JsonLdCorpus() {
    }

    /** Writes an export of about {@code megabytes} MB (10^6 bytes) into {@code folder}, using {@code work} for the databases. */
    static Path write(Path folder, Path work, int megabytes) throws IOException {
        Path sample = export(work.resolve("sample.db"), work.resolve("sample"), 4);
        double bytesPerDocument = Files.size(sample) / 4.0;
        int documents = Math.max(1, (int) Math.round(megabytes * 1_000_000.0 / bytesPerDocument));
        Path file = export(work.resolve("corpus.db"), folder, documents);
        Files.deleteIfExists(work.resolve("sample.db"));
        Files.deleteIfExists(work.resolve("corpus.db"));
        return file;
    }

    private static Path export(Path database, Path folder, int documents) {
        try (Stores stores = Stores.open(database)) {
            fill(stores, documents);
            return Exports.export(stores, ExportFormat.JSONLD, List.of(), folder, false, ExportProgress.NONE).get(0);
        }
    }

    private static void fill(Stores stores, int documents) {
        Tag claim = stores.tags().insert(new Tag(0, "Claim", TagKind.CLAIM, null, "#3366cc", null));
        Tag person = stores.tags().insert(new Tag(0, "Person", TagKind.ENTITY, EntityType.PERSON, "#E69F00", null));
        Entity minister = stores.entities().insert(new Entity(0, "وزير الخارجية", EntityType.PERSON, List.of("الوزير")));
        ArabicTextGenerator generator = new ArabicTextGenerator(13);
        for (int d = 0; d < documents; d++) {
            String text = generator.article(ARTICLE_CHARS);
            String title = "مقال " + d;
            stores.inTransaction(() -> {
                Document doc = stores.documents().insert(new Document(0, title, "وكالة", null, "ar", text,
                        ContentHash.of(text), WHEN));
                List<Annotation> batch = new ArrayList<>();
                for (int start = 0; start + 12 < text.length(); start += ANNOTATION_STRIDE) {
                    int i = batch.size();
                    Annotation a = Annotation.of(doc.id(), text, new Span(start, start + 4 + i % 8), i % 3 == 0 ? person.id() : claim.id(),
                            i % 2 == 0 ? "alice" : "bob", WHEN);
                    a = i % 3 == 0 ? a.withEntity(minister.id(), WHEN) : a;
                    batch.add(i % 5 == 0 ? a.withNote("ملاحظة رقم " + i, WHEN) : a);
                }
                List<Annotation> stored = stores.annotations().insertAll(batch);
                for (int i = 1; i < stored.size(); i += 20) {
                    stores.links().insert(new Link(0, stored.get(i - 1).id(), stored.get(i).id(), LinkType.SAME_CLAIM, "", WHEN));
                }
                return null;
            });
        }
    }
}
