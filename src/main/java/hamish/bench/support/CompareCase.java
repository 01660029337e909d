package hamish.bench.support;

import hamish.io.DefaultTags;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated reports for comparing: a few long Arabic articles and one person whose name is written into them
 * at known places, so that "Find mentions" proposes exactly {@code mentions} spans spread evenly over the
 * documents. The generator's vocabulary never contains the name, so nothing else is proposed.
 */
public record CompareCase(List<Long> documentIds, Entity entity, int mentions) {

    /** A name the generator's words do not resemble (no fuzzy proposals among them). */
    public static final String NAME = "زبيدة كوشنير";

    /**
     * Stores {@code documents} articles of about {@code chars} chars each with {@code mentions} occurrences of
     * {@link #NAME} in all, the default tags, and the entity (a person) in {@code s}.
     */
    public static CompareCase create(Stores s, int documents, int mentions, int chars, long seed) {
        s.tags().ensureDefaults(DefaultTags.load());
        ArabicTextGenerator generator = new ArabicTextGenerator(seed);
        List<Long> ids = new ArrayList<>();
        s.inTransaction(() -> {
            for (int d = 0; d < documents; d++) {
                int here = mentions / documents + (d < mentions % documents ? 1 : 0);
                String text = withName(generator.article(chars), here);
                ids.add(s.documents().insert(new Document(0, "تقرير " + (d + 1), "outlet " + (d + 1), null, "ar", text,
                        ContentHash.of(text), Instant.EPOCH)).id());
            }
            return null;
        });
        Entity entity = s.entities().insert(new Entity(0, NAME, EntityType.PERSON, List.of()));
        return new CompareCase(List.copyOf(ids), entity, mentions);
    }

    /** {@code text} with the name written after {@code count} of its spaces, spread evenly (from the end, so offsets stay valid). */
    static String withName(String text, int count) {
        List<Integer> spaces = new ArrayList<>();
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            spaces.add(i);
        }
        if (spaces.size() < count * 2) {
            throw new IllegalArgumentException("an article of " + text.length() + " chars is too short for " + count + " mentions");
        }
        StringBuilder sb = new StringBuilder(text);
        int step = spaces.size() / count;
        for (int k = count - 1; k >= 0; k--) {
            sb.insert(spaces.get(k * step + step / 2) + 1, NAME + " ");
        }
        return sb.toString();
    }
}
