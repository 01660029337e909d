package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overview over four hand-made reports: two of one outlet, one of another, one without an outlet. Its
 * counts are the naming table's and the claim matrix's, added up per outlet.
 */
class OverviewTest {

    private static final Tag PERSON = new Tag(1, "Person", TagKind.ENTITY, EntityType.PERSON, "#ffcc00", "1");
    private static final Tag QUOTE = new Tag(4, "Quote", TagKind.QUOTE, null, "#00ccff", "4");
    private static final Tag CLAIM = new Tag(5, "Claim", TagKind.CLAIM, null, "#cc00ff", "5");
    private static final List<Tag> TAGS = List.of(PERSON, QUOTE, CLAIM);

    private final Entity austin = new Entity(1, "لويد أوستن", EntityType.PERSON, List.of());
    private final Entity gantz = new Entity(2, "بيني غانتس", EntityType.PERSON, List.of());
    private final List<Entity> entities = List.of(austin, gantz);

    private final Document first = doc(11, "الجزيرة", "التقى أوستن غانتس. وقال أوستن \"الدعم ثابت\". وأكد اوستن الالتزام.");
    private final Document second = doc(12, "الجزيرة", "قال اوستن إن الدعم ثابت، واجتمع مع جانتس.");
    private final Document third = doc(13, "العربية", "غانتس في واشنطن. وقال غانتس \"نحن قلقون\".");
    private final Document fourth = doc(14, "", "أوستن استقبل غانتس.");
    private final List<Document> documents = List.of(first, second, third, fourth);
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private long ids = 100;

    private static Document doc(long id, String outlet, String text) {
        return new Document(id, "تقرير " + id, outlet, LocalDate.of(2021, 6, 4), "ar", text, "h" + id, Instant.EPOCH);
    }

