package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish entity list|add|alias|merge}: exact output, exit 1 for an unknown entity or a bad name, 2 for usage. */
class EntityRegisterCommandTest {

    static final String TEXT = "قال بيني غانتس إن المحادثات مع غانتس كانت مثمرة.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String db;
    private Entity gantz;
    private Entity misspelt;

    @BeforeEach
    void seed() {
        db = dir.resolve("entities.db").toString();
        try (Stores s = Stores.open(Path.of(db))) {
            s.tags().ensureDefaults(DefaultTags.load());
            long tag = s.tags().list().get(0).id();
            Document d = s.documents().insert(new Document(0, "غانتس", "", null, "ar", TEXT, "h1", Instant.EPOCH));
            gantz = s.entities().insert(new Entity(0, "بيني غانتس", EntityType.PERSON, List.of("غانتس")));
            misspelt = s.entities().insert(new Entity(0, "جانتس", EntityType.PERSON, List.of()));
            int first = TEXT.indexOf("بيني غانتس");
            int second = TEXT.lastIndexOf("غانتس");
            s.annotations().insert(Annotation.of(d.id(), TEXT, new Span(first, first + 10), tag, "", Instant.EPOCH).withEntity(gantz.id(), Instant.EPOCH));
            s.annotations().insert(Annotation.of(d.id(), TEXT, new Span(second, second + 5), tag, "", Instant.EPOCH).withEntity(misspelt.id(), Instant.EPOCH));
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

    private String output() {
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private List<Entity> stored() {
        try (Stores s = Stores.open(Path.of(db))) {
            return s.entities().list();
        }
    }

    @Test
    void listShowsIdNameTypeAliasesAndMentions() throws Exception {
        assertEquals(0, run("entity", "list", "--db", db), err.toString());
        assertEquals(gantz.id() + "\tبيني غانتس\tperson\tغانتس\t1\n" + misspelt.id() + "\tجانتس\tperson\t-\t1\n", output());

        assertEquals(0, run("entity", "list", "--db", db, "--json"), err.toString());
        JsonNode first = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals("{\"id\":" + gantz.id() + ",\"name\":\"بيني غانتس\",\"type\":\"person\",\"aliases\":[\"غانتس\"],\"mentions\":1}",
                first.toString());
    }

    @Test
    void addFindsOrCreatesAndAddsAliases() {
        assertEquals(0, run("entity", "add", "--db", db, "وزارة الدفاع", "--type", "organisation", "--alias", "البنتاغون",
                "--alias", "وزارة الحرب"), err.toString());
        Entity created = stored().stream().filter(e -> e.canonicalName().equals("وزارة الدفاع")).findFirst().orElseThrow();
        assertEquals("created\t" + created.id() + "\tوزارة الدفاع\torganisation\tالبنتاغون; وزارة الحرب\n", output());
        assertEquals(EntityType.ORG, created.type());

        // Found by an alias, folded (hamza-free spelling): nothing created, the type kept.
        assertEquals(0, run("entity", "add", "--db", db, "البنتاغون", "--type", "place"), err.toString());
        assertEquals("exists\t" + created.id() + "\tوزارة الدفاع\torganisation\tالبنتاغون; وزارة الحرب\n", output());
        assertEquals(3, stored().size(), "one created, none by the second add");
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertEquals(1, run("entity", "add", "--db", db, "١٢٣"));
        assertEquals("hamish: \"١٢٣\" has no letters to name an entity by", err.toString().strip());
        assertEquals(1, run("entity", "add", "--db", db, "ـــ"));
        assertEquals(1, run("entity", "add", "--db", db, "فالك", "--alias", "«»"));
        assertEquals(2, stored().size(), "nothing created");
    }

    @Test
    void aliasAddsFormsOnceAndNamesUnknownEntities() {
        assertEquals(0, run("entity", "alias", "--db", db, String.valueOf(gantz.id()), "بني غانتس", "غانتس", "الجنرال غانتس"), err.toString());
        assertEquals(gantz.id() + "\tبيني غانتس\tperson\tغانتس; بني غانتس; الجنرال غانتس\n", output(), "غانتس already known: skipped");

        assertEquals(0, run("entity", "alias", "--db", db, "الجنرال غانتس", "غانتس"), "found by its new alias");
        assertEquals(gantz.id() + "\tبيني غانتس\tperson\tغانتس; بني غانتس; الجنرال غانتس\n", output());

        assertEquals(1, run("entity", "alias", "--db", db, "نتنياهو", "بيبي"));
        assertEquals("hamish: no entity with id or name \"نتنياهو\" (an entity is created by tagging a mention with --entity, or in the window)",
                err.toString().strip());
        assertEquals(2, run("entity", "alias", "--db", db, "غانتس"), "no form: usage");
    }

    @Test
    void mergeMovesMentionsAndNames() {
        assertEquals(0, run("entity", "merge", "--db", db, "بيني غانتس", "جانتس"), err.toString());
        assertEquals("merged\t" + misspelt.id() + "\tجانتس\n" + gantz.id() + "\tبيني غانتس\tperson\tغانتس; جانتس\n", output());
        assertEquals(0, run("entity", "list", "--db", db));
        assertEquals(gantz.id() + "\tبيني غانتس\tperson\tغانتس; جانتس\t2\n", output());
        try (Stores s = Stores.open(Path.of(db))) {
            assertEquals("command line", s.entities().revision(gantz.id()).orElseThrow().changedBy());
        }
    }

    @Test
    void mergeFailuresAndUsage() {
        assertEquals(1, run("entity", "merge", "--db", db, "بيني غانتس", "نتنياهو"));
        assertTrue(err.toString().contains("no entity with id or name \"نتنياهو\""), err.toString());
        assertEquals(1, run("entity", "merge", "--db", db, "غانتس", String.valueOf(gantz.id())));
        assertTrue(err.toString().contains("are the same entity"), err.toString());
        assertEquals(2, run("entity", "merge", "--db", db, "غانتس"));
        assertEquals(2, run("entity", "add", "--db", db, "فالك", "--type", "company"));
        assertTrue(err.toString().contains("use person, organisation, place or misc"), err.toString());
        assertEquals(2, run("entity", "--db", db));
        assertEquals(2, stored().size());
    }
}
