package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiscoverCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private long first;
    private long second;

    @BeforeEach
    void seed() {
        db = dir.resolve("discover.db");
        try (Stores stores = Stores.open(db)) {
            first = stores.documents().insert(new Document(0, "أ", "صحيفة أ", null, "ar",
                    "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة. وأضاف لافروف أن الوفد سيعود.", "h1", Instant.now())).id();
            second = stores.documents().insert(new Document(0, "ب", "صحيفة ب", null, "ar",
                    "أكد وزير الخارجية الروسي سيرجي لافروف أن بلاده تدين الهجوم.", "h2", Instant.now())).id();
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = HamishCommand.commandLine(file -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsOneLinePerCandidateWithItsForms() {
        assertEquals(0, run("entities", "discover", "--db", db.toString(), "--doc", String.valueOf(first), String.valueOf(second)), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("name\ttype\tdocuments\tforms\tevidence", lines[0]);
        String[] lavrov = lines[1].split("\t");
        assertEquals("PERSON", lavrov[1]);
        assertEquals("2", lavrov[2]);
        assertTrue(lavrov[3].contains("سيرغي لافروف×1") && lavrov[3].contains("سيرجي لافروف×1") && lavrov[3].contains("لافروف×1"), lavrov[3]);
        assertTrue(lavrov[4].contains("role: وزير"), lavrov[4]);
    }

    @Test
    void printsJson() {
        assertEquals(0, run("entities", "discover", "--db", db.toString(), "--doc", String.valueOf(first), String.valueOf(second), "--json"));
        assertTrue(out.toString().contains("\"type\" : \"PERSON\""), out.toString());
        assertTrue(out.toString().contains("\"form\" : \"سيرجي لافروف\""), out.toString());
    }

    @Test
    void refusesAnUnknownDocument() {
        assertEquals(1, run("entities", "discover", "--db", db.toString(), "--doc", "999"));
        assertTrue(err.toString().contains("no document with id 999"), err.toString());
    }
}
