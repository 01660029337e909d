package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.analysis.ComparePair;
import hamish.model.Document;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.text.SentenceAligner;
import hamish.text.SentencePair;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish align}: the pairs the compare window proposes, with offsets into the stored texts. */
class AlignCommandTest {

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

    @Test
    void printsEveryPairWithOffsetsScoreKindAndBothSentences() throws Exception {
        List<Document> docs;
        try (Stores s = Stores.open(dir.resolve("a.db"))) {
            docs = ComparePair.samples(s);
        }
        String db = dir.resolve("a.db").toString();
        String a = String.valueOf(docs.get(0).id());
        String b = String.valueOf(docs.get(1).id());
        List<SentencePair> expected = SentenceAligner.align(docs.get(0).text(), docs.get(1).text());

        assertEquals(0, run("align", "--db", db, a, b), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(expected.size() + 2, lines.size(), out::toString);
        SentencePair first = expected.get(0);
        String[] row = lines.get(1).split("\t");
        assertEquals(List.of(a, String.valueOf(first.a().start()), String.valueOf(first.a().end()), b,
                String.valueOf(first.b().start()), String.valueOf(first.b().end()), first.kind().name()),
                List.of(row[0], row[1], row[2], row[3], row[4], row[5], row[7]));
        assertEquals(first.a().of(docs.get(0).text()).replace('\n', ' '), row[8]);

        assertEquals(0, run("align", "--db", db, "--json", a, b), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(expected.size(), json.size());
        JsonNode p = json.get(0);
        Span spanB = new Span(p.get("b").get("start").asInt(), p.get("b").get("end").asInt());
        assertEquals(first.b(), spanB);
        assertEquals(spanB.of(docs.get(1).text()), p.get("b").get("sentence").asText());
        assertTrue(p.get("score").asDouble() > 0);

        assertEquals(1, run("align", "--db", db, a, "99"));
        assertTrue(err.toString().contains("no document with id 99"), err::toString);
        assertEquals(2, run("align", "--db", db, a));
    }
}
