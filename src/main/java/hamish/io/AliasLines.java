package hamish.io;

import com.fasterxml.jackson.databind.JsonNode;
import hamish.model.EntityType;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code entity alias --from} input, one JSON object per line:
 * {@code {"entity": "غوردون فالك", "alias": "فالك"}}, or several at once with {@code "aliases": ["فالك", "غ. فالك"]};
 * the entity may be its id ({@code "entity": 5}); {@code "type": "person"} creates the entity when no entity has that
 * name. The shape is checked here; whether the entity exists is checked against the database after.
 */
public final class AliasLines {

    private static final Set<String> FIELDS = Set.of("entity", "alias", "aliases", "type");

    private AliasLines() {
    }

    public static void read(BufferedReader in, LineSink<AliasLine> lines) {
        JsonLines.read(in, FIELDS, AliasLines::parse, lines);
    }

    private static void parse(long number, JsonNode n, LineSink<AliasLine> lines) {
        JsonNode entity = n.path("entity");
        if (!(entity.isTextual() && !entity.asText().isBlank()) && !(entity.isIntegralNumber() && entity.canConvertToLong())) {
            lines.bad(number, "\"entity\" must be the entity's name or id");
            return;
        }
        String notText = JsonLines.notText(n, "alias", "type");
        if (notText != null) {
            lines.bad(number, "\"" + notText + "\" must be text");
            return;
        }
        List<String> aliases = new ArrayList<>();
        if (n.hasNonNull("alias")) {
            aliases.add(n.get("alias").asText());
        }
        if (n.hasNonNull("aliases")) {
            if (!n.get("aliases").isArray()) {
                lines.bad(number, "\"aliases\" must be a list of texts");
                return;
            }
            for (JsonNode a : n.get("aliases")) {
                if (!a.isTextual()) {
                    lines.bad(number, "\"aliases\" must be a list of texts");
                    return;
                }
                aliases.add(a.asText());
            }
        }
        if (aliases.stream().allMatch(String::isBlank)) {
            lines.bad(number, "no alias given (\"alias\": \"…\" or \"aliases\": [\"…\"])");
            return;
        }
        EntityType type = null;
        String word = JsonLines.text(n, "type");
        if (word != null) {
            Optional<EntityType> t = EntityType.fromWord(word);
            if (t.isEmpty()) {
                lines.bad(number, "\"" + word + "\" is not an entity type (person, organisation, place or misc)");
                return;
            }
            type = t.get();
        }
        lines.line(new AliasLine(number, entity.asText().strip(), type, aliases.stream().filter(a -> !a.isBlank()).map(String::strip).toList()));
    }
}
