package hamish.reliability;

import hamish.store.RawSql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL and FTS5 meta-characters through every text field of every record and every query: each value comes
 * back exactly as it went in, and every table is still there. SourceScanTest checks the same from the code side.
 */
class InjectionRoundTripTest {

    static final List<String> HOSTILE = List.of(
            "'; DROP TABLE annotation; --",
            "\" OR 1=1 --",
            "x' OR '1'='1",
            "%",
            "_",
            "\\",
            "a%b_c\\d",
            "\"غزة\" NEAR(هدنة) AND OR NOT * ^ : { } ( ) -",
            "Robert'); DELETE FROM document; --",
            "ctl\u0001\u0007\u001B[31m\u007F",
            "\u202Eعكس\u202C اتجاه \u2067معزول\u2069",
            "😀 🇵🇸 👨‍👩‍👧",
            "'\"`;/**/--#");

    @TempDir
    Path dir;

    @Test
    void hostileTextRoundTripsThroughEveryFieldAndEveryTableSurvives() {
        Path db = dir.resolve("hostile.db");
        try (Stores stores = Stores.open(db)) {
            String tablesBefore = tables(stores);
            Instant now = Instant.parse("2026-11-24T10:00:00Z");
            int n = 0;
            for (String value : HOSTILE) {
                n++;
                String text = "نص " + n + " " + value + " نهاية النص";
                Document doc = stores.documents().insert(new Document(0, value, value, LocalDate.of(2026, 1, n), value, text, value + n, now));
                assertEquals(doc, stores.documents().get(doc.id()).orElseThrow());
                assertEquals(doc.id(), stores.documents().findByHash(value + n).orElseThrow().id());

                Tag tag = stores.tags().insert(new Tag(0, value + " " + n, TagKind.ENTITY, EntityType.PERSON, "#123456", null));
                assertEquals(tag, stores.tags().byName(value + " " + n).orElseThrow());

                Entity entity = stores.entities().insert(new Entity(0, value, EntityType.ORG, List.of(value + " بديل", "alias " + value)));
                assertEquals(List.of(value + " بديل", "alias " + value), entity.aliases());
                assertEquals(entity, stores.entities().get(entity.id()).orElseThrow());
                assertEquals(entity.id(), stores.entities().findByName(value + " بديل").orElseThrow().id());

                Span span = new Span(text.indexOf(value), text.indexOf(value) + value.length());
                Annotation first = stores.annotations().insert(Annotation.of(doc.id(), text, span, tag.id(), value, now)
                        .withNote(value, now).withEntity(entity.id(), now).withSpeaker(entity.id(), now));
                assertEquals(first, stores.annotations().get(first.id()).orElseThrow());
                assertEquals(value, first.quote());
                Annotation second = stores.annotations().insert(Annotation.of(doc.id(), text, new Span(0, 2), tag.id(), value, now));
                Link link = stores.links().insert(new Link(0, first.id(), second.id(), LinkType.CONTRADICTS, value, now));
                assertEquals(List.of(link), stores.links().forAnnotation(first.id()));

                stores.settings().put(value, value);
                assertEquals(value, stores.settings().get(value).orElseThrow());

                List<Long> found = assertDoesNotThrow(() -> stores.documents().searchWords(value, 100), value);
                assertTrue(found.isEmpty() || found.contains(doc.id()), value + " found " + found);
            }
            assertEquals(HOSTILE.size(), stores.documents().count());
            assertEquals(2 * HOSTILE.size(), stores.annotations().count());
            assertEquals(HOSTILE.size(), stores.entities().list().size());
            assertEquals(HOSTILE.size(), stores.links().list().size());
            assertEquals(tablesBefore, tables(stores), "every table is still there");
            ReliabilityReport.record("sql-injection", HOSTILE.size() + " hostile strings through 14 text fields "
                    + "(document title/outlet/language/text/hash, tag name, entity name/aliases, annotation quote/note/author, "
                    + "link note, setting key/value) and 4 lookups (findByHash, tag byName, entity findByName, searchWords): "
                    + "all round-tripped, "
                    + tablesBefore.split(" ").length + " schema objects intact");
            assertEquals(List.of(), stores.documents().searchWords("%", 10), "% is not a wildcard");
            assertTrue(stores.tags().byName("%").isEmpty() && stores.tags().byName("_ 5").isPresent(), "no LIKE patterns in lookups");
            assertEquals(List.of(stores.documents().findByHash(HOSTILE.get(0) + 1).orElseThrow().id()),
                    stores.documents().searchWords("DROP TABLE annotation", 10), "the words are searchable as words");
        }
        assertEquals("ok", DatabaseDump.integrity(db));
    }

    @Test
    void searchSyntaxTypedByTheUserNeverThrows() {
        try (Stores stores = Stores.open(dir.resolve("search.db"))) {
            stores.documents().insert(new Document(0, "غزة", "", null, "ar", "هدنة في غزة AND OR NEAR", "h", Instant.now()));
            for (String query : List.of("\"", "*", ":", "(", ")", "NEAR", "AND", "OR", "-", "^", "{", "}", "\" * : ( ) NEAR AND OR - ^ {",
                    "غزة*", "title:غزة", "NEAR(غزة هدنة, 2)", "\"\"\"", "'", "\\", "\u0000".replace('\u0000', '\u0001'), "\u202E")) {
                assertDoesNotThrow(() -> stores.documents().searchWords(query, 10), query);
            }
        }
    }

    private static String tables(Stores stores) {
        return RawSql.write(stores.database(), c -> {
            StringBuilder names = new StringBuilder();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT name FROM sqlite_schema ORDER BY name")) {
                while (rs.next()) {
                    names.append(rs.getString(1)).append(' ');
                }
            }
            return names.toString();
        });
    }
}
