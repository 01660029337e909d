package hamish.reliability;

import hamish.store.RawSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.store.Stores;
import hamish.bench.support.ArabicTextGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random moments, again and again, and checks after each kill
 * that the database is intact and holds every annotation whose commit was acknowledged.
 */
@Tag("reliability")
class CrashSafetyTest {

    static final int KILLS = Integer.getInteger("hamish.crash.kills", 50);
    static final int KILLS_AT_FIRST_OPEN = Integer.getInteger("hamish.crash.openKills", 20);

    record Ack(long id, int start, int end) {
    }

    @TempDir
    Path dir;

    @Test
    void acknowledgedAnnotationsSurviveSigkill() throws Exception {
        Path db = dir.resolve("crash.db");
        String text = new ArabicTextGenerator(3).article(20_000);
        long[] ids = AcknowledgingWriter.prepare(db, text);
        Random random = new Random(20261124);
        List<Ack> acknowledged = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            acknowledged.addAll(runAndKill(db, ids, random.nextLong(), random.nextInt(400)));
            verify(db, text, acknowledged);
        }
        assertTrue(acknowledged.size() > KILLS, "writers committed only " + acknowledged.size() + " annotations");
        ReliabilityReport.record("crash-safety", KILLS + " SIGKILLs, " + acknowledged.size()
                + " acknowledged annotations verified after every kill, integrity_check ok every time");
    }

    @Test
    void aKillDuringTheFirstOpenLeavesAFileThatOpensAtTheCurrentSchema() throws Exception {
        Random random = new Random(20261125);
        int beforeFile = 0;
        int midway = 0;
        int complete = 0;
        for (int kill = 0; kill < KILLS_AT_FIRST_OPEN; kill++) {
            Path db = dir.resolve("first-open-" + kill + ".db");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), FirstOpener.class.getName(), db.toString());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = pb.start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("OPENING", in.readLine(), "opener did not start");
                // The open of a new file takes a few tens of milliseconds here: kill somewhere inside or just after it.
                Thread.sleep(random.nextInt(60));
                process.toHandle().destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            int version = java.nio.file.Files.exists(db) ? schemaVersion(db) : -1;
            if (version < 0) {
                beforeFile++;
            } else if (version < hamish.store.Database.SCHEMA_VERSION || !hasDefaultTags(db)) {
                midway++;
            } else {
                complete++;
            }
            try (Stores stores = Stores.open(db)) {
                stores.tags().ensureDefaults(hamish.io.DefaultTags.load());
                assertEquals(hamish.io.DefaultTags.load().tags().size(), stores.tags().list().size());
                assertEquals("ok", integrity(stores), "integrity_check after a kill during the first open");
            }
        }
        ReliabilityReport.record("crash-first-open", KILLS_AT_FIRST_OPEN + " SIGKILLs during the first open of a new file ("
                + beforeFile + " before the file existed, " + midway + " with schema or default tags unfinished, " + complete
                + " after it was complete): every file then opened at schema " + hamish.store.Database.SCHEMA_VERSION
                + " with the default tags, integrity_check ok");
    }

    private static int schemaVersion(Path db) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static boolean hasDefaultTags(Path db) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM tag")) {
            return rs.getInt(1) > 0;
        }
    }

    private static String integrity(Stores stores) {
        return RawSql.write(stores.database(), c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    /** Starts a writer, lets it commit for a random while after it is ready, kills it, returns its acks. */
    private List<Ack> runAndKill(Path db, long[] ids, long seed, int millisAfterReady) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(),
                db.toString(), String.valueOf(ids[0]), String.valueOf(ids[1]), String.valueOf(seed));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        List<Ack> acks = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            assertEquals("READY", first, "writer did not start");
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisAfterReady);
            while (System.nanoTime() < deadline) {
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                acks.add(parse(line));
            }
            // SIGKILL through the handle: unlike Process.destroyForcibly it leaves our end of the pipe open,
            // so the acks already written can still be read.
            process.toHandle().destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("ACK ")) {
                    acks.add(parse(line)); // printed after its commit, before the kill: must be there too
                }
            }
        }
        return acks;
    }

    private static Ack parse(String line) {
        String[] p = line.split(" ");
        return new Ack(Long.parseLong(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
    }

    private static void verify(Path db, String text, List<Ack> acknowledged) throws Exception {
        try (Stores stores = Stores.open(db)) {
            String integrity = RawSql.write(stores.database(), c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    return rs.next() ? rs.getString(1) : "no answer";
                }
            });
            assertEquals("ok", integrity, "integrity_check after a kill");
            for (Ack ack : acknowledged) {
                Annotation a = stores.annotations().get(ack.id())
                        .orElseThrow(() -> new AssertionError("acknowledged annotation " + ack.id() + " lost"));
                assertEquals(ack.start(), a.start());
                assertEquals(ack.end(), a.end());
                assertEquals(text.substring(ack.start(), ack.end()), a.quote());
            }
        }
    }
}
