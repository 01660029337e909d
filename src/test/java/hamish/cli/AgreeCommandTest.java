package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamish agree} on a temporary database holding the hand-computed example of
 * {@code hamish.analysis.AgreementTest} (its arithmetic is written out there): alice's and bob's annotations
 * made with {@code annotate --author}.
 */
class AgreeCommandTest {

    private static final String TEXT = "قالَ الرئيسُ محمد علي 🙂 في القاهرة إن وزارة الخارجية تعمل";

    @TempDir
    Path dir;

    /** The database the commands use: a file here, a team database in {@link PgAgreeCommandTest}. */
    String target() {
        return dir.resolve("agree.db").toString();
    }

    private String db;
    private long docId;
    private String text;

    @BeforeEach
    void annotateTheExample() throws Exception {
        db = target();
        Path file = dir.resolve("example.txt");
        Files.writeString(file, TEXT + "\n", StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import", "--db", db, file.toString());
        assertEquals(0, imported.exit(), imported.toString());
        try (Stores stores = Stores.open(db)) {
            Document doc = stores.documents().list().stream().findFirst().flatMap(s -> stores.documents().get(s.id())).orElseThrow();
            docId = doc.id();
            text = doc.text();
        }
        annotate("alice", "محمد علي", "Person");
        annotate("alice", "القاهرة", "Place");
        annotate("alice", "وزارة الخارجية", "Organisation");
        annotate("bob", "الرئيسُ محمد علي", "Person");
        annotate("bob", "القاهرة", "Place");
        annotate("bob", "وزارة الخارجية", "Place");
        annotate("carol", "محمد علي", "Person");
    }

    private void annotate(String author, String words, String tag) {
        int start = text.indexOf(words);
        assertTrue(start >= 0, words + " in " + text);
        CliRun run = CliRun.of("annotate", String.valueOf(docId), "--db", db, "--start", String.valueOf(start), "--end",
                String.valueOf(start + words.length()), "--tag", tag, "--author", author);
        assertEquals(0, run.exit(), run.toString());
    }

    @Test
    void jsonHasTheHandComputedFigures() throws Exception {
        CliRun run = CliRun.of("agree", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(10, root.get("words").asInt());
        assertEquals(3, root.get("annotations").get("alice").asInt());
        JsonNode pair = root.get("pairs").get(0);
        assertEquals("alice", pair.get("a").asText());
        assertEquals("bob", pair.get("b").asText());
        assertEquals(1, pair.get("exact").get("matched").asInt());
        assertEquals(1.0 / 3, pair.get("exact").get("f1").asDouble(), 1e-12);
        assertEquals(2, pair.get("overlap").get("matched").asInt());
        assertEquals(2.0 / 3, pair.get("overlap").get("precision").asDouble(), 1e-12);
        assertEquals(0.41 / 0.71, pair.get("kappa").get("kappa").asDouble(), 1e-12);
        // Krippendorff's alpha of alice and bob on the same 10 word labels (written out in AgreementTest): pairable
        // n = 20; none 9, Person 5, Place 4, Organisation 2; 3 words differ, each two ordered pairs: Σ o(c≠k) = 6;
        // Σ n_c n_k (c≠k) = 400 − 81 − 25 − 16 − 4 = 274; α = 1 − 19 · 6 / 274 = 0.5839…
        assertEquals(1 - 19.0 * 6 / 274, root.get("alpha").get("alpha").asDouble(), 1e-12);
        // Unitised alpha on the characters (L of them): Person differs by the 8 characters of «الرئيسُ » at the start
        // (8² + 0²); bob's Place «وزارة الخارجية» (14) lies in alice's Place gap, alice's Organisation (14) in bob's
        // gap: 14² each. Both orders, over m(m − 1)L² = 2L².
        JsonNode unitized = root.get("unitizedAlpha");
        double squareL = 2.0 * text.length() * text.length();
        assertEquals(2 * 64 / squareL, unitized.get("tags").get("Person").get("observedDisagreement").asDouble(), 1e-15);
        assertEquals(2 * 196 / squareL, unitized.get("tags").get("Place").get("observedDisagreement").asDouble(), 1e-15);
        assertEquals(2 * 196 / squareL, unitized.get("tags").get("Organisation").get("observedDisagreement").asDouble(), 1e-15);
        assertEquals(2 * (64 + 196 + 196) / squareL, unitized.get("observedDisagreement").asDouble(), 1e-15);
        assertEquals(1 - unitized.get("observedDisagreement").asDouble() / unitized.get("expectedDisagreement").asDouble(),
                unitized.get("alpha").asDouble(), 1e-12);
        assertEquals(3, unitized.get("tags").get("Place").get("units").asInt());
        JsonNode organisation = pair.get("tags").get("Organisation").get("overlap");
        assertTrue(organisation.get("precision").isNull(), "bob has no organisation: no precision, not NaN: " + run.out());
        assertEquals(0.0, organisation.get("f1").asDouble(), 1e-12);
        assertEquals(0.28 / 0.38, pair.get("tags").get("Person").get("kappa").get("kappa").asDouble(), 1e-12);
        assertFalse(run.out().contains("NaN"), run.out());
    }

    @Test
    void textListsEachTagAndTheTotals() {
        CliRun run = CliRun.of("--db", db, "agree", "--doc", String.valueOf(docId), "--users", "alice,bob");
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("A = alice (reference), B = bob"), run.out());
        assertTrue(lines.contains("all tags\texact\t1\t2\t2\t0.3333\t0.3333\t0.3333"), run.out());
        assertTrue(lines.contains("all tags\toverlap\t2\t1\t1\t0.6667\t0.6667\t0.6667"), run.out());
        assertTrue(lines.contains("Organisation\toverlap\t0\t1\t0\tn/a\t0.0000\t0.0000"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("kappa, words, every tag: 0.5775 (observed 0.7000")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("alpha \\(Krippendorff, unitised\\), characters, all 2 users: -0\\.0291 \\(observed disagreement 0\\.1356, .*")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("alpha (Krippendorff, unitised), Person: 0.6056 ") && l.endsWith(", 2 units)")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("alpha (Krippendorff, unitised), Organisation: ") && l.endsWith(", 1 unit)")), run.out());
        assertFalse(run.out().contains("NaN"), run.out());
    }

    @Test
    void threeUsersArePairedEachWithEach() throws Exception {
        CliRun run = CliRun.of("agree", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob,carol", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode pairs = new ObjectMapper().readTree(run.out()).get("pairs");
        assertEquals(3, pairs.size());
        assertEquals("bob", pairs.get(2).get("a").asText());
        assertEquals("carol", pairs.get(2).get("b").asText());
    }

    @Test
    void refusals() {
        CliRun unknown = CliRun.of("agree", "--db", db, "--doc", "999", "--users", "alice,bob");
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("no document with id 999"), unknown.toString());

        CliRun nobody = CliRun.of("agree", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,dave");
        assertEquals(1, nobody.exit(), nobody.toString());
        assertTrue(nobody.err().contains("user dave has no annotations on document " + docId), nobody.toString());
        assertFalse(nobody.out().contains("NaN"), nobody.toString());

        CliRun one = CliRun.of("agree", "--db", db, "--doc", String.valueOf(docId), "--users", "alice");
        assertEquals(1, one.exit(), one.toString());
        assertTrue(one.err().contains("two or more different users"), one.toString());

        CliRun same = CliRun.of("agree", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,alice");
        assertEquals(1, same.exit(), same.toString());
    }

    @Test
    void theCommandIsTheOnlyOneBuiltForItsRun() {
        assertEquals(List.of(AgreeCommand.class), HamishCommand.subcommandsFor(new String[] {"--db", db, "agree", "--doc", "1"}));
    }

    @Test
    void exportWithAnAuthorWritesOnlyThatAnnotatorsLayer() throws Exception {
        Path out = dir.resolve("bob-only");
        CliRun run = CliRun.of("export", "--db", db, "--format", "csv", "--author", "bob", "--out", out.toString());
        assertEquals(0, run.exit(), run.toString());
        try (var files = Files.list(out)) {
            Path csv = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
            List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(1 + 3, rows.size(), "a header and bob's three annotations: " + rows);
            assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("bob") && !r.contains("alice") && !r.contains("carol")), rows.toString());
        }
        Path everyone = dir.resolve("everyone");
        CliRun all = CliRun.of("export", "--db", db, "--format", "csv", "--out", everyone.toString());
        assertEquals(0, all.exit(), all.toString());
        try (var files = Files.list(everyone)) {
            Path csv = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
            assertEquals(1 + 7, Files.readAllLines(csv, StandardCharsets.UTF_8).size());
        }
    }
}