    /** Tags the {@code nth} occurrence (from 0) of {@code needle} in {@code d}. */
    private Annotation tag(Document d, String needle, int nth, Tag tag, Entity entity, Entity speaker) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = d.text().indexOf(needle, at + 1);
        }
        assertTrue(at >= 0, needle);
        Annotation a = Annotation.of(d.id(), d.text(), new Span(at, at + needle.length()), tag.id(), "", Instant.EPOCH).withId(ids++);
        a = entity == null ? a : a.withEntity(entity.id(), Instant.EPOCH);
        a = speaker == null ? a : a.withSpeaker(speaker.id(), Instant.EPOCH);
        annotations.add(a);
        return a;
    }

    private Annotation mention(Document d, String needle, int nth, Entity e) {
        return tag(d, needle, nth, PERSON, e, null);
    }

    private void annotate() {
        mention(first, "أوستن", 0, austin);
        mention(first, "أوستن", 1, austin);
        mention(first, "اوستن", 0, austin);
        mention(first, "غانتس", 0, gantz);
        mention(second, "اوستن", 0, austin);
        mention(second, "جانتس", 0, gantz);
        mention(third, "غانتس", 0, gantz);
        mention(third, "غانتس", 1, gantz);
        mention(fourth, "أوستن", 0, austin);
        mention(fourth, "غانتس", 0, gantz);
        Annotation support = tag(first, "\"الدعم ثابت\"", 0, QUOTE, null, austin);
        tag(third, "\"نحن قلقون\"", 0, QUOTE, null, gantz);
        Annotation reported = tag(second, "الدعم ثابت", 0, CLAIM, null, null);
        Annotation commitment = tag(first, "الالتزام", 0, CLAIM, null, null);
        Annotation worried = tag(third, "نحن قلقون", 0, CLAIM, null, null);
        links.add(new Link(1, support.id(), reported.id(), LinkType.SAME_CLAIM, "", Instant.EPOCH));
        links.add(new Link(2, worried.id(), commitment.id(), LinkType.CONTRADICTS, "", Instant.EPOCH));
    }

    private Overview overview() {
        NamingTable naming = NamingTable.build(documents, annotations, entities);
        ClaimMatrix claims = ClaimMatrix.build(documents, annotations, TAGS, entities, links);
        return Overview.build(naming, claims, annotations, TAGS, entities);
    }

    @Test
    void documentsOfOneOutletShareAColumnAndADocumentWithoutOutletHasItsOwn() {
        Overview o = overview();

        assertEquals(List.of(List.of(first, second), List.of(third), List.of(fourth)),
                o.outlets().stream().map(Overview.Outlet::documents).toList());
        assertEquals(List.of("[11,12] الجزيرة", "[13] العربية", "[14] تقرير 14"),
                o.outlets().stream().map(Overview.Outlet::heading).toList());
    }

    @Test
    void twoDocumentsWithoutOutletAreTwoColumns() {
        List<Overview.Outlet> outlets = Overview.outletsOf(List.of(doc(1, "", "أ"), doc(2, " ", "ب"), doc(3, "الجزيرة", "ج")));

        assertEquals(3, outlets.size());
    }

    @Test
    void mentionCountsAreTheNamingTablesAddedUpPerOutletWithTheSpellings() {
        annotate();
        Overview o = overview();

        Overview.MentionRow a = o.mentions().stream().filter(r -> r.entity().equals(austin)).findFirst().orElseThrow();
        assertEquals(List.of(4, 0, 1), a.cells().stream().map(Overview.MentionCell::count).toList());
        // أوستن ×2 in one report and اوستن ×2 across both fold alike: one form, in the spelling used most.
        assertEquals(List.of(new NamingTable.Form("أوستن", 4)), a.cells().get(0).forms());
        Overview.MentionRow g = o.mentions().stream().filter(r -> r.entity().equals(gantz)).findFirst().orElseThrow();
        assertEquals(List.of(2, 2, 1), g.cells().stream().map(Overview.MentionCell::count).toList());
        // غانتس and جانتس are two spellings, as in the naming table.
        assertEquals(List.of("غانتس ×1", "جانتس ×1"), g.cells().get(0).forms().stream().map(NamingTable.Form::toString).toList());
        assertEquals(4, o.maxMentions());
    }

    @Test
    void quotationsAreCountedPerSpeakerAndOutletFromTheStoredQuotes() {
        annotate();
        tag(fourth, "استقبل", 0, QUOTE, null, null);
        Overview o = overview();

        // One quotation each: ordered by name.
        assertEquals(List.of("بيني غانتس", "لويد أوستن", ""), o.quotations().stream().map(Overview.SpeakerRow::speaker).toList());
        assertEquals(List.of(0, 1, 0), o.quotations().get(0).counts());
        assertEquals(List.of(1, 0, 0), o.quotations().get(1).counts());
        assertEquals(List.of(0, 0, 1), o.quotations().get(2).counts(), "a quotation nobody is named for, last");
    }

    @Test
    void anOutletCarriesAClaimWhenOneOfItsDocumentsDoesAndOtherwiseContradictsOrLeavesItOut() {
        annotate();
        Overview o = overview();

        // Rows: the support quote with its same-claim report (both al-Jazeera: carried once, not twice),
        // al-Jazeera's commitment, al-Arabiya's worry that contradicts it, and al-Arabiya's own quote.
        assertEquals(4, o.claimCount());
        assertEquals(new Overview.ClaimTally(2, 1, 1), o.claims().get(0));
        assertEquals(new Overview.ClaimTally(2, 1, 1), o.claims().get(1));
        assertEquals(new Overview.ClaimTally(0, 0, 4), o.claims().get(2));
    }

    @Test
    void shadesGrowWithTheCountAndNoneIsShadeZero() {
        assertEquals(0, Overview.shade(0, 10));
        assertEquals(1, Overview.shade(1, 10));
        assertEquals(3, Overview.shade(5, 10));
        assertEquals(Overview.SHADES, Overview.shade(10, 10));
        assertEquals(0, Overview.shade(3, 0));
    }
}
