package hamish.analysis;

import hamish.app.Accept;
import hamish.app.MentionService;
import hamish.io.CompareCsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ClaimMatrix.Status;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The naming table and the claim matrix over the two water-summit samples, annotated as an analyst would. */
class CompareTablesTest {

    @TempDir
    Path dir;
    private Stores stores;
    private List<Document> docs;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("compare.db"));
        docs = ComparePair.samples(stores);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private List<Annotation> all() {
        List<Annotation> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(stores.annotations().forDocument(d.id())));
        return all;
    }

    private Annotation tag(int doc, String needle, String tagName) {
        Document d = docs.get(doc);
        int at = ComparePair.at(d, needle);
        long tag = stores.tags().byName(tagName).orElseThrow().id();
        return stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(at, at + needle.length()), tag, "", Instant.EPOCH));
    }

    private void link(Annotation a, Annotation b, LinkType type) {
        stores.links().insert(new Link(0, a.id(), b.id(), type, "", Instant.EPOCH));
    }

    @Test
    void namingTableListsEachOutletsSpellingsWithCounts() {
        Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
        Entity minister = stores.entities().insert(new Entity(0, "مصطفى الحلواني", EntityType.PERSON, List.of()));
        MentionService service = new MentionService(stores, "", Clock.systemUTC());
        Accept.mentions(stores, service, service.propose(falk, docs.subList(1, 2)));
        Accept.mentions(stores, service, service.propose(minister, docs));
        Annotation descriptor = tag(0, "الوسيط الدولي غوردون فالك", "Person");
        stores.annotations().update(descriptor.withEntity(falk.id(), Instant.EPOCH));

        NamingTable table = NamingTable.build(docs, all(), stores.entities().list());

        assertEquals(List.of(falk, minister), table.rows().stream().map(NamingTable.Row::entity).toList(), "most named first");
        NamingTable.Row falkRow = table.rows().get(0);
        assertEquals(List.of(new NamingTable.Form("الوسيط الدولي غوردون فالك", 1)), falkRow.cells().get(0),
                "a mention that covers the descriptor shows it");
        assertEquals("جوردون فالك ×1; فالك ×1", falkRow.cellText(1));
        assertEquals("مصطفى الحلواني ×1", table.rows().get(1).cellText(0));
        assertEquals("مصطفي الحلواني ×1", table.rows().get(1).cellText(1), "ى/ي: the same name, spelled as each outlet did");
    }

    @Test
    void namingTableGroupsSpellingsThatFoldAlike() {
        Document d = new Document(7, "تقرير", "", null, "ar", "أوستن واوستن وأوستن", "h", Instant.EPOCH);
        Entity austin = new Entity(3, "لويد أوستن", EntityType.PERSON, List.of());
        List<Annotation> mentions = List.of(
                Annotation.of(7, d.text(), new Span(0, 5), 1, "", Instant.EPOCH).withEntity(3L, Instant.EPOCH),
                Annotation.of(7, d.text(), new Span(7, 12), 1, "", Instant.EPOCH).withEntity(3L, Instant.EPOCH),
                Annotation.of(7, d.text(), new Span(14, 19), 1, "", Instant.EPOCH).withEntity(3L, Instant.EPOCH));

        NamingTable table = NamingTable.build(List.of(d), mentions, List.of(austin));

        assertEquals(List.of(new NamingTable.Form("أوستن", 3)), table.rows().get(0).cells().get(0));
    }

    @Test
    void claimMatrixShowsCarriedContradictedAndUnmatchedClaims() {
        Annotation hopeful = tag(0, "يفتح صفحة جديدة من الثقة بين الشركاء", "Quote");
        Annotation sober = tag(1, "خطوة أولى لا أكثر", "Quote");
        Annotation quota = tag(0, "تخصيص 1400 مليون متر مكعب سنويًا", "Claim");
        Annotation quotaAgain = tag(1, "توزيع 1400 مليون متر مكعب سنويا", "Claim");
        Annotation mayor = tag(0, "أثبتت أنها أرض للحوار", "Quote");
        link(hopeful, sober, LinkType.CONTRADICTS);
        link(quotaAgain, quota, LinkType.PARAPHRASE);
        Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
        stores.annotations().update(sober.withSpeaker(falk.id(), Instant.EPOCH));

        ClaimMatrix m = ClaimMatrix.build(docs, all(), stores.tags().list(), stores.entities().list(), stores.links().list());

        assertEquals(List.of(hopeful.quote(), quota.quote(), mayor.quote(), sober.quote()),
                m.rows().stream().map(ClaimMatrix.Row::text).toList());
        ClaimMatrix.Row first = m.rows().get(0);
        assertEquals(List.of(Status.CARRIED, Status.CONTRADICTED), first.cells().stream().map(ClaimMatrix.Cell::status).toList());
        assertEquals(sober.quote(), first.cells().get(1).quote());
        assertEquals("وقال", first.verb());
        assertTrue(first.speaker().contains("غوردون فالك"), first.speaker());
        assertFalse(first.unmatched(), "contradicted is not left out");
        ClaimMatrix.Row shared = m.rows().get(1);
        assertEquals(TagKind.CLAIM, shared.kind());
        assertEquals(2, shared.carriedBy());
        assertEquals(LinkType.PARAPHRASE, shared.cells().get(1).relation());
        assertTrue(m.rows().get(2).unmatched());
        assertEquals(List.of(Status.ABSENT, Status.ABSENT), List.of(m.rows().get(2).cells().get(1).status(), Status.ABSENT));
        assertEquals("غوردون فالك", m.rows().get(3).speaker(), "a speaker entity the user set wins over the words");
    }

    @Test
    void csvHasABomAndColumnsPerDocument() throws Exception {
        tag(0, "أثبتت أنها أرض للحوار", "Quote");
        Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
        MentionService service = new MentionService(stores, "", Clock.systemUTC());
        Accept.mentions(stores, service, service.propose(falk, docs));
        StringWriter naming = new StringWriter();
        StringWriter claims = new StringWriter();

        CompareCsv.writeNaming(naming, NamingTable.build(docs, all(), stores.entities().list()));
        CompareCsv.writeClaims(claims, ClaimMatrix.build(docs, all(), stores.tags().list(), List.of(), List.of()));

        String[] lines = naming.toString().split("\r\n");
        assertEquals('\uFEFF', lines[0].charAt(0));
        // The samples name their outlets and dates: the columns are headed by them, not by the titles.
        assertEquals("\uFEFFentity,type,[1] فجر السهول · 2025-04-17,[2] مرايا الضفتين · 2025-04-18", lines[0]);
        assertEquals("غوردون فالك,PERSON,غوردون فالك ×1,جوردون فالك ×1; فالك ×1", lines[1]);
        assertTrue(claims.toString().startsWith("\uFEFFkind,claim,speaker,verb,unmatched,[1] فجر السهول · 2025-04-17 status,"
                + "[1] فجر السهول · 2025-04-17 quote,[2] مرايا الضفتين · 2025-04-18 status,[2] مرايا الضفتين · 2025-04-18 quote\r\n"),
                claims.toString());
        assertTrue(claims.toString().contains("QUOTE,أثبتت أنها أرض للحوار,رئيس بلدية سيرانة أحمد الدباغ,مؤكدًا,yes,carried,أثبتت أنها أرض للحوار,absent,"),
                claims.toString());
    }
}
