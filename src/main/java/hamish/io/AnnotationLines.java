package hamish.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.util.Set;

/**
 * Reads {@code annotate --from} input, one JSON object per line:
 * {@code {"document": 3, "start": 10, "end": 24, "tag": "Person", "entity": "…", "speaker": "…", "note": "…", "author": "…"}}.
 * Each line is checked for its shape here (whole numbers, texts, no unknown field, a non-empty span) and reported
 * with its number when wrong; what needs the database (the document, the tag, whole characters) is checked after.
 */
public final class AnnotationLines {

    private static final Set<String> FIELDS = Set.of("document", "start", "end", "tag", "entity", "speaker", "note", "author");

    private AnnotationLines() {
    }

    public static void read(BufferedReader in, LineSink<AnnotationLine> lines) {
        JsonLines.read(in, FIELDS, AnnotationLines::parse, lines);
    }

    private static void parse(long number, JsonNode n, LineSink<AnnotationLine> lines) {
        String notNumber = JsonLines.notWholeNumber(n, "document", "start", "end");
        if (notNumber != null) {
            lines.bad(number, "\"" + notNumber + "\" must be a whole number");
            return;
        }
        String notText = JsonLines.notText(n, "tag", "entity", "speaker", "note", "author");
        if (notText != null) {
            lines.bad(number, "\"" + notText + "\" must be text");
            return;
        }
        if (!n.hasNonNull("tag") || n.get("tag").asText().isBlank()) {
            lines.bad(number, "\"tag\" is missing");
            return;
        }
        long start = n.get("start").asLong();
        long end = n.get("end").asLong();
        if (start < 0 || end <= start || end > Integer.MAX_VALUE) {
            lines.bad(number, "[" + start + ", " + end + ") is not a span (0 <= start < end)");
            return;
        }
        lines.line(new AnnotationLine(number, n.get("document").asLong(), (int) start, (int) end, n.get("tag").asText().strip(),
                JsonLines.text(n, "entity"), JsonLines.text(n, "speaker"), JsonLines.text(n, "note"), JsonLines.text(n, "author")));
    }
}
