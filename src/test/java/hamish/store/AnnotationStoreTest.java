package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.AnnotationSpan;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.TagKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgAnnotationStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void offsetsSurviveReopeningTheFile() {
        String file = target("offsets.db");
        String text = Fixtures.MIXED_TEXT;
        List<String> pieces = List.of("المتحدّث", "بـــاسم", "😀", "😀 الاجتماع", "١٥", "2024", "Twitter", "«لن نتراجع عن موقفنا»",
                "12 عضوًا", ".\nوأضاف");
        long documentId;
        try (Stores stores = Stores.open(file)) {
            documentId = stores.documents().insert(Fixtures.document("نص مختلط", text)).id();
            long tag = stores.tags().insert(Fixtures.tag("اقتباس", TagKind.QUOTE)).id();
            List<Annotation> batch = new ArrayList<>();
            for (String piece : pieces) {
                int start = text.indexOf(piece);
                assertTrue(start >= 0, piece);
                batch.add(Annotation.of(documentId, text, new Span(start, start + piece.length()), tag, "نور", Fixtures.NOW));
            }
            stores.annotations().insertAll(batch);
        }

        try (Stores stores = Stores.open(file)) {
            String stored = stores.documents().get(documentId).orElseThrow().text();
            assertEquals(text, stored);
            List<Annotation> annotations = stores.annotations().forDocument(documentId);
            assertEquals(pieces.size(), annotations.size());
            for (Annotation a : annotations) {
                assertEquals(a.quote(), stored.substring(a.start(), a.end()));
            }
            assertTrue(annotations.stream().anyMatch(a -> a.quote().equals("😀") && a.span().length() == 2),
                    "the emoji counts two UTF-16 chars");
            // What the reader draws first: the same annotations' ids, spans and tags, in the same order.
            assertEquals(annotations.stream().map(AnnotationSpan::of).toList(), stores.annotations().spansForDocument(documentId));
        }
    }

    @Test
    void roundTripsWithAndWithoutEntityAndSpeaker() {
        try (Stores stores = Stores.open(target("round.db"))) {
            Document d = stores.documents().insert(Fixtures.document("تصريح", "قال الوزير: «سنرد بقوة» على الهجوم."));
            long quoteTag = stores.tags().insert(Fixtures.tag("اقتباس", TagKind.QUOTE)).id();
            long minister = stores.entities().insert(new Entity(0, "الوزير", EntityType.PERSON, List.of())).id();
            Annotation bare = Annotation.of(d.id(), d.text(), new Span(4, 10), quoteTag, "", Fixtures.NOW);
            Annotation full = Annotation.of(d.id(), d.text(), new Span(12, 23), quoteTag, "هدى", Fixtures.NOW)
                    .withEntity(minister, Fixtures.NOW)
                    .withSpeaker(minister, Fixtures.NOW)
                    .withNote("تهديد مبطن", Instant.parse("2026-03-15T11:00:00Z"));

            Annotation storedBare = stores.annotations().insert(bare);
            Annotation storedFull = stores.annotations().insert(full);

            assertEquals(bare.withId(storedBare.id()), stores.annotations().get(storedBare.id()).orElseThrow());
            assertEquals(full.withId(storedFull.id()), stores.annotations().get(storedFull.id()).orElseThrow());
            assertNull(stores.annotations().get(storedBare.id()).orElseThrow().speakerEntityId());
            assertEquals(2, stores.annotations().count());
        }
    }

    @Test
    void refusesAQuoteThatIsNotTheDocumentsTextAtTheSpan() {
        try (Stores stores = Stores.open(target("mismatch.db"))) {
            Document d = stores.documents().insert(Fixtures.document("خبر", "وصل الرئيس إلى باريس"));
            long tag = stores.tags().insert(Fixtures.tag("مكان", TagKind.OTHER)).id();
            Annotation shifted = new Annotation(0, d.id(), new Span(4, 9), "باريس", "", "", tag, null, null, "", "",
                    Fixtures.NOW, Fixtures.NOW);

            StoreException refused = assertThrows(StoreException.class, () -> stores.annotations().insert(shifted));

            assertEquals("annotation [4, 9) does not match document " + d.id() + "'s text", refused.getMessage());
            assertEquals(0, stores.annotations().count());
        }
    }

    @Test
    void refusesASpanPastTheEndOrAMissingDocumentOrTag() {
        try (Stores stores = Stores.open(target("bounds.db"))) {
            Document d = stores.documents().insert(Fixtures.document("قصير", "نص"));
            long tag = stores.tags().insert(Fixtures.tag("أخرى", TagKind.OTHER)).id();
            Annotation pastEnd = new Annotation(0, d.id(), new Span(1, 4), "صxx", "", "", tag, null, null, "", "", null, null);
            Annotation noDocument = new Annotation(0, 77, new Span(0, 2), "نص", "", "", tag, null, null, "", "", null, null);
            Annotation noTag = new Annotation(0, d.id(), new Span(0, 2), "نص", "", "", 99, null, null, "", "", null, null);

            assertEquals("annotation [1, 4) is past the end of document " + d.id() + "'s text (2 chars)",
                    assertThrows(StoreException.class, () -> stores.annotations().insert(pastEnd)).getMessage());
            assertEquals("document 77 does not exist; the annotation was not saved",
                    assertThrows(StoreException.class, () -> stores.annotations().insert(noDocument)).getMessage());
            assertEquals("tag 99 does not exist; the annotation was not saved",
                    assertThrows(StoreException.class, () -> stores.annotations().insert(noTag)).getMessage());
        }
    }

    @Test
    void aBatchWithOneBadAnnotationSavesNothing() {
        try (Stores stores = Stores.open(target("batch.db"))) {
            Document d = stores.documents().insert(Fixtures.document("دفعة", "واحد اثنان ثلاثة"));
            long tag = stores.tags().insert(Fixtures.tag("أخرى", TagKind.OTHER)).id();
            Annotation good = Annotation.of(d.id(), d.text(), new Span(0, 4), tag, "", Fixtures.NOW);
            Annotation bad = new Annotation(0, d.id(), new Span(5, 10), "خطأخط", "", "", tag, null, null, "", "", null, null);

            assertThrows(StoreException.class, () -> stores.annotations().insertAll(List.of(good, bad)));

            assertEquals(0, stores.annotations().count());
            assertEquals(2, stores.annotations().insertAll(List.of(good, good)).size());
        }
    }

    @Test
    void restoresADeletedAnnotationUnderItsOldIdAndUpdatesFields() {
        try (Stores stores = Stores.open(target("undo.db"))) {
            Document d = stores.documents().insert(Fixtures.document("تراجع", "ألغى الوفد زيارته المقررة"));
            long tag = stores.tags().insert(Fixtures.tag("ادعاء", TagKind.CLAIM)).id();
            Annotation first = stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(5, 10), tag, "", Fixtures.NOW));
            Annotation other = stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(11, 17), tag, "", Fixtures.NOW));

            stores.annotations().delete(other.id());
            Annotation later = stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(0, 4), tag, "", Fixtures.NOW));
            Annotation restored = stores.annotations().restore(other);

            assertTrue(later.id() > other.id(), "ids are never reused");
            assertEquals(other, restored);
            assertEquals(other, stores.annotations().get(other.id()).orElseThrow());
            assertThrows(StoreException.class, () -> stores.annotations().restore(other));

            Annotation renoted = first.withNote("مؤكد", Instant.parse("2026-03-16T09:00:00Z"));
            stores.annotations().update(renoted);
            assertEquals(renoted, stores.annotations().get(first.id()).orElseThrow());
            assertThrows(StoreException.class, () -> stores.annotations().update(renoted.withId(12345)));
        }
    }

    @Test
    void deletingAnEntityUnsetsItOnAnnotations() {
        try (Stores stores = Stores.open(target("entity.db"))) {
            Document d = stores.documents().insert(Fixtures.document("كيان", "صرّح المتحدث باسم الجيش"));
            long tag = stores.tags().insert(Fixtures.tag("اقتباس", TagKind.QUOTE)).id();
            long army = stores.entities().insert(new Entity(0, "الجيش", EntityType.ORG, List.of())).id();
            Annotation a = stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(5, 12), tag, "", Fixtures.NOW)
                    .withEntity(army, Fixtures.NOW).withSpeaker(army, Fixtures.NOW));
            Annotation b = stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(0, 4), tag, "", Fixtures.NOW));
            stores.links().insert(new Link(0, a.id(), b.id(), LinkType.PARAPHRASE, "", Fixtures.NOW));

            stores.entities().delete(army);

            Annotation after = stores.annotations().get(a.id()).orElseThrow();
            assertNull(after.entityId());
            assertNull(after.speakerEntityId());
            assertEquals(1, stores.links().list().size(), "the annotation and its links stay");
        }
    }
}
