package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.app.Curating;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hamish curate}: alice's and bob's annotations made with {@code annotate --author}, listed, then the agreements accepted. */
class CurateCommandTest {

    private static final String TEXT = "قالَ الرئيسُ محمد علي 🙂 في القاهرة إن وزارة الخارجية تعمل";

    @TempDir
    Path dir;
    private String db;
    private long docId;
    private String text;

    @BeforeEach
    void annotate() throws Exception {
        db = dir.resolve("curate.db").toString();
        Path file = dir.resolve("example.txt");
        Files.writeString(file, TEXT + "\n", StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--db", db, file.toString()).exit());
        try (Stores stores = Stores.open(db)) {
            Document doc = stores.documents().list().stream().findFirst().flatMap(s -> stores.documents().get(s.id())).orElseThrow();
            docId = doc.id();
            text = doc.text();
        }
        annotate("alice", "محمد علي", "Person");
        annotate("bob", "محمد علي", "Person");
        annotate("alice", "القاهرة", "Place");
        annotate("bob", "وزارة الخارجية", "Organisation");
    }

    private void annotate(String author, String words, String tag) {
        int start = text.indexOf(words);
        CliRun run = CliRun.of("annotate", String.valueOf(docId), "--db", db, "--start", String.valueOf(start), "--end",
                String.valueOf(start + words.length()), "--tag", tag, "--author", author);
        assertEquals(0, run.exit(), run.toString());
    }

    @Test
    void listsTheItemsThenAcceptsTheAgreements() {
        CliRun list = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob");
        assertEquals(0, list.exit(), list.toString());
        List<String> lines = list.out().lines().toList();
        assertEquals(3, lines.size(), list.out());
        assertTrue(lines.get(0).startsWith("1\texact\topen\t"), list.out());
        assertTrue(lines.get(1).startsWith("2\tonly_a\topen\t"), list.out());
        assertTrue(lines.get(2).startsWith("3\tonly_b\topen\t-\t"), list.out());

        CliRun accept = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob", "--accept-agreements",
                "--curator", "carol");
        assertEquals(0, accept.exit(), accept.toString());
        int start = text.indexOf("محمد علي");
        assertTrue(accept.out().contains("\t" + start + "\t" + (start + 8) + "\tPerson\tمحمد علي"), accept.out());
        assertTrue(accept.out().contains("accepted 1 agreement"), accept.out());
        try (Stores stores = Stores.open(db)) {
            List<Annotation> curated = stores.annotations().forDocument(docId).stream().filter(a -> a.author().equals(Curating.CURATED)).toList();
            assertEquals(1, curated.size());
            assertEquals("carol", stores.annotations().revision(curated.get(0).id()).orElseThrow().changedBy());
        }
        CliRun again = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob", "--accept-agreements");
        assertTrue(again.out().contains("accepted 0 agreements"), again.out());
        CliRun after = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob");
        assertTrue(after.out().lines().findFirst().orElseThrow().startsWith("1\texact\taccepted A\t"), after.out());
    }

    @Test
    void refusals() {
        CliRun one = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice");
        assertEquals(1, one.exit(), one.toString());
        CliRun curated = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,curated");
        assertEquals(1, curated.exit(), curated.toString());
        assertTrue(curated.err().contains("curated layer"), curated.toString());
        CliRun unknown = CliRun.of("curate", "--db", db, "--doc", "999", "--users", "alice,bob");
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("no document with id 999"), unknown.toString());
    }

    @Test
    void aNeitherFromTheWindowIsShownAndRespected() {
        try (Stores stores = Stores.open(db)) {
            Curating curating = new Curating(stores, new EditHistory(), Clock.systemUTC());
            Curating.Item agreement = curating.items(docId, "alice", "bob").items().get(0);
            curating.accept(new Origin("curation window", "carol"), docId, "alice", "bob", agreement, Curating.Side.NEITHER).orElseThrow();
        }
        CliRun list = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob");
        assertTrue(list.out().lines().findFirst().orElseThrow().startsWith("1\texact\tneither\t"), list.out());
        // The agreement decided "neither" is not accepted behind the curator's back.
        CliRun accept = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob", "--accept-agreements");
        assertTrue(accept.out().contains("accepted 0 agreements"), accept.out());
        // --open: the items still to decide, numbered as in the whole list; with B and A turned round, the same.
        CliRun open = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "alice,bob", "--open");
        assertEquals(List.of("2", "3"), open.out().lines().map(l -> l.split("\t")[0]).toList(), open.out());
        CliRun turned = CliRun.of("curate", "--db", db, "--doc", String.valueOf(docId), "--users", "bob,alice", "--open");
        assertEquals(2, turned.out().lines().count(), turned.out());
    }
}
