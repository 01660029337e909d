package hamish.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads {@code annotate --from} input, one JSON object per line:
 * {@code {"document": 3, "start": 10, "end": 24, "tag": "Person", "entity": "…", "speaker": "…", "note": "…", "author": "…"}}.
 * Each line is checked for its shape here (whole numbers, texts, no unknown field, a non-empty span) and reported
 * with its number when wrong; what needs the database (the document, the tag, whole characters) is checked after.
 */
public final class AnnotationLines {

    /** Hears of the lines in order. */
    public interface Lines {
        void line(AnnotationLine line);

        void bad(long line, String problem);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("document", "start", "end", "tag", "entity", "speaker", "note", "author");

    private AnnotationLines() {
    }

    public static void read(BufferedReader in, Lines lines) {
        try {
            String text;
            long number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (!text.isBlank()) {
                    parse(number, text, lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(long number, String text, Lines lines) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            lines.bad(number, "not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
            return;
        }
        if (n == null || !n.isObject()) {
            lines.bad(number, "not a JSON object");
            return;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                lines.bad(number, "unknown field \"" + f + "\" (known: author, document, end, entity, note, speaker, start, tag)");
                return;
            }
        }
        for (String f : new String[] {"document", "start", "end"}) {
            if (!n.path(f).canConvertToLong() || !n.path(f).isIntegralNumber()) {
                lines.bad(number, "\"" + f + "\" must be a whole number");
                return;
            }
        }
        for (String f : new String[] {"tag", "entity", "speaker", "note", "author"}) {
            if (n.has(f) && !n.get(f).isNull() && !n.get(f).isTextual()) {
                lines.bad(number, "\"" + f + "\" must be text");
                return;
            }
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
                text(n, "entity"), text(n, "speaker"), text(n, "note"), text(n, "author")));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
