package hamish.store;

import hamish.model.AnnotationHit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationSearchTest {

    private static final String TEXT = "قال أوستن إن غانتس وصل إلى واشنطن، وأضاف: «لن نتراجع».";

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgAnnotationSearchTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }
    private Stores stores;
    private AnnotationSearch search;
    private Annotation austin;
    private Annotation gantz;
    private Annotation quote;
    private Annotation other;

    @BeforeEach
    void fill() {
        stores = Stores.open(target("a.db"));
        search = new AnnotationSearch(stores.database());
        Document d = stores.documents().insert(Fixtures.document("لقاء في واشنطن", TEXT));
        Document later = stores.documents().insert(new Document(0, "تقرير آخر", "وكالة", LocalDate.of(2025, 1, 2), "ar",
                "غانتس في بيروت.", Fixtures.sha256("غانتس في بيروت."), Fixtures.NOW));
        Tag person = stores.tags().insert(Fixtures.tag("Person", TagKind.ENTITY));
        Tag quoteTag = stores.tags().insert(Fixtures.tag("Quote", TagKind.QUOTE));
        Entity austinEntity = stores.entities().insert(new Entity(0, "لويد أوستن", EntityType.PERSON, List.of("اوستن")));
        Entity gantzEntity = stores.entities().insert(new Entity(0, "بيني غانتس", EntityType.PERSON, List.of()));
        Instant now = Fixtures.NOW;
        austin = stores.annotations().insert(at(d, "أوستن", person).withEntity(austinEntity.id(), now));
        gantz = stores.annotations().insert(at(d, "غانتس", person).withEntity(gantzEntity.id(), now).withNote("وزير الدفاع", now));
        quote = stores.annotations().insert(Annotation.of(d.id(), TEXT, span(TEXT, "«لن نتراجع»"), quoteTag.id(), "سارة", now)
                .withSpeaker(austinEntity.id(), now));
        other = stores.annotations().insert(Annotation.of(later.id(), later.text(), new Span(0, 5), person.id(), "omar", now)
                .withEntity(gantzEntity.id(), now));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    private static Annotation at(Document d, String word, Tag tag) {
        return Annotation.of(d.id(), d.text(), span(d.text(), word), tag.id(), "omar", Fixtures.NOW);
    }

    private List<Long> ids(AnnotationQuery q) {
        return search.find(q).stream().map(h -> h.annotation().id()).toList();
    }

    @Test
    void filtersByEachField() {
        assertEquals(List.of(austin.id(), gantz.id(), quote.id(), other.id()), ids(AnnotationQuery.any()));
        assertEquals(List.of(quote.id()), ids(AnnotationQuery.any().withTag("quote")));
        assertEquals(List.of(austin.id()), ids(AnnotationQuery.any().withEntity("أوستن".replace("أ", "ا"))), "alias, folded");
        assertEquals(List.of(austin.id()), ids(AnnotationQuery.any().withEntity("لويد اوستن")));
        assertEquals(List.of(gantz.id(), other.id()), ids(AnnotationQuery.any().withEntity("بيني غانتس")));
        assertEquals(List.of(quote.id()), ids(AnnotationQuery.any().withSpeaker("اوستن")));
        assertEquals(List.of(quote.id()), ids(AnnotationQuery.any().withAuthor("سارة")));
        assertEquals(List.of(gantz.id()), ids(AnnotationQuery.any().withNoteText("الدفاع")));
        assertEquals(List.of(other.id()), ids(AnnotationQuery.any().withDocument(other.documentId())));
        assertEquals(List.of(other.id()), ids(AnnotationQuery.any().withDocumentTitle("اخر")));
        assertEquals(List.of(other.id()), ids(AnnotationQuery.any().between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))));
        assertEquals(List.of(gantz.id()), ids(AnnotationQuery.any().withTag("Person").withEntity("بيني غانتس").withDocument(gantz.documentId())));
        assertEquals(2, ids(AnnotationQuery.any().withLimit(2)).size());
    }

    @Test
    void namesComeWithTheHits() {
        AnnotationHit hit = search.find(AnnotationQuery.any().withTag("Quote")).get(0);
        assertEquals("Quote", hit.tagName());
        assertEquals("لويد أوستن", hit.speakerName());
        assertEquals("", hit.entityName());
        assertEquals("لقاء في واشنطن", hit.documentTitle());
    }

    @Test
    void filterTextIsNeverSql() {
        assertEquals(List.of(), ids(AnnotationQuery.any().withTag("x' OR '1'='1")));
        assertEquals(List.of(), ids(AnnotationQuery.any().withNoteText("%")));
        assertEquals(4, stores.annotations().count());
    }
}
