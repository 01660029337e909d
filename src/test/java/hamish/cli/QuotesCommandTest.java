package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish quotes} on one of the sample articles: quotations in marks and reported speech, in text order. */
class QuotesCommandTest {

    private static final Path SAMPLE = Path.of("resources/samples/water-summit-fajr-al-suhoul.txt");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = HamishCommand.commandLine(db -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String db() {
        return dir.resolve("q.db").toString();
    }

    @BeforeEach
    void importSample() {
        assertEquals(0, run("import", "--db", db(), SAMPLE.toString()), err.toString());
    }

    private List<JsonNode> statements(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("quotes", "--db", db(), "--json", "1"));
        args.addAll(List.of(extra));
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).forEach(rows::add);
        return rows;
    }

    @Test
    void listsReportedSpeechBesideQuotationsWithItsSpeaker() throws Exception {
        List<JsonNode> all = statements();
        JsonNode reported = all.stream().filter(r -> r.get("kind").asText().equals("reported")
                && r.get("statement").asText().startsWith("البرنامج سيعتمد")).findFirst()
                .orElseThrow(() -> new AssertionError("the statement after «وأوضحت هولم أن» is not listed: " + out));
        assertEquals("هولم", reported.get("speaker").asText());
        assertEquals("وأوضحت", reported.get("cue").asText());
        assertTrue(all.stream().anyMatch(r -> r.get("kind").asText().equals("quote")
                && r.get("statement").asText().equals("يفتح صفحة جديدة من الثقة بين الشركاء")), out.toString());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).get("start").asInt() <= all.get(i).get("start").asInt(), "text order: " + out);
        }
    }

    @Test
    void aStatementHoldingAQuotationIsListedOnceAsTheQuotation() throws Exception {
        List<JsonNode> all = statements();
        for (JsonNode q : all) {
            if (q.get("kind").asText().equals("quote")) {
                int s = q.get("start").asInt();
                int e = q.get("end").asInt();
                assertTrue(all.stream().noneMatch(r -> r.get("kind").asText().equals("reported")
                        && r.get("start").asInt() < e && s < r.get("end").asInt()), "listed twice: " + q + "\n" + out);
            }
        }
    }

    @Test
    void onlySelectsOneKind() throws Exception {
        List<JsonNode> all = statements();
        List<JsonNode> quotes = statements("--only", "quotes");
        List<JsonNode> reported = statements("--only", "reported");
        assertTrue(!quotes.isEmpty() && !reported.isEmpty(), out.toString());
        assertTrue(quotes.stream().allMatch(r -> r.get("kind").asText().equals("quote")));
        assertTrue(reported.stream().allMatch(r -> r.get("kind").asText().equals("reported")));
        assertEquals(all.size(), quotes.size() + reported.size());
    }

    @Test
    void tabSeparatedOutputHasOneLinePerStatementWithTheKindColumn() {
        assertEquals(0, run("quotes", "--db", db(), "1"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("document\tkind\tstart\tend\tstatement\tspeaker\tentity\tcue", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            assertEquals(8, f.length, lines[i]);
            assertTrue(f[1].equals("quote") || f[1].equals("reported"), lines[i]);
        }
    }
}
