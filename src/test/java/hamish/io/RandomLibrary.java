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
import hamish.text.GraphemeBoundaries;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random library for the exchange round-trip property: Arabic with harakat and tatweel, emoji (ZWJ
 * sequences, flags, skin tones: surrogate pairs), tabs, single and double line breaks; spans at line ends,
 * ending in or starting with a line break, over several lines, over emoji; several authors, identical
 * annotations by different authors (and by the same one); entities with aliases, speakers, notes with
 * control characters, links within and across documents. Every span is whole characters, as Hamish writes
 * them. Deterministic for a seed.
 */
final class RandomLibrary {

    private static final String[] WORDS = {"قال", "الوزير", "إنّ", "المفاوضات", "ستُستأنف", "غداً", "بـــرئاسة", "الوفد", "مُحَمَّد",
        "القاهرة", "«الاتفاق»", "“السلام”", "Reuters", "2025", "الأمم", "المتحدة", "وأضاف", "لإسرائيل", "هُدْنَة", "ـــــ"};
    private static final String[] EMOJI = {"🌊", "👨‍👩‍👧", "🇵🇸", "👍🏽", "😀", "𝕏"};
    private static final String[] AUTHORS = {"alice", "bob", "سارة", "", "O'Brien \"x\""};
    private static final String[] NOTE_PIECES = {"ملاحظة", "\n", "\t", "\r", "\\", "\u0001", "\u0007", "\u001B[31m", "\u007F",
        "\u202E", "\u200F", "=SUM(A1)", "😀", "\"quoted\"", " "};

    private final Random random;

    RandomLibrary(long seed) {
        this.random = new Random(seed);
    }

    /** Fills an empty database. */
    void fill(Stores stores) {
        List<Tag> tags = List.of(
                stores.tags().insert(new Tag(0, "Person", TagKind.ENTITY, EntityType.PERSON, "#E69F00", "1")),
                stores.tags().insert(new Tag(0, "Direct quote", TagKind.QUOTE, null, "#56B4E9", null)),
                stores.tags().insert(new Tag(0, "my_tag x", TagKind.OTHER, null, "#009E73", null)),
                stores.tags().insert(new Tag(0, "ادعاء", TagKind.CLAIM, null, "#0072B2", null)));
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            List<String> aliases = new ArrayList<>();
            for (int a = 0; a < random.nextInt(3); a++) {
                aliases.add(words(1 + random.nextInt(2)) + " " + i + a);
            }
            entities.add(stores.entities().insert(new Entity(0, "كيان " + i + " " + words(1), EntityType.values()[i % 4], aliases)));
        }
        List<Annotation> all = new ArrayList<>();
        int documents = 1 + random.nextInt(3);
        for (int d = 0; d < documents; d++) {
            String text = text() + " " + d;
            Document doc = stores.documents().insert(new Document(0, d + " " + words(2) + (random.nextBoolean() ? " 🌊" : ""),
                    random.nextBoolean() ? "" : words(1), random.nextBoolean() ? null : LocalDate.of(2020 + d, 1 + d, 9), "ar", text,
                    ArticleFileReader.sha256(text), instant(), random.nextBoolean() ? "" : "https://example.org/" + d + "?q=غزة",
                    random.nextBoolean() ? "" : words(2)));
            all.addAll(annotate(stores, doc, tags, entities));
        }
        for (int i = 0; i < random.nextInt(6) && all.size() > 1; i++) {
            Annotation from = all.get(random.nextInt(all.size()));
            Annotation to = all.get(random.nextInt(all.size()));
            if (from.id() != to.id()) {
                LinkType type = LinkType.values()[random.nextInt(LinkType.values().length)];
                boolean exists = stores.links().forAnnotation(from.id()).stream()
                        .anyMatch(l -> l.fromAnnotationId() == from.id() && l.toAnnotationId() == to.id() && l.type() == type);
                if (!exists) {
                    stores.links().insert(new Link(0, from.id(), to.id(), type, random.nextBoolean() ? "" : note(),
                            random.nextBoolean() ? null : instant()));
                }
            }
        }
    }

    private List<Annotation> annotate(Stores stores, Document doc, List<Tag> tags, List<Entity> entities) {
        String text = doc.text();
        GraphemeBoundaries boundaries = new GraphemeBoundaries(text);
        List<Annotation> stored = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(8); i++) {
            Span span = boundaries.snapOutward(span(text));
            if (span.of(text).chars().allMatch(c -> c == '\n')) {
                continue; // brat cannot hold a span of only line breaks: that export is refused, tested on its own
            }
            Tag tag = tags.get(random.nextInt(tags.size()));
            Annotation a = Annotation.of(doc.id(), text, span, tag.id(), AUTHORS[random.nextInt(AUTHORS.length)], instant());
            Instant updated = random.nextBoolean() ? a.created() : instant();
            if (random.nextInt(3) > 0) {
                a = a.withEntity(entities.get(random.nextInt(entities.size())).id(), updated);
            }
            if (random.nextInt(3) == 0) {
                a = a.withSpeaker(entities.get(random.nextInt(entities.size())).id(), updated);
            }
            if (random.nextBoolean()) {
                a = a.withNote(note(), updated);
            }
            stored.add(stores.annotations().insert(a));
            if (random.nextInt(3) == 0) { // the same annotation again, by another author or (rarely) the same one
                String author = random.nextInt(4) == 0 ? a.author() : AUTHORS[random.nextInt(AUTHORS.length)];
                stored.add(stores.annotations().insert(new Annotation(0, a.documentId(), a.span(), a.quote(), a.prefix(), a.suffix(),
                        a.tagId(), a.entityId(), a.speakerEntityId(), a.note(), author, instant(), instant())));
            }
        }
        return stored;
    }

    /** A span of one of the kinds that went wrong before, or anywhere. */
    private Span span(String text) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            breaks.add(i);
        }
        int at = breaks.isEmpty() ? text.length() / 2 : breaks.get(random.nextInt(breaks.size()));
        int length = 1 + random.nextInt(20);
        return switch (random.nextInt(6)) {
            case 0 -> new Span(Math.max(0, at - length), at); // up to a line's end
            case 1 -> new Span(Math.max(0, at - length), at + 1); // ending in the line break
            case 2 -> new Span(at, Math.min(text.length(), at + length)); // starting with it
            case 3 -> new Span(Math.max(0, at - length), Math.min(text.length(), at + length + 10)); // over it
            default -> {
                int start = random.nextInt(text.length() - 1);
                yield new Span(start, Math.min(text.length(), start + length));
            }
        };
    }

    /** Lines of words, emoji, tabs and harakat, joined by one or two line breaks; NFC as Hamish stores text. */
    private String text() {
        StringBuilder sb = new StringBuilder();
        int lines = 2 + random.nextInt(5);
        for (int l = 0; l < lines; l++) {
            if (l > 0) {
                sb.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            int words = 2 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    sb.append(random.nextInt(10) == 0 ? '\t' : ' ');
                }
                sb.append(random.nextInt(6) == 0 ? EMOJI[random.nextInt(EMOJI.length)] : WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private String note() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            sb.append(NOTE_PIECES[random.nextInt(NOTE_PIECES.length)]);
        }
        return sb.toString();
    }

    private Instant instant() {
        return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(50_000_000), random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
    }
}
