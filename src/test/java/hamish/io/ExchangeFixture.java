package hamish.io;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A small library written for the exchange tests, and a content-only view of a library to compare two of them. */
final class ExchangeFixture {

    static final Instant T0 = Instant.parse("2026-02-01T09:30:00.123456789Z");
    static final Instant T1 = Instant.parse("2026-02-02T11:00:00Z");

    /** An emoji (two chars, one code point) before the first annotated word. */
    static final String FIRST = "قمة المياه 🌊 في مدينة النخيل\nقال وزيرُ الخارجية لإسرائيل إنّ “المفاوضات ستُستأنف”.\n"
            + "وأضاف أنّ الوفد، بـــرئاسة أوستن، سيصل غداً.";
    static final String SECOND = "وصل أوستن إلى العاصمة\nوقال: «المفاوضات ستستأنف قريبا»، مشيرا إلى دور البنتاجون.";

    private ExchangeFixture() {
    }

    static void fill(Stores stores) {
        Document first = stores.documents().insert(new Document(0, "قمة المياه", "صحيفة الفجر", LocalDate.of(2025, 4, 3), "ar",
                FIRST, ArticleFileReader.sha256(FIRST), T0));
        Document second = stores.documents().insert(new Document(0, "وصول أوستن", "", null, "ar",
                SECOND, ArticleFileReader.sha256(SECOND), T1));
        Tag person = stores.tags().insert(new Tag(0, "Person", TagKind.ENTITY, EntityType.PERSON, "#E69F00", "1"));
        Tag quote = stores.tags().insert(new Tag(0, "Direct quote", TagKind.QUOTE, null, "#56B4E9", "q"));
        Tag odd = stores.tags().insert(new Tag(0, "my_tag x", TagKind.OTHER, null, "#009E73", null));
        stores.tags().insert(new Tag(0, "مكان", TagKind.ENTITY, EntityType.PLACE, "#0072B2", null));
        Entity austin = stores.entities().insert(new Entity(0, "لويد أوستن", EntityType.PERSON, List.of("اوستن", "Austin")));
        stores.entities().insert(new Entity(0, "البنتاغون", EntityType.ORG, List.of("البنتاجون")));

        Annotation a1 = stores.annotations().insert(word(first, "أوستن", person, 0).withEntity(austin.id(), T0)
                .withNote("السطر الأول\nالسطر الثاني \\ مع شرطة", T1));
        Annotation a2 = stores.annotations().insert(word(first, "“المفاوضات ستُستأنف”", quote, 0).withSpeaker(austin.id(), T0));
        // Over a line break: brat writes it as two fragments.
        int at = FIRST.indexOf("النخيل");
        Annotation a3 = stores.annotations().insert(Annotation.of(first.id(), FIRST, new Span(at, FIRST.indexOf("وزيرُ") + 5),
                odd.id(), "", T0));
        Annotation b1 = stores.annotations().insert(word(second, "أوستن", person, 0).withEntity(austin.id(), T1));
        Annotation b2 = stores.annotations().insert(word(second, "«المفاوضات ستستأنف قريبا»", quote, 0));
        stores.links().insert(new Link(0, a2.id(), b2.id(), LinkType.SAME_CLAIM, "نفس التصريح", T1, "سارة"));
        stores.links().insert(new Link(0, a1.id(), a2.id(), LinkType.OTHER, "", T0, "omar"));
        stores.links().insert(new Link(0, b1.id(), a1.id(), LinkType.PARAPHRASE, "", null));
        stores.annotations().insert(word(first, "مدينة", stores.tags().byName("مكان").orElseThrow(), 0));
        assert a3.id() > 0;
    }

    static Annotation word(Document d, String word, Tag tag, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = d.text().indexOf(word, at + 1);
        }
        return Annotation.of(d.id(), d.text(), new Span(at, at + word.length()), tag.id(), "سارة", T0);
    }

    /** Everything a library holds, without database ids, in a stable order. */
    static List<String> content(Stores stores) {
        Map<Long, Document> docs = stores.documents().list().stream().map(s -> stores.documents().get(s.id()).orElseThrow())
                .collect(Collectors.toMap(Document::id, Function.identity()));
        Map<Long, Tag> tags = stores.tags().list().stream().collect(Collectors.toMap(Tag::id, Function.identity()));
        Map<Long, Entity> entities = stores.entities().list().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        List<String> out = new ArrayList<>();
        docs.values().forEach(d -> out.add("document " + d.title() + "|" + d.outlet() + "|" + d.published() + "|" + d.language()
                + "|" + d.contentHash() + "|" + d.importedAt() + "|" + d.text()));
        tags.values().forEach(t -> out.add("tag " + t.name() + "|" + t.kind() + "|" + t.entityType() + "|" + t.colour() + "|" + t.shortcut()));
        entities.values().forEach(e -> out.add("entity " + e.canonicalName() + "|" + e.type() + "|" + e.aliases()));
        Map<Long, String> annotationKeys = new java.util.HashMap<>();
        for (Document d : docs.values()) {
            for (Annotation a : stores.annotations().forDocument(d.id())) {
                String key = d.contentHash().substring(0, 8) + a.span();
                annotationKeys.put(a.id(), key);
                out.add("annotation " + key + "|" + a.quote() + "|" + a.prefix() + "|" + a.suffix() + "|" + tags.get(a.tagId()).name()
                        + "|" + name(entities, a.entityId()) + "|" + name(entities, a.speakerEntityId()) + "|" + a.note()
                        + "|" + a.author() + "|" + a.created() + "|" + a.updated());
            }
        }
        stores.links().list().forEach(l -> out.add("link " + annotationKeys.get(l.fromAnnotationId()) + "->"
                + annotationKeys.get(l.toAnnotationId()) + "|" + l.type() + "|" + l.note() + "|" + l.created() + "|" + l.author()));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String name(Map<Long, Entity> entities, Long id) {
        return id == null ? "-" : entities.get(id).canonicalName();
    }
}
