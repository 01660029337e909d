package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.CollectionMember;
import hamish.model.CurationDecision;
import hamish.model.CurationDecision.Choice;
import hamish.model.CurationDecision.TaggedExtent;
import hamish.model.Document;
import hamish.model.DocumentCollection;
import hamish.model.DocumentSummary;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.ExcludedForm;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Revision;
import hamish.model.SearchHit;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamish copy}'s store half ({@link CorpusCopy}): a corpus with everything a corpus holds (Arabic with harakat,
 * an emoji, Latin, mixed line endings; two annotators; an orphan; links; an entity with aliases and a removed form; a
 * collection; curation decisions, "neither" and a one-sided item among them; settings; gaps in every id sequence) copied keeps every record equal, offsets on the same characters,
 * search results, and hands out fresh ids and revisions afterwards. PgCorpusCopyTest runs the round trip through
 * PostgreSQL.
 */
class CorpusCopyTest {

    static final Set<String> DEFAULT_TAGS = Set.of("Person", "Organisation", "Place", "Quote", "Claim");

    /** CR LF, a lone CR and LF in one text: copied as they are, every offset after them unchanged. */
    static final String LINE_ENDINGS = "قالَ وزير الخارجية جون كيري في واشنطن:\r\n«إسرائيل لن تنسحب» 🇵🇸\rوأضاف كيري أنّ الحل ممكن.\n"
            + "Secretary Kerry said (AP) that لإسرائيل الحق.";

    @TempDir
    Path dir;

    /** Where a copy goes through: a file here, a fresh PostgreSQL database in PgCorpusCopyTest. */
    String middle(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aFileCopiedToAnotherFileIsTheSameCorpus() {
        String source = dir.resolve("source.db").toString();
        String target = dir.resolve("target.db").toString();
        Corpus before = build(source);

        CorpusCopy.Result result = copy(source, target);

        assertTrue(result.verified(), result.toString());
        assertEquals(before, Corpus.of(target));
        assertEquals(3, result.table("document").targetRows());
        assertEquals(3, result.table("search index").targetRows());
        freshIdsAfterTheCopy(target, before);
    }

    @Test
    void aRoundTripThroughTheMiddleKeepsEverything() {
        String source = dir.resolve("source.db").toString();
        String middle = middle("middle.db");
        String back = dir.resolve("back.db").toString();
        Corpus before = build(source);

        CorpusCopy.Result there = copy(source, middle);
        Corpus inTheMiddle = Corpus.of(middle);
        CorpusCopy.Result home = copy(middle, back);

        assertTrue(there.verified(), there.toString());
        assertTrue(home.verified(), home.toString());
        assertEquals(before, inTheMiddle);
        assertEquals(before, Corpus.of(back));
        // The same rows digest alike on either engine: the figures of the two copies agree table by table.
        for (int i = 0; i < there.tables().size(); i++) {
            assertEquals(there.tables().get(i).sourceDigest(), home.tables().get(i).targetDigest(), there.tables().get(i).table());
        }
        freshIdsAfterTheCopy(middle, before);
        freshIdsAfterTheCopy(back, before);
    }

    /** On PostgreSQL: one team database copied to another (a server move), built there, not copied in first. */
    @Test
    void aCorpusCopiedBetweenTwoDatabasesOfTheMiddleKindIsTheSame() {
        String source = middle("first.db");
        String target = middle("second.db");
        Corpus before = build(source);

        CorpusCopy.Result result = copy(source, target);

        assertTrue(result.verified(), result.toString());
        assertEquals(before, Corpus.of(target));
        freshIdsAfterTheCopy(target, before);
    }

    @Test
    void theDefaultTagsOfANewTargetAreReplacedByTheSourcesTags() {
        String source = dir.resolve("source.db").toString();
        String target = middle("defaults.db");
        Corpus before = build(source);
        try (Stores s = Stores.open(target)) {
            s.tags().insert(new Tag(0, "Person", TagKind.ENTITY, EntityType.PERSON, "#123456", "1"));
            s.tags().insert(new Tag(0, "Claim", TagKind.CLAIM, null, "#654321", "5"));
            s.settings().put("window.layout", "wide");
        }

        CorpusCopy.Result result = copy(source, target);

        assertEquals(2, result.replacedTags());
        assertEquals(1, result.replacedSettings());
        assertEquals(before, Corpus.of(target));
    }

    @Test
    void aTargetWithACorpusOrTagsOfItsOwnIsRefusedAndLeftAsItWas() {
        String source = dir.resolve("source.db").toString();
        build(source);
        String full = middle("full.db");
        try (Stores s = Stores.open(full)) {
            s.documents().insert(Fixtures.document("قائم", "نص موجود من قبل."));
        }
        String ownTags = middle("tags.db");
        try (Stores s = Stores.open(ownTags)) {
            s.tags().insert(Fixtures.tag("وسم خاص", TagKind.QUOTE));
        }
        Corpus fullBefore = Corpus.of(full);

        CorpusCopy.TargetNotEmptyException refused = assertThrows(CorpusCopy.TargetNotEmptyException.class, () -> copy(source, full));
        CorpusCopy.TargetNotEmptyException tags = assertThrows(CorpusCopy.TargetNotEmptyException.class, () -> copy(source, ownTags));

        String fullName;
        try (Database d = Database.open(full)) {
            fullName = d.location();
        }
        assertEquals(fullName + " is not empty: it holds 1 document. Copy into a new database file, or an empty PostgreSQL "
                + "database; nothing was changed", refused.getMessage());
        assertTrue(tags.getMessage().contains("has tags of its own (وسم خاص)"), tags.getMessage());
        assertEquals(fullBefore, Corpus.of(full));
        try (Stores s = Stores.open(ownTags)) {
            assertEquals(List.of("وسم خاص"), s.tags().list().stream().map(Tag::name).toList());
        }
    }

    @Test
    void aTargetThatReadsBackDifferentlyIsRolledBackWithTheFigures() throws Exception {
        String source = dir.resolve("source.db").toString();
        Path tampered = dir.resolve("tampered.db");
        build(source);
        try (Stores s = Stores.open(tampered.toString())) {
            s.settings().put("kept", "yes");
        }
        // Something on the target's side changes what is written (a trigger here): the digests catch it.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tampered);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER tamper AFTER INSERT ON annotation BEGIN "
                    + "UPDATE annotation SET note = note || '!' WHERE id = NEW.id; END");
        }

