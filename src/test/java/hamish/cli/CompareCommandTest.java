package hamish.cli;

import hamish.app.Accept;
import hamish.app.MentionService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hamish.analysis.ComparePair;
import hamish.app.MentionService;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {

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

    /** The samples with the mediator's mentions and his two quotes linked as contradicting; returns the ids. */
    private String[] annotatedSamples(String db) {
        try (Stores stores = Stores.open(dir.resolve(db))) {
            List<Document> docs = ComparePair.samples(stores);
            Entity falk = stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
            MentionService service = new MentionService(stores, "", Clock.systemUTC());
            Accept.mentions(stores, service, service.propose(falk, docs));
            Annotation a = quote(stores, docs.get(0), "يفتح صفحة جديدة من الثقة بين الشركاء");
            Annotation b = quote(stores, docs.get(1), "خطوة أولى لا أكثر");
            stores.links().insert(new Link(0, a.id(), b.id(), LinkType.CONTRADICTS, "", Instant.EPOCH));
            return new String[] {String.valueOf(docs.get(0).id()), String.valueOf(docs.get(1).id())};
        }
    }

    private static Annotation quote(Stores stores, Document d, String text) {
        int at = ComparePair.at(d, text);
        long tag = stores.tags().byName("Quote").orElseThrow().id();
        return stores.annotations().insert(Annotation.of(d.id(), d.text(), new Span(at, at + text.length()), tag, "", Instant.EPOCH));
    }

    @Test
    void printsTheNamingTableThenTheClaimMatrix() {
        String[] ids = annotatedSamples("t.db");
        String db = dir.resolve("t.db").toString();

        assertEquals(0, run("compare", "--db", db, ids[0], ids[1]), err.toString());

        String text = out.toString();
        // Columns are headed by outlet and date (the samples name both), each with its document's number.
        assertTrue(text.contains("entity\ttype\t[" + ids[0] + "] فجر السهول · 2025-04-17\t[" + ids[1] + "] مرايا الضفتين · 2025-04-18"), text);
        assertTrue(text.contains("kind\tclaim\tspeaker\tverb\t[" + ids[0] + "] فجر السهول · 2025-04-17\t[" + ids[1] + "] مرايا الضفتين · 2025-04-18"), text);
        assertTrue(text.contains("غوردون فالك\tPERSON\tغوردون فالك ×1\tجوردون فالك ×1; فالك ×1"), text);
        assertTrue(text.contains("QUOTE\tيفتح صفحة جديدة من الثقة بين الشركاء\tالوسيط الدولي غوردون فالك\tوقال\t"
                + "carried: يفتح صفحة جديدة من الثقة بين الشركاء\tcontradicted: خطوة أولى لا أكثر"), text);
        assertTrue(text.indexOf("Naming") < text.indexOf("Claims"), text);
    }

    @Test
    void csvAndOutWriteBothTablesAndKeepExistingFiles() throws Exception {
        String[] ids = annotatedSamples("t.db");
        String db = dir.resolve("t.db").toString();
        assertEquals(0, run("compare", "--db", db, "--csv", ids[0], ids[1]), err.toString());
        assertTrue(out.toString().startsWith("\uFEFFentity,type,"), out.toString());
        assertTrue(out.toString().contains("\uFEFFkind,claim,speaker,verb,unmatched,"), out.toString());

        Path folder = dir.resolve("مقارنة");
        assertEquals(0, run("compare", "--db", db, "--out", folder.toString(), ids[0], ids[1]), err.toString());
        String naming = Files.readString(folder.resolve("naming.csv"), StandardCharsets.UTF_8);
        assertTrue(naming.contains("غوردون فالك,PERSON,غوردون فالك ×1,جوردون فالك ×1; فالك ×1\r\n"), naming);
        assertTrue(Files.readString(folder.resolve("claims.csv")).contains("contradicted,خطوة أولى لا أكثر"));
        assertEquals(1, run("compare", "--db", db, "--out", folder.toString(), ids[0], ids[1]));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertEquals(0, run("compare", "--db", db, "--out", folder.toString(), "--force", ids[0], ids[1]), err.toString());
    }

    @Test
    void refusesAMissingDocumentAndASingleOne() {
        String[] ids = annotatedSamples("t.db");
        String db = dir.resolve("t.db").toString();

        assertEquals(1, run("compare", "--db", db, ids[0], "99"));
        assertTrue(err.toString().contains("document 99 does not exist"), err.toString());
        assertEquals(2, run("compare", "--db", db, ids[0]));
    }

    @Test
    void comparesTheSeedsWhenPresent() {
        String db = dir.resolve("seeds.db").toString();
        try (Stores stores = Stores.open(Path.of(db))) {
            assumeTrue(ComparePair.seeds(stores).isPresent(), "no seed articles; skipping");
            Entity gantz = stores.entities().insert(new Entity(0, "بيني غانتس", EntityType.PERSON, List.of("غانتس")));
            MentionService service = new MentionService(stores, "", Clock.systemUTC());
            Accept.mentions(stores, service, service.propose(gantz, stores.documents().list().stream()
                    .map(s -> stores.documents().get(s.id()).orElseThrow()).toList()));
        }
        assertEquals(0, run("compare", "--db", db, "1", "2"), err.toString());
        assertTrue(out.toString().contains("بيني جانتس ×2"), out.toString());
    }
}
