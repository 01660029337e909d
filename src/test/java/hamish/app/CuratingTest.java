package hamish.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.SpanAgreement.Match;
import hamish.app.Curating.Item;
import hamish.app.Curating.Side;
import hamish.app.history.EditHistory;
import hamish.app.history.UndoRefusedException;
import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.CuratableDocument;
import hamish.model.CurationDecision;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curation of one hand-made document between alice (A) and bob (B): one exact match, one overlap with another extent
 * and tag, one span only alice tagged, one only bob tagged. The text has harakat and an emoji (two UTF-16 chars)
 * before the later spans, so the offsets that are copied are checked against the very characters.
 */
class CuratingTest {

    // Harakat on most words; the emoji sits between the first span and the others.
    static final String TEXT = "قالَ وزيرُ الخارجيةِ 🙂 إنَّ المحادثاتِ ستتواصلُ في واشنطنَ مع بلينكنْ غداً.\n";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    static final Origin CAROL = new Origin("curation", "carol");

    @TempDir
    Path dir;

    /** The database: a file here, a team database in {@link PgCuratingTest}. */
    String target() {
        return dir.resolve("curation.db").toString();
    }
    Stores stores;
    EditHistory history;
    Curating curating;
    long doc;
    long person;
    long organisation;
    long place;
    long quote;
    Entity minister;
    Entity speaker;
    Annotation exactA;
    Annotation exactB;
    Annotation overlapA;
    Annotation overlapB;
    Annotation onlyA;
    Annotation onlyB;

    @BeforeEach
    void open() {
        stores = Stores.open(target(), "window");
        stores.tags().ensureDefaults(DefaultTags.load());
        doc = stores.documents().insert(new Document(0, "المحادثات", "أ", LocalDate.of(2021, 6, 3), "ar", TEXT, "h1", CLOCK.instant())).id();
        person = stores.tags().byName("Person").orElseThrow().id();
        organisation = stores.tags().byName("Organisation").orElseThrow().id();
        place = stores.tags().byName("Place").orElseThrow().id();
        quote = stores.tags().byName("Quote").orElseThrow().id();
        minister = stores.entities().insert(new Entity(0, "وزير الخارجية", EntityType.PERSON, List.of()));
        speaker = stores.entities().insert(new Entity(0, "المتحدث", EntityType.PERSON, List.of()));
        exactA = stored(span("وزيرُ الخارجيةِ"), person, "alice", minister.id(), null, "the minister");
        exactB = stored(span("وزيرُ الخارجيةِ"), person, "bob", null, null, "");
        onlyA = stored(span("المحادثاتِ ستتواصلُ"), quote, "alice", null, speaker.id(), "a quote");
        overlapA = stored(span("واشنطنَ"), place, "alice", null, null, "");
        overlapB = stored(span("في واشنطنَ"), organisation, "bob", null, null, "bob's note");
        onlyB = stored(span("بلينكنْ"), person, "bob", null, null, "");
        history = new EditHistory();
        curating = new Curating(stores, history, CLOCK);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        assertTrue(start >= 0, words);
        return new Span(start, start + words.length());
    }

    private Annotation stored(Span s, long tag, String author, Long entity, Long speakerId, String note) {
        Annotation a = Annotation.of(doc, TEXT, s, tag, author, CLOCK.instant()).withEntity(entity, CLOCK.instant())
                .withSpeaker(speakerId, CLOCK.instant()).withNote(note, CLOCK.instant());
        return stores.annotations().insertAll(List.of(a), author).get(0);
    }

    private List<Item> items() {
        return curating.items(doc, "alice", "bob").items();
    }

    private List<Annotation> curated() {
        return stores.annotations().forDocument(doc).stream().filter(a -> a.author().equals(Curating.CURATED)).toList();
    }

    private Optional<?> accept(int item, Side side) {
        return curating.accept(CAROL, doc, "alice", "bob", items().get(item), side);
    }