        CorpusCopy.MismatchException refused = assertThrows(CorpusCopy.MismatchException.class, () -> copy(source, tampered.toString()));

        CorpusCopy.TableFigures annotations = refused.result().table("annotation");
        assertEquals(annotations.sourceRows(), annotations.targetRows());
        assertNotEquals(annotations.sourceDigest(), annotations.targetDigest());
        assertTrue(refused.result().table("document").same());
        assertTrue(refused.getMessage().contains("annotation (7 rows in the source, 7 in the target, contents differ)"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("It was rolled back; " + tampered.toAbsolutePath() + " was not changed"), refused.getMessage());
        try (Stores s = Stores.open(tampered.toString())) {
            assertEquals(0, s.documents().count());
            assertEquals(Optional.of("yes"), s.settings().get("kept"), "the settings the copy would have replaced are back");
        }
    }

    private static CorpusCopy.Result copy(String from, String to) {
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            return CorpusCopy.copy(source, target, DEFAULT_TAGS);
        }
    }

    /** After a copy the target hands out ids past every copied one, and revisions past every copied one. */
    private static void freshIdsAfterTheCopy(String target, Corpus copied) {
        try (Stores s = Stores.open(target)) {
            Document d = s.documents().insert(Fixtures.document("جديد", "نص جديد بعد النسخ."));
            long tag = s.tags().list().get(0).id();
            Annotation a = s.annotations().insert(Annotation.of(d.id(), d.text(), new Span(0, 2), tag, "carol", Fixtures.NOW));
            Entity e = s.entities().insert(new Entity(0, "كيان جديد", EntityType.PLACE, List.of()));

            assertTrue(d.id() > copied.maxDocumentId(), d.id() + " after " + copied.maxDocumentId());
            assertTrue(a.id() > copied.maxAnnotationId(), a.id() + " after " + copied.maxAnnotationId());
            assertTrue(e.id() > copied.maxEntityId(), e.id() + " after " + copied.maxEntityId());
            assertTrue(s.annotations().revision(a.id()).orElseThrow().number() > copied.maxRevision());
            CurationDecision decided = s.curation().insert(new CurationDecision(0, d.id(), "alice", "carol", new TaggedExtent(a.span(), tag),
                    null, Choice.A, "dan", Fixtures.NOW, 0));
            assertTrue(decided.id() > copied.maxDecisionId(), decided.id() + " after " + copied.maxDecisionId());
            assertTrue(decided.revision() > copied.maxRevision());
        }
    }

    /** Builds the corpus in a new database and returns what it holds. */
    static Corpus build(String target) {
        Instant t1 = Instant.parse("2024-03-15T08:00:00.123456Z");
        Instant t2 = Instant.parse("2024-03-16T09:30:00Z");
        try (Stores s = Stores.open(target, "test")) {
            // Gaps: a document, a tag, an entity and an annotation deleted before the others, so ids start past 1.
            Document gone = s.documents().insert(Fixtures.document("محذوف", "نص سيحذف."));
            Tag unused = s.tags().insert(Fixtures.tag("مؤقت", TagKind.QUOTE));
            Document mixed = s.documents().insert(Fixtures.document("اختبار مختلط 😀", Fixtures.MIXED_TEXT));
            Document endings = s.documents().insert(new Document(0, "نهايات الأسطر «كيري»", "Reuters عربي",
                    null, "ar", LINE_ENDINGS, Fixtures.sha256(LINE_ENDINGS), Fixtures.NOW, "https://example.org/كيري?x=1", "مراسل"));
            Document third = s.documents().insert(Fixtures.document("ثالث", "بيانٌ ثالث عن الاجتماع في الوزارة."));
            s.documents().delete(gone.id());
            s.tags().delete(unused.id());
            Tag person = s.tags().insert(new Tag(0, "شخص", TagKind.ENTITY, EntityType.PERSON, "#1f77b4", "1"));
            Tag claim = s.tags().insert(new Tag(0, "ادعاء", TagKind.CLAIM, null, "#d62728", null));
            Entity temp = s.entities().insert(new Entity(0, "مؤقت", EntityType.MISC, List.of()));
            s.entities().delete(temp.id());
            Entity kerry = s.entities().insert(new Entity(0, "جون كيري", EntityType.PERSON, List.of()));
            s.entities().addAliases(kerry.id(), List.of("كيري", "جون فوربس كيري", "Kerry"), "alice", t1);
            Entity ministry = s.entities().insert(new Entity(0, "الوزارة", EntityType.ORG, List.of()));
            long expected = s.entities().revision(kerry.id()).orElseThrow().number();
            s.entities().forms().exclude(kerry.id(), new ExcludedForm("جون", "جون"), expected, new Revision(0, "alice", t1));

            String text = LINE_ENDINGS;
            int kerryAt = text.indexOf("جون كيري");
            Annotation a1 = s.annotations().insert(new Annotation(0, endings.id(), new Span(kerryAt, kerryAt + 8),
                    text.substring(kerryAt, kerryAt + 8), "", "", person.id(), kerry.id(), null, "وزير الخارجية", "alice", t1, null));
            Annotation dropped = s.annotations().insert(Annotation.of(endings.id(), text, new Span(0, 4), claim.id(), "alice", t1));
            s.annotations().delete(dropped.id());
            int quoteAt = text.indexOf("«");
            int quoteEnd = text.indexOf("🇵🇸") + "🇵🇸".length();
            Annotation a2 = s.annotations().insert(Annotation.of(endings.id(), text, new Span(quoteAt, quoteEnd), claim.id(), "bob", t2));
            int kerry2 = text.indexOf("كيري أنّ");
            Annotation a3 = s.annotations().insert(Annotation.of(endings.id(), text, new Span(kerry2, kerry2 + 4), person.id(), "bob", t2));
            s.annotations().update(new Annotation(a3.id(), a3.documentId(), a3.span(), a3.quote(), a3.prefix(), a3.suffix(), a3.tagId(),
                    kerry.id(), kerry.id(), "ملاحظة\nبسطرين", "bob", a3.created(), t2));
            int latin = text.indexOf("Kerry");
            Annotation a4 = s.annotations().insert(Annotation.of(endings.id(), text, new Span(latin, latin + 5), person.id(), "alice", t1));
            int emoji = Fixtures.MIXED_TEXT.indexOf("😀");
            Annotation a5 = s.annotations().insert(Annotation.of(mixed.id(), Fixtures.MIXED_TEXT, new Span(emoji, emoji + 2), claim.id(),
                    "alice", t1));
            int said = Fixtures.MIXED_TEXT.indexOf("قالَ");
            Annotation a6 = s.annotations().insert(Annotation.of(mixed.id(), Fixtures.MIXED_TEXT, new Span(said, said + 4), claim.id(),
                    "bob", t2));
            int ministryAt = third.text().indexOf("الوزارة");
            Annotation a7 = s.annotations().insert(new Annotation(0, third.id(), new Span(ministryAt, ministryAt + 7), "الوزارة", "", "",
                    person.id(), ministry.id(), null, "", "bob", t2, t2));
            // An orphan: the text it quoted is gone (as after a correction); kept with its old span and quote.
            long revision = s.annotations().revision(a6.id()).orElseThrow().number();
            s.annotations().move(a6, true, revision, new Revision(0, "bob", t2));

            s.links().insert(new Link(0, a1.id(), a3.id(), LinkType.SAME_CLAIM, "نفس الشخص", t1, "sara"));
            Link gap = s.links().insert(new Link(0, a2.id(), a5.id(), LinkType.OTHER, "", null));
            s.links().delete(gap.id());
            s.links().insert(new Link(0, a2.id(), a6.id(), LinkType.CONTRADICTS, "", null));
            s.links().insert(new Link(0, a7.id(), a4.id(), LinkType.PARAPHRASE, "Latin & عربي", t2));

            CollectionStore collections = s.collections();
            DocumentCollection event = collections.insert("تصريحات كيري", t1, new Revision(0, "alice", t1));
            long at = collections.revision(event.id()).orElseThrow().number();
            collections.addDocuments(event.id(), List.of(new CollectionMember(endings.id(), t1), new CollectionMember(mixed.id(), t2)),
                    at, new Revision(0, "alice", t2));
            collections.insert("فارغة", t2, new Revision(0, "bob", t2));
            // Curation decisions: one deleted first (a gap), a "neither" on bob's span alone, A on alice's and bob's.
            TaggedExtent quoted = new TaggedExtent(a2.span(), claim.id());
            CurationDecision undone = s.curation().insert(new CurationDecision(0, endings.id(), "alice", "bob", null, quoted, Choice.B,
                    "carol", t1, 0));
            s.curation().delete(undone.id(), undone.revision());
            s.curation().insert(new CurationDecision(0, endings.id(), "alice", "bob", null, quoted, Choice.NEITHER, "carol", t2, 0));
            s.curation().insert(new CurationDecision(0, endings.id(), "alice", "bob", new TaggedExtent(a4.span(), person.id()),
                    new TaggedExtent(a3.span(), person.id()), Choice.A, "كارول", t2, 0));
            s.settings().put("language", "ar");
            s.settings().put("last.document", Long.toString(endings.id()));
        }
        return Corpus.of(target);
    }

    /** Everything a corpus holds, read through the stores, as records that compare. */
    record Corpus(List<Document> documents, Map<Long, Optional<Revision>> documentRevisions, List<Tag> tags, List<Entity> entities,
                  Map<Long, Optional<Revision>> entityRevisions, Map<Long, List<ExcludedForm>> removedForms,
                  Map<Long, List<Annotation>> annotations, Map<Long, List<Annotation>> orphans, Map<Long, Optional<Revision>> annotationRevisions,
                  List<Link> links, List<DocumentCollection> collections, Map<Long, List<CollectionMember>> members,
                  Map<Long, Optional<Revision>> collectionRevisions, Map<Long, List<CurationDecision>> decisions,
                  Map<String, Optional<String>> settings, Map<String, List<String>> search) {

        static final List<String> QUERIES = List.of("اسرائيل", "كيري", "Kerry", "الاجتماع", "\"لن نتراجع\"", "الوزاره");

        static Corpus of(String target) {
            try (Stores s = Stores.open(target)) {
                List<Document> documents = new ArrayList<>();
                Map<Long, Optional<Revision>> documentRevisions = new TreeMap<>();
                Map<Long, List<Annotation>> annotations = new TreeMap<>();
                Map<Long, List<Annotation>> orphans = new TreeMap<>();
                Map<Long, Optional<Revision>> annotationRevisions = new TreeMap<>();
                Map<Long, List<CurationDecision>> decisions = new TreeMap<>();
                for (DocumentSummary summary : s.documents().list()) {
                    Document d = s.documents().get(summary.id()).orElseThrow();
                    documents.add(d);
                    decisions.put(d.id(), s.curation().decisions(d.id(), "alice", "bob"));
                    documentRevisions.put(d.id(), s.documents().revision(d.id()));
                    List<Annotation> placed = s.annotations().forDocument(d.id());
                    for (Annotation a : placed) {
                        // Offsets land on the same characters: every placed annotation's quote is its span of the text.
                        assertEquals(a.quote(), a.span().of(d.text()), "annotation " + a.id() + " in " + target);
                    }
                    annotations.put(d.id(), placed);
                    orphans.put(d.id(), s.annotations().orphans(d.id()));
                    for (Annotation a : placed) {
                        annotationRevisions.put(a.id(), s.annotations().revision(a.id()));
                    }
                    for (Annotation a : orphans.get(d.id())) {
                        annotationRevisions.put(a.id(), s.annotations().revision(a.id()));
                    }
                }
                List<Entity> entities = s.entities().list();
                Map<Long, Optional<Revision>> entityRevisions = new TreeMap<>();
                Map<Long, List<ExcludedForm>> removed = new TreeMap<>();
                for (Entity e : entities) {
                    entityRevisions.put(e.id(), s.entities().revision(e.id()));
                    removed.put(e.id(), s.entities().forms().excluded(e.id()));
                }
                List<DocumentCollection> collections = s.collections().list();
                Map<Long, List<CollectionMember>> members = new TreeMap<>();
                Map<Long, Optional<Revision>> collectionRevisions = new TreeMap<>();
                for (DocumentCollection c : collections) {
                    members.put(c.id(), s.collections().members(c.id()));
                    collectionRevisions.put(c.id(), s.collections().revision(c.id()));
                }
                Map<String, Optional<String>> settings = new TreeMap<>();
                for (String key : List.of("language", "last.document", "window.layout")) {
                    settings.put(key, s.settings().get(key));
                }
                Map<String, List<String>> search = new TreeMap<>();
                CorpusSearch corpusSearch = new CorpusSearch(s.database());
                for (String query : QUERIES) {
                    List<String> found = new ArrayList<>();
                    for (SearchHit hit : corpusSearch.search(query, SearchOptions.firstPage())) {
                        found.add(hit.documentId() + " " + hit.matchCount() + " " + hit.lines());
                    }
                    found.sort(null); // PostgreSQL ranks differently (ADR 10): the results, not their order, must be equal
                    search.put(query, found);
                }
                return new Corpus(documents, documentRevisions, s.tags().list(), entities, entityRevisions, removed, annotations, orphans,
                        annotationRevisions, s.links().list(), collections, members, collectionRevisions, decisions, settings, search);
            }
        }

        long maxDocumentId() {
            return documents.stream().mapToLong(Document::id).max().orElse(0);
        }

        long maxAnnotationId() {
            return annotationRevisions.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long maxEntityId() {
            return entities.stream().mapToLong(Entity::id).max().orElse(0);
        }

        long maxRevision() {
            long max = 0;
            for (Map<Long, Optional<Revision>> revisions : List.of(documentRevisions, entityRevisions, annotationRevisions, collectionRevisions)) {
                for (Optional<Revision> r : revisions.values()) {
                    max = Math.max(max, r.map(Revision::number).orElse(0L));
                }
            }
            for (List<CurationDecision> ds : decisions.values()) {
                for (CurationDecision d : ds) {
                    max = Math.max(max, d.revision());
                }
            }
            return max;
        }

        long maxDecisionId() {
            return decisions.values().stream().flatMap(List::stream).mapToLong(CurationDecision::id).max().orElse(0);
        }
    }

    @Test
    void theCorpusBuiltHasWhatTheTestsNeed() {
        Corpus corpus = build(dir.resolve("check.db").toString());

        assertEquals(3, corpus.documents().size());
        assertNotEquals(1, corpus.documents().get(0).id(), "the first document was deleted, so ids have a gap");
        assertTrue(corpus.documents().get(1).text().contains("\r\n") && corpus.documents().get(1).text().contains("\r"));
        assertEquals(List.of("alice", "bob"), corpus.annotations().values().stream().flatMap(List::stream).map(Annotation::author)
                .distinct().sorted().toList());
        assertFalse(corpus.orphans().values().stream().allMatch(List::isEmpty), "an orphan");
        assertEquals(3, corpus.links().size());
        Entity kerry = corpus.entities().stream().filter(e -> e.canonicalName().equals("جون كيري")).findFirst().orElseThrow();
        assertEquals(List.of("كيري", "جون فوربس كيري", "Kerry"), kerry.aliases());
        assertEquals(List.of(new ExcludedForm("جون", "جون")), corpus.removedForms().get(kerry.id()));
        assertEquals(2, corpus.members().values().stream().mapToInt(List::size).sum());
        List<CurationDecision> decided = corpus.decisions().values().stream().flatMap(List::stream).toList();
        assertEquals(List.of(Choice.NEITHER, Choice.A), decided.stream().map(CurationDecision::choice).toList());
        assertTrue(decided.get(0).id() > 1, "the first decision was deleted, so ids have a gap");
        assertTrue(corpus.search().values().stream().allMatch(hits -> !hits.isEmpty()), corpus.search().toString());
        assertTrue(Files.exists(dir.resolve("check.db")));
    }
}
