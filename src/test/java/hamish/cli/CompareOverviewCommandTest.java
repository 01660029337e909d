package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.ComparePair;
import hamish.app.Accept;
import hamish.app.MentionService;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code hamish compare ID ID --overview-svg FILE}: the overview for a pipeline, written safely. */
class CompareOverviewCommandTest {

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
    void writesTheOverviewAsSvgAndKeepsAnExistingFileUnlessForced() throws Exception {
        Path db = dir.resolve("t.db");
        List<Document> docs;
        try (Stores s = Stores.open(db)) {
            docs = ComparePair.samples(s);
            Entity falk = s.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
            MentionService service = new MentionService(s, "", Clock.systemUTC());
            Accept.mentions(s, service, service.propose(falk, docs));
        }
        Path svg = dir.resolve("report").resolve("overview.svg");
        String a = String.valueOf(docs.get(0).id());
        String b = String.valueOf(docs.get(1).id());

        assertEquals(0, run("compare", "--db", db.toString(), "--overview-svg", svg.toString(), a, b), err.toString());

        assertTrue(out.toString().contains("wrote " + svg), out.toString());
        assertTrue(!out.toString().contains("Naming: entity"), "the tables are not printed with --overview-svg");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList rects = xml.getElementsByTagName("rect");
        int cells = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            cells += "cell".equals(((Element) rects.item(i)).getAttribute("class")) ? 1 : 0;
        }
        assertEquals(2, cells, "the mediator is named in both reports: one cell each");
        long before = Files.size(svg);

        assertEquals(1, run("compare", "--db", db.toString(), "--overview-svg", svg.toString(), a, b));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertEquals(before, Files.size(svg));
        assertEquals(0, run("compare", "--db", db.toString(), "--overview-svg", svg.toString(), "--force", a, b), err.toString());
        try (var files = Files.list(svg.getParent())) {
            assertEquals(List.of(svg), files.toList(), "nothing left beside it");
        }
    }
}
