package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Document;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hamish collection …} and {@code hamish list --collection/--sort/--outlet/--from/--to}. */
class CollectionCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private long sabq;
    private long okaz;
    private long okaz2;

    @BeforeEach
    void seed() {
        db = dir.resolve("c.db");
        try (Stores stores = Stores.open(db)) {
            sabq = insert(stores, "أمير عسير يقف على موقع التفجير", "سبق", LocalDate.of(2015, 8, 6));
            okaz = insert(stores, "علماء لـ «عكاظ»: التفجير\u001b[31m جريمة", "عكاظ", LocalDate.of(2015, 8, 7));
            okaz2 = insert(stores, "إيقاف مؤقت لمظاهر الاحتفالات", "عكاظ", LocalDate.of(2015, 8, 5));
        }
    }

    private static long insert(Stores stores, String title, String outlet, LocalDate date) {
        return stores.documents().insert(new Document(0, title, outlet, date, "ar", title + " — نص.", "h-" + title,
                Instant.parse("2026-11-24T12:00:00Z"))).id();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = HamishCommand.commandLine(file -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        return cl.execute(all);
    }

    private String output() {
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void createAddShowAndListACollection() throws Exception {
        assertEquals(0, run("collection", "create", "تفجير أبها"));
        assertEquals("1\t0\tتفجير أبها\n", output());
        assertEquals(0, run("collection", "add", "تفجير ابها", String.valueOf(okaz2), String.valueOf(sabq), String.valueOf(okaz)));
        assertEquals("added\t3\n1\t3\tتفجير أبها\n", output());

        assertEquals(0, run("collection", "show", "1", "--sort", "date"));
        assertEquals("collection\t1\t3\tتفجير أبها\n"
                + okaz2 + "\t2015-08-05\tعكاظ\t0\tإيقاف مؤقت لمظاهر الاحتفالات\n"
                + sabq + "\t2015-08-06\tسبق\t0\tأمير عسير يقف على موقع التفجير\n"
                + okaz + "\t2015-08-07\tعكاظ\t0\tعلماء لـ «عكاظ»: التفجير\\x1b[31m جريمة\n"
                + "outlet\t2\tعكاظ\n"
                + "outlet\t1\tسبق\n", output(), "the ESC in a title is shown, not obeyed");

        assertEquals(0, run("collection", "show", "تفجير أبها", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(3, json.get("documents").size());
        assertEquals("علماء لـ «عكاظ»: التفجير\u001b[31m جريمة", json.get("documents").get(1).get("title").asText(), "JSON keeps the exact text");
        assertEquals(2, json.get("outlets").get(0).get("documents").asInt());

        assertEquals(0, run("collection", "list", "--json"));
        assertEquals(3, new ObjectMapper().readTree(out.toString()).get(0).get("documents").asInt());
    }

    @Test
    void listNarrowsToACollectionAnOutletAndADateRangeInTheOrderAsked() {
        run("collection", "create", "حدث");
        run("collection", "add", "حدث", String.valueOf(sabq), String.valueOf(okaz));
        assertEquals(0, run("list", "--collection", "حدث", "--sort", "outlet"));
        assertEquals(2, output().lines().count());
        assertTrue(output().startsWith(sabq + "\t"), output());

        assertEquals(0, run("list", "--outlet", "عكاظ", "--from", "2015-08-06", "--to", "2015-08-07"));
        assertEquals(1, output().lines().count());
        assertTrue(output().startsWith(okaz + "\t"), output());

        assertEquals(0, run("list", "--sort", "date"));
        assertEquals(java.util.List.of(okaz2, sabq, okaz), output().lines().map(l -> Long.parseLong(l.split("\t")[0])).toList());
        assertEquals(1, run("list", "--from", "2015-08-07", "--to", "2015-08-01"));
        assertTrue(err.toString().contains("ends (2015-08-01) before it starts"), err.toString());
    }

    @Test
    void renameRemoveDeleteAndUnknownNames() {
        run("collection", "create", "حدث");
        run("collection", "add", "حدث", String.valueOf(sabq), String.valueOf(okaz));
        assertEquals(0, run("collection", "remove", "حدث", String.valueOf(okaz), String.valueOf(okaz2)));
        assertEquals("removed\t1\n1\t1\tحدث\n", output());
        assertEquals(0, run("collection", "rename", "1", "تفجير أبها"));
        assertEquals("1\t1\tتفجير أبها\n", output());
        assertEquals(1, run("collection", "create", "تفجير ابها"));
        assertTrue(err.toString().contains("already a collection named"), err.toString());
        assertEquals(0, run("collection", "delete", "تفجير أبها"));
        assertEquals(0, run("collection", "list"));
        assertEquals("", output());
        assertEquals(1, run("collection", "show", "تفجير أبها"));
        assertTrue(err.toString().contains("no collection with id or name"), err.toString());
        assertEquals(0, run("list"));
        assertEquals(3, output().lines().count(), "deleting a collection keeps its documents");
    }
}
