package hamish.reliability;

import hamish.bench.support.ArabicTextGenerator;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.time.Instant;

/** A small but complete library for the fault tests: documents, a tag, annotations, a setting. */
final class Library {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private Library() {
    }

    /** Fills {@code stores} with {@code documents} generated articles, each with three annotations. */
    static void fill(Stores stores, int documents, int seed) {
        ArabicTextGenerator generator = new ArabicTextGenerator(seed);
        Tag tag = stores.tags().byName("Fault").orElseGet(() -> stores.tags().insert(new Tag(0, "Fault", TagKind.OTHER, null, "#cc6677", null)));
        for (int i = 0; i < documents; i++) {
            String text = generator.article(2_000);
            Document doc = stores.documents().insert(new Document(0, "مقال " + seed + "-" + i, "صحيفة الاختبار", null, "ar",
                    text, Integer.toHexString(seed) + "-" + i + "-" + text.hashCode(), NOW));
            for (int a = 0; a < 3; a++) {
                stores.annotations().insert(Annotation.of(doc.id(), text, new Span(a * 100, a * 100 + 20), tag.id(), "اختبار", NOW));
            }
        }
        stores.settings().put("author", "ليلى");
    }
}
