package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13's property: any library ({@link RandomLibrary}), exported as JSON-LD or brat and imported into an
 * empty database, comes back field for field (every document field, tag, entity with aliases, annotation
 * with its span, quote, context, tag, entity, speaker, note, author and times, every link), for many seeds;
 * a failure names its seed, so {@code new RandomLibrary(seed)} brings that library back.
 */
class ExchangeRoundTripPropertyTest {

    private static final int SEEDS = 40;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"JSONLD", "BRAT"})
    void everyRandomLibraryComesBackFieldForFieldIntoAnEmptyDatabase(ExportFormat format) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Path run = dir.resolve(format + "-" + seed);
            createDirectories(run);
            List<String> before;
            List<Path> files;
            try (Stores source = Stores.open(run.resolve("source.db"))) {
                new RandomLibrary(seed).fill(source);
                before = content(source);
                files = Exports.export(source, format, List.of(), run.resolve("out"), false, ExportProgress.NONE);
            }
            Path input = format == ExportFormat.BRAT ? run.resolve("out") : files.get(0);
            try (Stores target = Stores.open(run.resolve("target.db"))) {
                AnnotationImportReport report = Exports.importAnnotations(target, input);
                String context = format + ", seed " + seed + ": " + report.summary();
                assertEquals(0, report.annotationsExisting() + report.reanchored() + report.widened(), context);
                List<String> after = content(target);
                assertEquals(before, after, context + difference(before, after));
                AnnotationImportReport again = Exports.importAnnotations(target, input);
                assertEquals(0, again.documentsAdded() + again.annotationsAdded() + again.linksAdded(),
                        context + "; a second import adds nothing: " + again.summary());
            }
        }
    }

    /** The one span brat cannot hold at all (no fragment), refused by name rather than written broken or dropped. */
    @org.junit.jupiter.api.Test
    void aBratExportOfASpanOfOnlyLineBreaksIsRefusedNamingIt() {
        String text = "السطر الأول\n\nالسطر الثالث";
        try (Stores source = Stores.open(dir.resolve("breaks.db"))) {
            Document d = source.documents().insert(new Document(0, "أسطر", "", null, "ar", text, ArticleFileReader.sha256(text),
                    Instant.EPOCH));
            Tag tag = source.tags().insert(new Tag(0, "Claim", TagKind.CLAIM, null, "#3366cc", null));
            int at = text.indexOf('\n');
            Annotation a = source.annotations().insert(Annotation.of(d.id(), text, new Span(at, at + 2), tag.id(), "", Instant.EPOCH));
            ExportException e = assertThrows(ExportException.class,
                    () -> Exports.export(source, ExportFormat.BRAT, List.of(), dir.resolve("brat"), false, ExportProgress.NONE));
            assertTrue(e.getMessage().startsWith("annotation " + a.id() + " in document " + d.id() + " (\"أسطر\") [" + at + ", "
                    + (at + 2) + ") covers only line breaks, which brat cannot hold; nothing was exported"), e.getMessage());
            assertTrue(dir.resolve("brat").toFile().list() == null || dir.resolve("brat").toFile().list().length == 0,
                    "nothing was written");
        }
    }

    /** What only one side holds, so a failing seed shows its difference rather than two long lists. */
    private static String difference(List<String> before, List<String> after) {
        List<String> lost = new ArrayList<>(before);
        after.forEach(lost::remove);
        List<String> gained = new ArrayList<>(after);
        before.forEach(gained::remove);
        return "\nonly before: " + lost + "\nonly after: " + gained + "\n";
    }

    private static void createDirectories(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Everything a library holds, without database ids, sorted; an annotation is named by its document, span, author and creation. */
    static List<String> content(Stores stores) {
        Map<Long, Document> docs = stores.documents().list().stream().map(s -> stores.documents().get(s.id()).orElseThrow())
                .collect(Collectors.toMap(Document::id, Function.identity()));
        Map<Long, Tag> tags = stores.tags().list().stream().collect(Collectors.toMap(Tag::id, Function.identity()));
        Map<Long, Entity> entities = stores.entities().list().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        List<String> out = new ArrayList<>();
        docs.values().forEach(d -> out.add("document " + List.of(d.title(), d.outlet(), String.valueOf(d.published()), d.language(),
                d.contentHash(), String.valueOf(d.importedAt()), d.url(), d.author(), d.text())));
        tags.values().forEach(t -> out.add("tag " + t.name() + "|" + t.kind() + "|" + t.entityType() + "|" + t.colour() + "|" + t.shortcut()));
        entities.values().forEach(e -> out.add("entity " + e.canonicalName() + "|" + e.type() + "|" + e.aliases()));
        Map<Long, String> keys = new java.util.HashMap<>();
        for (Document d : docs.values()) {
            for (Annotation a : stores.annotations().forDocument(d.id())) {
                String key = d.contentHash().substring(0, 8) + a.span() + "|" + a.author() + "|" + a.created();
                keys.put(a.id(), key);
                out.add("annotation " + List.of(key, a.quote(), a.prefix(), a.suffix(), tags.get(a.tagId()).name(),
                        name(entities, a.entityId()), name(entities, a.speakerEntityId()), a.note(), String.valueOf(a.updated())));
            }
        }
        stores.links().list().forEach(l -> out.add("link " + keys.get(l.fromAnnotationId()) + "->" + keys.get(l.toAnnotationId())
                + "|" + l.type() + "|" + l.note() + "|" + l.created()));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String name(Map<Long, Entity> entities, Long id) {
        return id == null ? "-" : entities.get(id).canonicalName();
    }
}