    /** The curated copy of {@code source}: the same characters of the text, tag, entity, speaker and note, written by carol. */
    private void assertCopied(Annotation source, Annotation copy) {
        assertEquals(Curating.CURATED, copy.author());
        assertEquals(source.span(), copy.span());
        assertEquals(TEXT.substring(source.start(), source.end()), TEXT.substring(copy.start(), copy.end()));
        assertEquals(source.quote(), copy.quote());
        assertEquals(source.tagId(), copy.tagId());
        assertEquals(source.entityId(), copy.entityId());
        assertEquals(source.speakerEntityId(), copy.speakerEntityId());
        assertEquals(source.note(), copy.note());
        assertEquals("carol", stores.annotations().revision(copy.id()).orElseThrow().changedBy());
    }

    @Test
    void theFourKindsInDocumentOrder() {
        List<Item> items = items();
        assertEquals(List.of(Match.EXACT, Match.ONLY_A, Match.OVERLAPPING, Match.ONLY_B), items.stream().map(Item::match).toList());
        assertEquals(exactA.id(), items.get(0).a().id());
        assertEquals(exactB.id(), items.get(0).b().id());
        assertEquals(onlyA.id(), items.get(1).a().id());
        assertNull(items.get(1).b());
        assertEquals(overlapA.id(), items.get(2).a().id());
        assertEquals(overlapB.id(), items.get(2).b().id());
        assertNull(items.get(3).a());
        assertEquals(onlyB.id(), items.get(3).b().id());
        assertTrue(items.stream().noneMatch(Item::done));
        assertEquals(List.of("alice", "bob"), curating.annotators(doc));
        // The emoji before them: the later offsets count its two UTF-16 chars.
        assertTrue(TEXT.indexOf("🙂") < items.get(1).start());
    }

    @Test
    void acceptingEachKindCopiesThatSpanAndUndoRestores() {
        assertTrue(accept(0, Side.A).isPresent());
        assertCopied(exactA, curated().get(0));
        assertEquals(Optional.of(Side.A), items().get(0).accepted());

        assertTrue(accept(1, Side.A).isPresent());
        assertCopied(onlyA, curated().stream().filter(c -> c.tagId() == quote).findFirst().orElseThrow());

        assertTrue(accept(2, Side.B).isPresent());
        Annotation bCopy = curated().stream().filter(c -> c.tagId() == organisation).findFirst().orElseThrow();
        assertCopied(overlapB, bCopy);
        assertEquals(Optional.of(Side.B), items().get(2).accepted());

        assertTrue(accept(3, Side.B).isPresent());
        assertCopied(onlyB, curated().stream().filter(c -> c.span().equals(onlyB.span())).findFirst().orElseThrow());
        assertEquals(4, curated().size());
        assertTrue(items().stream().allMatch(Item::done));

        // Changing one's mind on the overlap: A's span replaces B's in one step; undo brings B's back, with its id.
        assertTrue(accept(2, Side.A).isPresent());
        assertEquals(Optional.of(Side.A), items().get(2).accepted());
        assertEquals(4, curated().size());
        assertTrue(curated().stream().noneMatch(c -> c.id() == bCopy.id()));
        curating.undo(CAROL).orElseThrow();
        assertEquals(Optional.of(Side.B), items().get(2).accepted());
        assertTrue(curated().stream().anyMatch(c -> c.id() == bCopy.id()));

        // Accepting what is already there writes nothing.
        assertTrue(accept(2, Side.B).isEmpty());

        // Neither: the copy goes, the decision is kept; undo puts the copy back and B's decision with it.
        assertTrue(accept(3, Side.NEITHER).isPresent());
        assertTrue(items().get(3).curated().isEmpty());
        assertEquals(Optional.of(Side.NEITHER), items().get(3).decision());
        curating.undo(CAROL).orElseThrow();
        assertEquals(Optional.of(Side.B), items().get(3).decision());
        assertEquals(CurationDecision.Choice.B, items().get(3).recorded().choice());

        // Undo everything: the curated layer is empty again, the annotators' spans untouched.
        for (int i = 0; i < 4; i++) {
            curating.undo(CAROL).orElseThrow();
        }
        assertEquals(List.of(), curated());
        assertEquals(0, stores.curation().count(), "undo takes the decisions back with the copies");
        assertTrue(curating.undo(CAROL).isEmpty());
        assertEquals(6, stores.annotations().forDocument(doc).size());
        // Redo restores the same rows.
        curating.redo(CAROL).orElseThrow();
        assertCopied(exactA, curated().get(0));
    }

