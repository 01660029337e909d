package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamish copy} on the real news-events reports (../shared/corpora/news-events, read at run time): imported,
 * annotated by two users and linked, copied into a new file (which the command line gave the default tags), the
 * copy answers {@code stats}, {@code list}, {@code search} and {@code show} as the source does; the refusals.
 */
class CopyCommandTest {

    /** The reports' folder (../shared or ../../shared); the test is skipped, with a message, without it. */
    private static Path newsEvents() {
        Path dir = java.util.stream.Stream.of(Path.of("../shared/corpora/news-events"), Path.of("../../shared/corpora/news-events"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null,
                "../shared/corpora/news-events not found (real reports, not shipped); skipping");
        return dir;
    }

    @TempDir
    Path dir;

    @Test
    void theNewsEventsCorpusCopiedAnswersEveryCommandAsTheSourceDoes() throws Exception {
        String source = dir.resolve("source.db").toString();
        String target = dir.resolve("target.db").toString();
        assertEquals(0, CliRun.of("--db", source, "import-dataset", newsEvents().resolve("abha-bombing.jsonl").toString(),
                newsEvents().resolve("suruc-bombing.jsonl").toString()).exit());
        assertEquals(0, CliRun.of("--db", source, "annotate", "3", "--start", "0", "--end", "4", "--tag", "Person",
                "--entity", "أبها", "--author", "alice").exit());
        assertEquals(0, CliRun.of("--db", source, "annotate", "3", "--start", "0", "--end", "4", "--tag", "Place",
                "--author", "bob").exit());
        assertEquals(0, CliRun.of("--db", source, "link", "1", "2", "--type", "same_claim").exit());
        assertEquals(0, CliRun.of("--db", source, "collection", "create", "تفجير أبها").exit());
        assertEquals(0, CliRun.of("--db", source, "collection", "add", "تفجير أبها", "1", "2", "3").exit());
        assertEquals(0, CliRun.of("--db", target, "list").exit()); // a new file: the command line gives it the default tags

        CliRun copy = CliRun.of("copy", "--from", source, "--to", target);

        assertEquals(0, copy.exit(), copy.toString());
        assertTrue(copy.out().lines().anyMatch(l -> l.matches("document\\s+44\\s+44\\s+same")), copy.out());
        assertTrue(copy.out().lines().anyMatch(l -> l.matches("search index\\s+44\\s+44\\s+same")), copy.out());
        assertTrue(copy.out().contains("default tags were replaced"), copy.out());
        assertFalse(copy.out().contains("DIFFERENT"), copy.out());
        for (String[] command : new String[][] {{"stats"}, {"list"}, {"search", "أبها"}, {"search", "انفجار", "--variants"},
                {"show", "3"}, {"entity", "list"}, {"collection", "show", "تفجير أبها"}, {"search", "--author", "bob"}}) {
            CliRun before = CliRun.of(prepend(source, command));
            CliRun after = CliRun.of(prepend(target, command));
            assertEquals(before.out().replace(Path.of(source).toAbsolutePath().toString(), "DB"),
                    after.out().replace(Path.of(target).toAbsolutePath().toString(), "DB"), String.join(" ", command));
        }
        CliRun annotate = CliRun.of("--db", target, "annotate", "3", "--start", "5", "--end", "9", "--tag", "Place");
        assertEquals("3", annotate.out().strip(), "the next annotation id after the copied 1 and 2");
    }

    @Test
    void printsJson() throws Exception {
        String source = dir.resolve("s.db").toString();
        CliRun.of("--db", source, "import-dataset", newsEvents().resolve("abha-bombing.jsonl").toString());

        CliRun copy = CliRun.of("copy", "--from", source, "--to", dir.resolve("t.db").toString(), "--json");

        assertEquals(0, copy.exit(), copy.toString());
        JsonNode root = new ObjectMapper().readTree(copy.out());
        assertTrue(root.get("verified").asBoolean());
        assertEquals("document", root.get("tables").get(4).get("table").asText());
        assertEquals(root.get("tables").get(4).get("source").asLong(), root.get("tables").get(4).get("target").asLong());
        assertEquals(root.get("tables").get(4).get("sourceDigest").asText(), root.get("tables").get(4).get("targetDigest").asText());
    }

    @Test
    void refusesATargetWithDocumentsNamingItAndWritesNothing() throws Exception {
        String source = dir.resolve("s.db").toString();
        String target = dir.resolve("t.db").toString();
        CliRun.of("--db", source, "import-dataset", newsEvents().resolve("abha-bombing.jsonl").toString());
        CliRun.of("--db", target, "import-dataset", newsEvents().resolve("suruc-bombing.jsonl").toString());
        String statsBefore = CliRun.of("--db", target, "stats").out();

        CliRun copy = CliRun.of("copy", "--from", source, "--to", target);

        assertEquals(1, copy.exit());
        assertTrue(copy.err().startsWith("hamish: " + Path.of(target).toAbsolutePath() + " is not empty: it holds "), copy.err());
        assertTrue(copy.err().contains("nothing was changed"), copy.err());
        assertEquals(statsBefore, CliRun.of("--db", target, "stats").out());
    }

    @Test
    void refusesAMissingSourceTheSameDatabaseTwiceAndDb() {
        String missing = dir.resolve("missing.db").toString();
        CliRun fromMissing = CliRun.of("copy", "--from", missing, "--to", dir.resolve("t.db").toString());
        assertEquals(1, fromMissing.exit());
        assertEquals("hamish: cannot copy from " + missing + ": no such file (the source must be an existing database)\n",
                fromMissing.err());
        assertFalse(Files.exists(Path.of(missing)), "a missing source is not created");

        String source = dir.resolve("s.db").toString();
        CliRun.of("--db", source, "list");
        CliRun itself = CliRun.of("copy", "--from", source, "--to", dir.resolve(".").resolve("s.db").toString());
        assertEquals(1, itself.exit());
        assertTrue(itself.err().contains("into itself"), itself.err());

        CliRun withDb = CliRun.of("--db", source, "copy", "--from", source, "--to", dir.resolve("t.db").toString());
        assertEquals(2, withDb.exit());
        assertTrue(withDb.err().contains("copy does not use --db"), withDb.err());
    }

    private static String[] prepend(String db, String[] command) {
        String[] args = new String[command.length + 2];
        args[0] = "--db";
        args[1] = db;
        System.arraycopy(command, 0, args, 2, command.length);
        return args;
    }
}
