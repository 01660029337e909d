package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Span;
import hamish.store.Stores;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate --from -}: 10,000 lines from standard input in one process, every one stored exactly; bad lines named. */
class AnnotateFromLinesTest {

    private static final String TEXT = "قمة المياه في عمّان 2025\n\nقال الوزير إن الاتفاق “يفتح صفحة جديدة” 👍🏽 وأضاف أن الحصة سترتفع 8%.\r\n"
            + "وأكدت الخبيرة إنغريد هولم أن البرنامج سيعتمد على 60 محطة قياس.";

    @TempDir
    Path dir;

    private record Expected(long line, long document, Span span, String tag, String entity, String speaker, String note) {
    }

    @Test
    void tenThousandLinesFromStandardInputAreStoredExactlyAndBadLinesAreNamed() throws Exception {
        Path db = dir.resolve("a.db");
        Path file = dir.resolve("summit.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--db", db.toString(), file.toString()).exit());
        Document doc;
        try (Stores s = Stores.open(db)) {
            doc = s.documents().get(1).orElseThrow();
        }
        List<Span> words = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\s“”.,%]+").matcher(doc.text());
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(7);
        String[] tags = {"Person", "Organisation", "Place", "Quote", "Claim"};
        String[] names = {"هولم", "إنغريد هولم", "الوزير", "عمّان"};
        StringBuilder input = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        long line = 0;
        for (int i = 0; i < 10_000; i++) {
            Span a = words.get(random.nextInt(words.size()));
            Span b = words.get(Math.min(words.size() - 1, words.indexOf(a) + random.nextInt(3)));
            Span span = new Span(a.start(), b.end());
            String tag = tags[random.nextInt(tags.length)];
            ObjectNode n = json.createObjectNode().put("document", doc.id()).put("start", span.start()).put("end", span.end()).put("tag", tag);
            String entity = tag.equals("Person") && random.nextBoolean() ? names[random.nextInt(names.length)] : null;
            String speaker = tag.equals("Quote") && random.nextBoolean() ? "الوزير" : null;
            String note = random.nextInt(4) == 0 ? "ملاحظة " + i + "\tسطر\nثان" : null;
            if (entity != null) {
                n.put("entity", entity);
            }
            if (speaker != null) {
                n.put("speaker", speaker);
            }
            if (note != null) {
                n.put("note", note);
            }
            input.append(n).append('\n');
            expected.add(new Expected(++line, doc.id(), span, tag, entity, speaker, note));
            if (i == 5000) {
                int emoji = doc.text().indexOf("👍");
                input.append("{\"document\": 99, \"start\": 0, \"end\": 3, \"tag\": \"Person\"}\n")
                        .append("{\"document\": 1, \"start\": 0, \"end\": 100000, \"tag\": \"Person\"}\n")
                        .append("{\"document\": 1, \"start\": ").append(emoji + 1).append(", \"end\": ").append(emoji + 2).append(", \"tag\": \"Quote\"}\n")
                        .append("{\"document\": 1, \"start\": 0, \"end\": 3, \"tag\": \"Nope\"}\n")
                        .append("{\"document\": 1, \"start\": 0, \"end\": 3}\n")
                        .append("not json\n");
                line += 6;
            }
        }
        InputStream before = System.in;
        CliRun run;
        long t0 = System.nanoTime();
        try {
            System.setIn(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("annotate", "--db", db.toString(), "--author", "pipeline", "--from", "-");
        } finally {
            System.setIn(before);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("10000 stored, 6 bad"), run.err());
        for (String bad : List.of("bad line   5002: no document with id 99", "bad line   5003: end 100000 is past the end of document 1",
                "bad line   5004: [", "cuts a character", "bad line   5005: no tag named 'Nope'", "bad line   5006: \"tag\" is missing",
                "bad line   5007: not valid JSON")) {
            assertTrue(run.err().contains(bad), bad + " in\n" + run.err());
        }
        Map<Long, Long> idByLine = new HashMap<>();
        for (String out : run.out().split("\n")) {
            String[] f = out.split("\t");
            idByLine.put(Long.parseLong(f[0]), Long.parseLong(f[1]));
        }
        assertEquals(10_000, idByLine.size());
        try (Stores s = Stores.open(db)) {
            Map<Long, Annotation> stored = new HashMap<>();
            s.annotations().forDocument(doc.id()).forEach(x -> stored.put(x.id(), x));
            assertEquals(10_000, stored.size());
            Map<Long, String> tagNames = new HashMap<>();
            s.tags().list().forEach(t -> tagNames.put(t.id(), t.name()));
            for (Expected e : expected) {
                Annotation a = stored.get(idByLine.get(e.line()));
                assertEquals(e.span(), a.span(), "line " + e.line());
                assertEquals(e.span().of(doc.text()), a.quote());
                assertEquals(e.tag(), tagNames.get(a.tagId()));
                assertEquals(e.entity(), a.entityId() == null ? null : s.entities().get(a.entityId()).map(Entity::canonicalName).orElseThrow());
                assertEquals(e.speaker(), a.speakerEntityId() == null ? null
                        : s.entities().get(a.speakerEntityId()).map(Entity::canonicalName).orElseThrow());
                assertEquals(e.note() == null ? "" : e.note(), a.note());
                assertEquals("pipeline", a.author());
            }
        }
        System.out.println("annotate --from: 10,000 lines in " + ms + " ms");
    }
}
