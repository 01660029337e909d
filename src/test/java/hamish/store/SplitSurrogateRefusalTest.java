package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Span;
import hamish.model.TagKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store refuses half an emoji whoever asks, and keeps a context window from doing the same. */
class SplitSurrogateRefusalTest {

    private static final String TEXT = "خبر 😀 عن";

    @TempDir
    Path dir;

    @Test
    void aSpanSplittingASurrogatePairIsRefusedNamingTheDocumentAndTheOffset() {
        try (Stores stores = Stores.open(dir.resolve("split.db"))) {
            long doc = stores.documents().insert(Fixtures.document("خبر", TEXT)).id();
            long tag = stores.tags().insert(Fixtures.tag("شخص", TagKind.ENTITY)).id();
            StoreException e = assertThrows(StoreException.class, () -> stores.annotations().insert(
                    Annotation.of(doc, TEXT, new Span(5, 7), tag, "", Fixtures.NOW)));
            assertTrue(e.getMessage().contains("document " + doc) && e.getMessage().contains("start offset 5")
                    && e.getMessage().contains("😀 (U+1F600, chars 4–6)"), e.getMessage());
            assertThrows(StoreException.class, () -> stores.annotations().insertAll(List.of(
                    Annotation.of(doc, TEXT, new Span(0, 3), tag, "", Fixtures.NOW),
                    Annotation.of(doc, TEXT, new Span(3, 5), tag, "", Fixtures.NOW))));
            assertEquals(0, stores.annotations().count(), "nothing of a refused batch is kept");

            Annotation whole = stores.annotations().insert(Annotation.of(doc, TEXT, new Span(4, 6), tag, "", Fixtures.NOW));
            assertEquals("😀", stores.annotations().get(whole.id()).orElseThrow().quote());
            Annotation moved = new Annotation(whole.id(), doc, new Span(4, 5), TEXT.substring(4, 5), "", "", tag, null, null,
                    "", "", Fixtures.NOW, Fixtures.NOW);
            assertThrows(StoreException.class, () -> stores.annotations().update(moved), "an edit is checked too");
        }
    }

    @Test
    void contextNeverKeepsHalfAnEmoji() {
        String text = "😀" + "ا".repeat(Annotation.CONTEXT_LENGTH - 1) + "كلمة" + "ب".repeat(Annotation.CONTEXT_LENGTH - 1) + "😀";
        int start = text.indexOf("كلمة");
        try (Stores stores = Stores.open(dir.resolve("context.db"))) {
            long doc = stores.documents().insert(Fixtures.document("سياق", text)).id();
            long tag = stores.tags().insert(Fixtures.tag("اقتباس", TagKind.QUOTE)).id();
            Annotation stored = stores.annotations().insert(Annotation.of(doc, text, new Span(start, start + 4), tag, "", Fixtures.NOW));
            Annotation read = stores.annotations().get(stored.id()).orElseThrow();
            assertEquals("ا".repeat(Annotation.CONTEXT_LENGTH - 1), read.prefix(), "no '?' where half the emoji was");
            assertEquals("ب".repeat(Annotation.CONTEXT_LENGTH - 1), read.suffix());
        }
    }
}
