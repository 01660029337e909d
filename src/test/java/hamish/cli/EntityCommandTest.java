package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.analysis.ComparePair;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EntityCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String db;
    private List<Document> docs;

    @BeforeEach
    void samples() {
        db = dir.resolve("t.db").toString();
        try (Stores stores = Stores.open(Path.of(db))) {
            docs = ComparePair.samples(stores);
            stores.entities().insert(new Entity(0, "غوردون فالك", EntityType.PERSON, List.of()));
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = HamishCommand.commandLine(p -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void formsListTheSurnameButNeverTheFirstNameAlone() {
        assertEquals(0, run("entity", "forms", "--db", db, "غوردون فالك"), err.toString());

        String text = out.toString();
        assertTrue(text.contains("غوردون فالك\tname"), text);
        assertTrue(text.contains("فالك\tsurname"), text);
        assertTrue(text.contains("غوردون بن … فالك\tlong form"), text);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("غوردون\t")), text);
    }

    @Test
    void aRemovedFormIsMarkedNoLongerProposedAndCanBeRestored() throws Exception {
        assertEquals(0, run("entity", "forms", "--db", db, "غوردون فالك", "--remove", "فالك"), err.toString());
        assertTrue(out.toString().startsWith("removed\tفالك\n"), out.toString());
        assertTrue(out.toString().contains("\nفالك\tsurname\tremoved\n"), out.toString());
        assertTrue(out.toString().contains("غوردون بن … فالك\tlong form\n"), "only the removed form is marked: " + out);

        assertEquals(0, run("entity", "propose", "--db", db, "غوردون فالك"), err.toString());
        assertTrue(out.toString().lines().noneMatch(l -> l.contains("\tفالك\tform")), out.toString());
        assertTrue(out.toString().contains("2 proposal(s)"), out.toString());

        assertEquals(1, run("entity", "forms", "--db", db, "غوردون فالك", "--remove", "غوردون فالك"));
        assertTrue(err.toString().contains("cannot be removed"), err.toString());

        assertEquals(0, run("entity", "forms", "--db", db, "--json", "غوردون فالك", "--restore", "فالك"), err.toString());
        String json = out.toString().substring(out.toString().indexOf('['));
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            assertFalse(n.get("removed").asBoolean(), n.toString());
        }
        assertEquals(0, run("entity", "propose", "--db", db, "غوردون فالك"), err.toString());
        assertTrue(out.toString().contains("3 proposal(s)"), out.toString());
    }

    @Test
    void removingAnAliasDeletesIt() {
        assertEquals(0, run("entity", "alias", "--db", db, "غوردون فالك", "الوسيط فالك"), err.toString());
        assertEquals(0, run("entity", "forms", "--db", db, "غوردون فالك"), err.toString());
        assertTrue(out.toString().contains("الوسيط فالك\talias"), out.toString());

        assertEquals(0, run("entity", "forms", "--db", db, "غوردون فالك", "--remove", "الوسيط فالك"), err.toString());
        assertTrue(out.toString().lines().noneMatch(l -> l.startsWith("الوسيط فالك")), out.toString());
        assertEquals(0, run("entity", "list", "--db", db), err.toString());
        assertTrue(out.toString().contains("غوردون فالك\tperson\t-\t"), out.toString());
    }

    @Test
    void proposeShowsEachProposalWithDocumentOffsetsAndKind() throws Exception {
        assertEquals(0, run("entity", "propose", "--db", db, "--json", "غوردون فالك"), err.toString());

        List<String> rows = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(out.toString())) {
            rows.add(n.get("documentId").asLong() + " " + n.get("surface").asText() + " " + n.get("kind").asText());
            assertEquals(n.get("surface").asText().length(), n.get("end").asInt() - n.get("start").asInt());
        }
        long first = docs.get(0).id();
        long second = docs.get(1).id();
        assertEquals(List.of(first + " غوردون فالك exact", second + " جوردون فالك variant", second + " فالك form"), rows);

        assertEquals(0, run("entity", "propose", "--db", db, "--doc", String.valueOf(first), "1"), err.toString());
        assertTrue(out.toString().startsWith("doc " + first + "\t"), out.toString());
        assertTrue(out.toString().contains("1 proposal(s) for غوردون فالك"), out.toString());
    }

    @Test
    void anUnknownEntityOrDocumentIsAFailureWithAMessage() {
        assertEquals(1, run("entity", "propose", "--db", db, "لا أحد"));
        assertTrue(err.toString().contains("no entity"), err.toString());
        assertEquals(1, run("entity", "propose", "--db", db, "--doc", "999", "غوردون فالك"));
        assertTrue(err.toString().contains("no document with id 999"), err.toString());
    }
}