    @Test
    void acceptAllAgreementsIsOneStep() {
        Annotation secondA = stored(span("غداً"), place, "alice", null, null, "");
        stored(span("غداً"), place, "bob", null, null, "");
        assertEquals(2, curating.acceptAgreements(CAROL, doc, "alice", "bob").orElseThrow().saved().size());
        assertEquals(2, curated().size());
        assertCopied(exactA, curated().get(0));
        assertCopied(secondA, curated().get(1));
        // Nothing left to accept: no step.
        assertTrue(curating.acceptAgreements(CAROL, doc, "alice", "bob").isEmpty());
        curating.undo(CAROL).orElseThrow();
        assertEquals(List.of(), curated());
        assertFalse(history.canUndo(CAROL.scope()));
    }

    @Test
    void theCuratedLayerIsNoAnnotator() {
        accept(0, Side.A);
        assertEquals(List.of("alice", "bob"), curating.annotators(doc));
        assertThrows(Curating.RefusedException.class, () -> curating.items(doc, "alice", Curating.CURATED));
        assertThrows(Curating.RefusedException.class, () -> curating.items(doc, "alice", "alice"));
        // Accepting a side that has no span here is refused and writes nothing.
        assertThrows(Curating.RefusedException.class, () -> accept(1, Side.B));
        assertEquals(1, curated().size());
    }

    @Test
    void neitherIsKeptForTheNextWindowAndAnotherCurator() {
        assertTrue(accept(1, Side.NEITHER).isPresent(), "a neither with nothing to remove is a step: its decision is recorded");
        assertEquals(List.of(), curated());
        // A fresh reading, as a window opened later (another history, another curator) makes it.
        Curating later = new Curating(stores, new EditHistory(), CLOCK);
        Item item = later.items(doc, "alice", "bob").items().get(1);
        assertEquals(Optional.of(Side.NEITHER), item.decision());
        assertTrue(item.done());
        assertEquals("carol", item.recorded().curator());
        // Deciding it again the same way writes nothing.
        assertTrue(accept(1, Side.NEITHER).isEmpty());
        // With A and B the other way round the decision is still there.
        Item turned = later.items(doc, "bob", "alice").items().stream().filter(i -> i.b() != null && i.b().id() == onlyA.id())
                .findFirst().orElseThrow();
        assertEquals(Optional.of(Side.NEITHER), turned.decision());
        // Dan changes his mind for carol: A's span; carol's undo is then refused, dan's decision kept.
        Origin dan = new Origin("curation", "dan");
        later.accept(dan, doc, "alice", "bob", item, Side.A).orElseThrow();
        assertThrows(UndoRefusedException.class, () -> curating.undo(CAROL));
        assertEquals(Optional.of(Side.A), items().get(1).decision());
        // Dan's own undo brings carol's neither back.
        later.undo(dan).orElseThrow();
        assertEquals(Optional.of(Side.NEITHER), items().get(1).decision());
        assertEquals(List.of(), curated());
    }

    @Test
    void acceptingAllAgreementsLeavesAnAgreementDecidedNeither() {
        assertTrue(accept(0, Side.NEITHER).isPresent());
        assertTrue(curating.acceptAgreements(CAROL, doc, "alice", "bob").isEmpty());
        assertEquals(List.of(), curated());
        // Accepting B's copy of an exact match where A's is identical in span and tag: one decision, B.
        assertTrue(accept(0, Side.B).isPresent());
        assertEquals(CurationDecision.Choice.B, items().get(0).recorded().choice());
        assertEquals(1, stores.curation().count());
    }

    @Test
    void theDocumentsToCurateHaveTwoAnnotators() {
        long lone = stores.documents().insert(new Document(0, "وحيد", "أ", LocalDate.of(2021, 6, 4), "ar", TEXT + " ", "h2",
                CLOCK.instant())).id();
        stores.annotations().insertAll(List.of(Annotation.of(lone, TEXT + " ", span("بلينكنْ"), person, "alice", CLOCK.instant())), "alice");
        accept(0, Side.A);
        assertEquals(List.of(new CuratableDocument(doc, "المحادثات", 2)), curating.documents());
    }
}
