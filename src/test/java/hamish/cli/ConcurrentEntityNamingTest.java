package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.store.RawSql;
import hamish.store.Stores;
import hamish.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code hamish annotate --entity} processes started at the same moment, naming the same entities
 * in spellings that fold alike, must leave one entity per folded name (the defect: 2 × 300 runs left 10
 * names stored twice, because finding and creating were two transactions and nothing in the schema was
 * unique). Each process has its own SQLite connection per run, as separate command-line runs do.
 */
class ConcurrentEntityNamingTest {

    /** Spellings of one name each: hamza forms, harakat, tatweel, ta marbuta, Latin case. */
    static final List<List<String>> NAME_GROUPS = List.of(
            List.of("أوستن", "اوستن", "أُوستن", "أوسـتن"),
            List.of("إسرائيل", "اسرائيل", "إسرائـيل", "إِسْرائيل"),
            List.of("غانتس", "غـانتس", "غانْتس"),
            List.of("البنتاغون", "البنتاغـون", "البَنتاغون"),
            List.of("الأمم المتحدة", "الامم المتحده", "الأُمَم المتّحدة"),
            List.of("مصر", "مِصر", "مـصر"),
            List.of("بايدن", "بايدِن", "بـايدن"),
            List.of("الرياض", "الرّياض", "الريـاض"),
            List.of("ليبيا", "ليبيـا", "لِيبيا"),
            List.of("Lloyd Austin", "lloyd austin", "LLOYD AUSTIN"));

    static final int CALLS_PER_PROCESS = 200;

    @TempDir
    Path dir;

    @Test
    void theTestNamesFoldAlikeWithinAGroupAndApartBetweenGroups() {
        Set<String> keys = new HashSet<>();
        for (List<String> group : NAME_GROUPS) {
            Set<String> folded = group.stream().map(ArabicNormalizer::fold).collect(Collectors.toSet());
            assertEquals(1, folded.size(), "spellings of one name must fold alike: " + group + " → " + folded);
            assertEquals(group.size(), new HashSet<>(group).size(), "spellings must differ: " + group);
            keys.addAll(folded);
        }
        assertEquals(NAME_GROUPS.size(), keys.size(), "groups must fold apart");
    }

    @Test
    void twoAnnotateProcessesStartedTogetherCreateEachEntityOnce() throws Exception {
        Path db = dir.resolve("race.db");
        String text = article(new Random(20261202));
        long documentId;
        try (Stores stores = Stores.open(db)) {
            stores.tags().ensureDefaults(DefaultTags.load());
            documentId = stores.documents().insert(new Document(0, "سباق", "وكالة", LocalDate.of(2026, 12, 2), "ar", text,
                    Integer.toHexString(text.hashCode()), Instant.now())).id();
        }
        Path barrier = dir.resolve("go");

        List<Child> children = new ArrayList<>();
        try {
            for (long seed : new long[] {7001, 7002}) {
                children.add(Child.start(db, documentId, text.length(), barrier, seed));
            }
            for (Child child : children) {
                assertEquals("READY", child.next(60), "child did not start");
            }
            Files.createFile(barrier);
            for (Child child : children) {
                assertTrue(child.process.waitFor(90, TimeUnit.SECONDS), "a child did not finish in 90 s");
                assertEquals(0, child.process.exitValue(), "child exit code");
            }
        } finally {
            for (Child child : children) {
                child.process.destroyForcibly();
            }
        }

        Map<Long, Integer> groupOfAnnotation = new HashMap<>();
        for (Child child : children) {
            List<String> lines = child.rest();
            assertEquals("DONE", lines.isEmpty() ? null : lines.get(lines.size() - 1), "child output: " + lines);
            List<String> acks = lines.subList(0, lines.size() - 1);
            assertEquals(List.of(), acks.stream().filter(l -> !l.startsWith("ACK ")).toList(), "every annotate succeeds");
            assertEquals(CALLS_PER_PROCESS, acks.size());
            for (String ack : acks) {
                String[] p = ack.split(" ");
                assertEquals(null, groupOfAnnotation.put(Long.parseLong(p[1]), Integer.parseInt(p[2])), "an id printed twice");
            }
        }

        try (Stores stores = Stores.open(db)) {
            List<Annotation> stored = stores.annotations().forDocument(documentId);
            assertEquals(2 * CALLS_PER_PROCESS, stored.size(), "every annotation is stored");

            Map<String, List<Entity>> byKey = stores.entities().list().stream()
                    .collect(Collectors.groupingBy(e -> ArabicNormalizer.fold(e.canonicalName())));
            assertEquals(NAME_GROUPS.size(), byKey.size(), "entities: " + byKey.keySet());
            for (Map.Entry<String, List<Entity>> e : byKey.entrySet()) {
                assertEquals(1, e.getValue().size(), "one entity for " + e.getKey() + ": " + e.getValue());
            }
            for (Annotation a : stored) {
                Integer group = groupOfAnnotation.get(a.id());
                assertNotNull(group, "annotation " + a.id() + " was not acknowledged by a child");
                Entity only = byKey.get(ArabicNormalizer.fold(NAME_GROUPS.get(group).get(0))).get(0);
                assertEquals(only.id(), a.entityId(), "annotation " + a.id() + " names the one entity of its name");
            }
            int unkeyed = RawSql.read(stores.database(), c -> {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                        "SELECT count(*) FROM entity WHERE name_key IS NULL OR name_key <> hamish_fold(canonical_name)")) {
                    return rows.getInt(1);
                }
            });
            assertEquals(0, unkeyed, "every entity created by name holds its folded name as key");
        }
    }

    /** A text of unmarked Arabic letters and spaces, so that any offsets fall between whole characters. */
    private static String article(Random random) {
        String[] words = {"قال", "وزير", "الدفاع", "إن", "المحادثات", "مع", "الجانب", "الآخر", "كانت", "مثمرة", "في", "العاصمة",
                "وأضاف", "أن", "الوفد", "سيعود", "الأسبوع", "المقبل"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 3000) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString().strip();
    }

    /** A running {@link NamingAnnotator} and the lines it printed, read on a thread of their own. */
    private record Child(Process process, BlockingQueue<String> lines) {

        static Child start(Path db, long documentId, int textLength, Path barrier, long seed) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    NamingAnnotator.class.getName(), db.toString(), String.valueOf(documentId), String.valueOf(textLength),
                    barrier.toString(), String.valueOf(CALLS_PER_PROCESS), String.valueOf(seed));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = pb.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "naming-annotator-" + seed);
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines);
        }

        String next(int seconds) throws InterruptedException {
            String line = lines.poll(seconds, TimeUnit.SECONDS);
            if (line == null) {
                fail("no line from the child in " + seconds + " s");
            }
            return line;
        }

        /** What the child printed after "READY"; call once it has exited. */
        List<String> rest() throws InterruptedException {
            List<String> all = new ArrayList<>();
            // The reader thread may still be draining the closed pipe.
            for (String line = lines.poll(5, TimeUnit.SECONDS); line != null; line = lines.poll(200, TimeUnit.MILLISECONDS)) {
                all.add(line);
                if (line.equals("DONE")) {
                    break;
                }
            }
            return all;
        }
    }
}
