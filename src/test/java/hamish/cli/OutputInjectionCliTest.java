package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 9: titles, notes, entity names and file names holding line breaks, ESC sequences or
 * other control characters were printed raw, so a record broke over lines and escape sequences reached
 * the terminal. Every human-readable output now shows them as visible escapes ({@code \n}, {@code \x1b},
 * {@code \u202e}), each record on its own line; Arabic text and ordinary direction marks print as they
 * are; {@code --json} keeps the exact strings.
 */
class OutputInjectionCliTest {

    /** Every character the issue names, between Arabic words, with an emoji and an ordinary right-to-left mark (both kept as they are). */
    static final String HOSTILE = "سطر\nثان\rعودة\u001b[31mأحمر\u0007جرس\u0085تالي\u2028فاصل\u202Eمعكوس\tجدولة🔥\u200Fعلامة";
    static final String SHOWN = "سطر\\nثان\\rعودة\\x1b[31mأحمر\\x07جرس\\u0085تالي\\u2028فاصل\\u202eمعكوس\\tجدولة🔥\u200Fعلامة";
    /** What must never reach a terminal raw: C0 controls but the line break ending a line and the tab between fields, DEL, C1, line and paragraph separators, bidi embeddings, overrides and isolates. */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]|\\r");

    @TempDir
    Path dir;

    @Test
    void everyHumanReadableCommandEscapesControlCharactersAndJsonKeepsThemExactly() throws Exception {
        Path db = dir.resolve("مكتبة.db");
        // A quotation stays within a paragraph: its hostile characters are those that break no line.
        String text1 = "قال الوزير «إن المياه تكفي \u001b[31mللقرى كلها\u0007 هذا العام \u202Eكما قال الخبراء\t في التقرير الأخير» في المؤتمر الصحفي.\n"
                + HOSTILE + "\nوأضاف الوزير أن المياه تكفي.\n";
        String text2 = "قال الوزير «المياه تكفي» في المؤتمر الصحفي عن المياه.\nوأضاف أن " + HOSTILE + " انتهى.\n";
        try (Stores stores = Stores.open(db)) {
            stores.documents().insert(new Document(0, HOSTILE, HOSTILE, null, "ar", text1, "hash-1", Instant.now()));
            stores.documents().insert(new Document(0, "عنوان\u001b]0;title\u0007عادي", "", null, "ar", text2, "hash-2", Instant.now()));
        }
        String d = db.toString();
        CliRun annotated = CliRun.of("annotate", "1", "--db", d, "--start", "0", "--end", "3", "--tag", "Person",
                "--entity", HOSTILE, "--note", HOSTILE);
        assertEquals(0, annotated.exit(), annotated.toString());
        Path named = Files.writeString(dir.resolve("مقال\n\u001b[2J" + "\u202Etxt.exe.txt"), "خبر جديد\nنص الخبر الجديد عن المياه.\n",
                StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("فارغ\r\u001b[31m.txt"), "");
        Path out = dir.resolve("تصدير\u001b[31m");

        List<Case> cases = List.of(
                new Case(List.of("list"), "\\d+\t[^\t]*\t[^\t]*\t\\d+\t[^\t]*", 2),
                new Case(List.of("show", "1"), null, -1),
                new Case(List.of("show", "1", "--no-text"), "(\\w+:\\s+.*|\\d+ annotation\\(s\\)|#\\d+\t\\d+\t\\d+\t[^\t]+\t[^\t]*|)", 10),
                new Case(List.of("doc", "show", "1"), "\\w+:\\s+.*", 6),
                new Case(List.of("search", "المياه"), "(#\\d+\t[^\t]*\t[^\t]*\t\\d+ match\\(es\\)|  \\[\\d+, \\d+\\)\t.*|\\d+ document\\(s\\))", -1),
                new Case(List.of("search", "--tag", "Person"), "(#\\d+\tdoc \\d+\t[^\t]+\t[^\t]+\t[^\t]*\t[^\t]*|\\d+ annotation\\(s\\))", 2),
                new Case(List.of("stats"), null, -1),
                new Case(List.of("entity", "list"), "\\d+\t[^\t]+\t\\w+\t[^\t]+\t\\d+", 1),
                new Case(List.of("entity", "forms", "1"), "[^\t]+\t[^\t]+", -1),
                new Case(List.of("entity", "propose", "1"), null, -1),
                new Case(List.of("quotes", "1", "2"), "[^\t]*(\t[^\t]*){7}", -1),
                new Case(List.of("compare", "1", "2"), null, -1),
                new Case(List.of("align", "1", "2"), null, -1),
                new Case(List.of("entities", "discover", "--doc", "1", "2"), null, -1),
                new Case(List.of("export", "--format", "brat", "--out", out.toString()), "wrote .*", 6),
                new Case(List.of("import", named.toString(), empty.toString()), null, -1, 1),
                new Case(List.of("entity", "forms", HOSTILE + "؟"), null, 0, 1),
                new Case(List.of("show", "1", "--db", dir.resolve("لا\u001b[31mمجلد").resolve("x.db").toString()), null, 0, 1));

        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            List<String> args = new ArrayList<>(c.args());
            if (!args.contains("--db")) {
                args.addAll(List.of("--db", d));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String label = String.join(" ", c.args());
            if (run.exit() != c.exit()) {
                problems.add(label + ": exit " + run.exit() + " instead of " + c.exit() + ": " + run);
            }
            for (String stream : List.of(run.out(), run.err())) {
                var raw = RAW_CONTROL.matcher(stream);
                if (raw.find()) {
                    problems.add(label + ": raw U+" + HexFormat.of().toHexDigits(stream.charAt(raw.start())) + " in " + run);
                }
            }
            List<String> lines = run.out().lines().toList();
            if (c.line() != null) {
                lines.stream().filter(l -> !l.matches(c.line())).forEach(l -> problems.add(label + ": line out of shape: " + l));
            }
            if (c.lines() >= 0 && lines.size() != c.lines()) {
                problems.add(label + ": " + lines.size() + " lines instead of " + c.lines() + ": " + run);
            }
        }
        assertEquals(List.of(), problems);

        CliRun list = CliRun.of("list", "--db", d);
        assertTrue(list.out().lines().toList().contains("1\t-\t" + SHOWN + "\t1\t" + SHOWN),
                "Arabic and the right-to-left mark unchanged, controls shown as escapes: " + list.out());
        CliRun refusedFile = CliRun.of("import", "--db", d, empty.toString());
        assertTrue(refusedFile.err().contains("فارغ\\r\\x1b[31m.txt"), refusedFile.err());

        ObjectMapper json = new ObjectMapper();
        JsonNode documents = json.readTree(CliRun.of("search", "المياه", "--json", "--db", d).out());
        assertTrue(documents.findValuesAsText("title").contains(HOSTILE), documents.toString());
        JsonNode annotations = json.readTree(CliRun.of("search", "--tag", "Person", "--json", "--db", d).out());
        assertEquals(HOSTILE, annotations.get(0).get("note").asText());
        assertEquals(HOSTILE, annotations.get(0).get("entity").asText());
        JsonNode entities = json.readTree(CliRun.of("entity", "list", "--json", "--db", d).out());
        assertEquals(HOSTILE, entities.get(0).get("name").asText());
        CliRun quotes = CliRun.of("quotes", "1", "--json", "--db", d);
        JsonNode quote = json.readTree(quotes.out()).get(0);
        assertTrue(quote != null && quote.get("statement").asText().contains("\u001b[31m"), quotes.toString());
        assertEquals(text1.substring(quote.get("start").asInt(), quote.get("end").asInt()), quote.get("statement").asText());
    }

    /** A command, the shape every line of its stdout must have (null: any), how many lines (-1: any), its exit code. */
    private record Case(List<String> args, String line, int lines, int exit) {

        Case(List<String> args, String line, int lines) {
            this(args, line, lines, 0);
        }
    }
}
