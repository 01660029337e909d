package hamish.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The input of the command line's {@code --from} options: one JSON object per line, blank lines skipped. A line
 * that is not JSON, not an object or has a field the reader does not know is reported with its number; a
 * misspelt field must not be silently ignored, or a pipeline would lose what it meant to say.
 */
public final class JsonLines {

    /** Makes a line's object into what it says, or tells {@code sink} why it cannot. */
    public interface Parser<T> {
        void parse(long line, JsonNode object, LineSink<T> sink);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** Reads every line of {@code in}; {@code fields} are the field names a line may have. */
    public static <T> void read(BufferedReader in, Set<String> fields, Parser<T> parser, LineSink<T> sink) {
        String known = String.join(", ", new TreeSet<>(fields));
        try {
            String text;
            long number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (!text.isBlank()) {
                    parse(number, text, fields, known, parser, sink);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void parse(long number, String text, Set<String> fields, String known, Parser<T> parser, LineSink<T> sink) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.bad(number, "not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
            return;
        }
        if (n == null || !n.isObject()) {
            sink.bad(number, "not a JSON object");
            return;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                sink.bad(number, "unknown field \"" + f + "\" (known: " + known + ")");
                return;
            }
        }
        parser.parse(number, n, sink);
    }

    /** The first of {@code names} that is present and not a whole number, or null when all are whole numbers. */
    public static String notWholeNumber(JsonNode n, String... names) {
        for (String f : names) {
            if (!n.path(f).isIntegralNumber() || !n.path(f).canConvertToLong()) {
                return f;
            }
        }
        return null;
    }

    /** The first of {@code names} present with a value other than text or null, or null when there is none. */
    public static String notText(JsonNode n, String... names) {
        for (String f : names) {
            if (n.has(f) && !n.get(f).isNull() && !n.get(f).isTextual()) {
                return f;
            }
        }
        return null;
    }

    /** The field's text, or null when absent or null. */
    public static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
