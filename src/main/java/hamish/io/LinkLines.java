package hamish.io;

import com.fasterxml.jackson.databind.JsonNode;
import hamish.model.LinkType;
import java.io.BufferedReader;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code link --from} input, one JSON object per line:
 * {@code {"from": 12, "to": 40, "type": "same_claim", "note": "…"}}, annotation ids as {@code hamish show} and
 * {@code annotate} print them; the type is same_claim (the default), contradicts, paraphrase or other. The shape is
 * checked here; whether the annotations exist is checked against the database after.
 */
public final class LinkLines {

    private static final Set<String> FIELDS = Set.of("from", "to", "type", "note");

    private LinkLines() {
    }

    public static void read(BufferedReader in, LineSink<LinkLine> lines) {
        JsonLines.read(in, FIELDS, LinkLines::parse, lines);
    }

    /** The type as a user writes it: same_claim, same-claim, "same claim" or SAME_CLAIM; null for no type Hamish has. */
    public static LinkType type(String word) {
        String key = word.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LinkType t : LinkType.values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        return null;
    }

    private static void parse(long number, JsonNode n, LineSink<LinkLine> lines) {
        String notNumber = JsonLines.notWholeNumber(n, "from", "to");
        if (notNumber != null) {
            lines.bad(number, "\"" + notNumber + "\" must be an annotation id (a whole number)");
            return;
        }
        String notText = JsonLines.notText(n, "type", "note");
        if (notText != null) {
            lines.bad(number, "\"" + notText + "\" must be text");
            return;
        }
        long from = n.get("from").asLong();
        long to = n.get("to").asLong();
        if (from == to) {
            lines.bad(number, "annotation " + from + " cannot be linked to itself");
            return;
        }
        String word = JsonLines.text(n, "type");
        LinkType type = word == null ? LinkType.SAME_CLAIM : type(word);
        if (type == null) {
            lines.bad(number, "\"" + word + "\" is not a link type (same_claim, contradicts, paraphrase or other)");
            return;
        }
        String note = JsonLines.text(n, "note");
        lines.line(new LinkLine(number, from, to, type, note == null ? "" : note));
    }
}
