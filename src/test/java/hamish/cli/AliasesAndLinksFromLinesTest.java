package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.store.Stores;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entity alias --from} and {@code link --from}: many lines in one process, each stored exactly, bad lines named by number. */
class AliasesAndLinksFromLinesTest {

    private static final String TEXT = "قال وزير الخارجية غوردون فالك إن المحادثات مثمرة.\n\nوأكد فالك أن الوفد سيعود إلى عمّان.";

    @TempDir
    Path dir;

    private Path db() throws Exception {
        Path db = dir.resolve("l.db");
        if (!Files.exists(db)) {
            Path file = dir.resolve("talks.txt");
            Files.writeString(file, TEXT, StandardCharsets.UTF_8);
            assertEquals(0, CliRun.of("import", "--db", db.toString(), file.toString()).exit());
        }
        return db;
    }

    private static CliRun withInput(String input, String... args) {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(before);
        }
    }

    private static Map<Long, Long> idsByLine(String out) {
        Map<Long, Long> ids = new HashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                String[] f = line.split("\t");
                ids.put(Long.parseLong(f[0]), Long.parseLong(f[1]));
            }
        }
        return ids;
    }

    @Test
    void aliasLinesAddNamesCreateTypedEntitiesAndNameTheBadLines() throws Exception {
        Path db = db();
        long falk;
        try (Stores s = Stores.open(db)) {
            falk = s.entities().findOrCreate("غوردون فالك", EntityType.PERSON, "test").entity().id();
        }
        String input = String.join("\n",
                "{\"entity\": \"غوردون فالك\", \"alias\": \"فالك\"}",
                "{\"entity\": " + falk + ", \"aliases\": [\"غ. فالك\", \"فالك\", \" جوردون فالك \"]}",
                "{\"entity\": \"وزارة الخارجية\", \"type\": \"organisation\", \"aliases\": [\"الخارجية\"]}",
                "{\"entity\": \"الخارجيه\", \"alias\": \"وزارة خارجية\"}",
                "{\"entity\": \"مجهول\", \"alias\": \"لا أحد\"}",
                "{\"entity\": \"عمّان\", \"type\": \"city\", \"alias\": \"عمان\"}",
                "{\"entity\": \"فالك\"}",
                "{\"entity\": \"فالك\", \"alias\": \"فالك الوزير\"}",
                "{\"entity\": \"فالك\", \"alias\": \"١٢٣\"}",
                "{\"entity\": \"فالك\", \"alias\": \"x\", \"kind\": \"person\"}",
                "[1, 2]",
                "") ;
        CliRun run = withInput(input, "entity", "alias", "--db", db.toString(), "--from", "-");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("5 stored, 6 bad"), run.err());
        for (String bad : List.of("bad line   5: no entity with id or name \"مجهول\" (give \"type\" to create it)",
                "bad line   6: \"city\" is not an entity type", "bad line   7: no alias given",
                "bad line   9: \"١٢٣\" has no letters to be an alias", "bad line   10: unknown field \"kind\"", "bad line   11: not a JSON object")) {
            assertTrue(run.err().contains(bad), bad + " in\n" + run.err());
        }
        Map<Long, Long> ids = idsByLine(run.out());
        assertEquals(Set.of(1L, 2L, 3L, 4L, 8L), ids.keySet(), run.out());
        assertEquals(falk, ids.get(1L));
        assertEquals(falk, ids.get(8L), "found by the alias line 1 gave it, in the same batch");
        assertEquals(falk, ids.get(2L));
        assertEquals(ids.get(3L), ids.get(4L), "the organisation created by line 3 is found by a folded alias on line 4");
        try (Stores s = Stores.open(db)) {
            Entity person = s.entities().get(falk).orElseThrow();
            assertEquals(List.of("فالك", "غ. فالك", "جوردون فالك", "فالك الوزير"), person.aliases());
            Entity org = s.entities().get(ids.get(3L)).orElseThrow();
            assertEquals("وزارة الخارجية", org.canonicalName());
            assertEquals(EntityType.ORG, org.type());
            assertEquals(Set.of("الخارجية", "وزارة خارجية"), Set.copyOf(org.aliases()));
        }
    }

    @Test
    void linkLinesLinkAnnotationsOnceAndNameTheBadLines() throws Exception {
        Path db = db();
        long[] a = new long[4];
        int[][] spans = {{0, 3}, {4, 17}, {18, 29}, {TEXT.indexOf("فالك أن"), TEXT.indexOf("فالك أن") + 4}};
        for (int i = 0; i < spans.length; i++) {
            CliRun tagged = CliRun.of("annotate", "1", "--db", db.toString(), "--start", String.valueOf(spans[i][0]), "--end",
                    String.valueOf(spans[i][1]), "--tag", i == 0 ? "Claim" : "Person");
            assertEquals(0, tagged.exit(), tagged.toString());
            a[i] = Long.parseLong(tagged.out().strip());
        }
        String input = String.join("\n",
                "{\"from\": " + a[2] + ", \"to\": " + a[3] + "}",
                "{\"from\": " + a[0] + ", \"to\": " + a[1] + ", \"type\": \"contradicts\", \"note\": \"نفي\"}",
                "{\"from\": " + a[3] + ", \"to\": " + a[2] + ", \"type\": \"same claim\"}",
                "{\"from\": " + a[0] + ", \"to\": 9999}",
                "{\"from\": " + a[0] + ", \"to\": " + a[0] + "}",
                "{\"from\": " + a[0] + ", \"to\": " + a[2] + ", \"type\": \"agrees\"}",
                "{\"from\": \"" + a[0] + "\", \"to\": " + a[2] + "}",
                "");
        Path file = dir.resolve("links.jsonl");
        Files.writeString(file, input, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("link", "--db", db.toString(), "--from", file.toString(), "--author", "omar");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("3 stored, 4 bad"), run.err());
        for (String bad : List.of("bad line   4: no annotation with id 9999", "bad line   5: annotation " + a[0] + " cannot be linked to itself",
                "bad line   6: \"agrees\" is not a link type", "bad line   7: \"from\" must be an annotation id")) {
            assertTrue(run.err().contains(bad), bad + " in\n" + run.err());
        }
        Map<Long, Long> ids = idsByLine(run.out());
        assertEquals(ids.get(1L), ids.get(3L), "the same link the other way round is not stored twice");
        try (Stores s = Stores.open(db)) {
            List<Link> links = s.links().list();
            assertEquals(2, links.size(), links.toString());
            Link contradicts = s.links().get(ids.get(2L)).orElseThrow();
            assertEquals(LinkType.CONTRADICTS, contradicts.type());
            assertEquals("نفي", contradicts.note());
            assertEquals(a[0], contradicts.fromAnnotationId());
            assertEquals("omar", contradicts.author(), "who made the link");
        }
        CliRun again = CliRun.of("link", "--db", db.toString(), "--from", file.toString());
        assertTrue(again.err().contains("3 stored, 4 bad"), again.err());
        try (Stores s = Stores.open(db)) {
            assertEquals(2, s.links().list().size(), "running the same lines again links nothing twice");
        }

        CliRun one = CliRun.of("link", String.valueOf(a[1]), String.valueOf(a[3]), "--db", db.toString(), "--type", "paraphrase",
                "--author", "سارة");
        assertEquals(0, one.exit(), one.toString());
        try (Stores s = Stores.open(db)) {
            Link paraphrase = s.links().get(Long.parseLong(one.out().strip())).orElseThrow();
            assertEquals(LinkType.PARAPHRASE, paraphrase.type());
            assertEquals("سارة", paraphrase.author());
        }
        assertEquals(1, CliRun.of("link", "--db", db.toString(), String.valueOf(a[1]), "77777").exit());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByName() throws Exception {
        Path db = db();
        Path file = dir.resolve("aliases-1256.jsonl");
        Files.write(file, "{\"entity\": \"فالك\", \"type\": \"person\", \"alias\": \"غ. فالك\"}\n".getBytes(Charset.forName("windows-1256")));
        CliRun run = CliRun.of("entity", "alias", "--db", db.toString(), "--from", file.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains(file + ": cannot be read as UTF-8 text"), run.err());
        try (Stores s = Stores.open(db)) {
            assertTrue(s.entities().list().stream().map(Entity::canonicalName).collect(Collectors.toSet()).isEmpty());
        }
    }
}
