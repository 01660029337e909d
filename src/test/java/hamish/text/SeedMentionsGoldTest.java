package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.text.MentionProposal.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the mention proposals on the two seed articles against a gold list written by
 * reading them (src/test/resources/hamish/text/seed-mentions-gold.tsv). A proposal is right when it
 * overlaps a gold mention of its entity not yet taken by another proposal. Figures go to
 * target/matching-figures.txt.
 */
class SeedMentionsGoldTest {

    static final Map<String, Entity> ENTITIES = new LinkedHashMap<>();

    static {
        ENTITIES.put("gantz", person(1, "غانتس", "بيني غانتس", "جانتس"));
        ENTITIES.put("pentagon", new Entity(2, "البنتاغون", EntityType.ORG, List.of()));
        ENTITIES.put("austin", person(3, "أوستن", "لويد أوستن"));
        ENTITIES.put("israel", new Entity(4, "إسرائيل", EntityType.PLACE, List.of()));
        ENTITIES.put("iran", new Entity(5, "إيران", EntityType.PLACE, List.of()));
        ENTITIES.put("blinken", person(6, "بلينكن"));
        ENTITIES.put("biden", person(7, "بايدن"));
        ENTITIES.put("netanyahu", person(8, "نتنياهو"));
        ENTITIES.put("washington", new Entity(9, "واشنطن", EntityType.PLACE, List.of()));
        ENTITIES.put("sullivan", person(10, "سوليفان"));
        ENTITIES.put("whitehouse", new Entity(11, "البيت الأبيض", EntityType.ORG, List.of()));
    }

    private static final Pattern PROCLITIC = Pattern.compile("[وف]?(?:[بكل]|ال|بال|كال|لل)?");

    private record Gold(String seed, String entity, Span span) {
    }

    /** Counts of one evaluation. */
    private static final class Tally {
        final Map<String, int[]> perEntity = new LinkedHashMap<>(); // gold, found, proposals, right
        final Map<Confidence, int[]> perLevel = new EnumMap<>(Confidence.class); // proposals, right
        final List<String> wrong = new ArrayList<>();
        int gold;
        int found;
        int foundByExactOrVariant;

        double precision(Confidence... levels) {
            int proposals = 0;
            int right = 0;
            for (Confidence c : levels) {
                int[] t = perLevel.getOrDefault(c, new int[2]);
                proposals += t[0];
                right += t[1];
            }
            return proposals == 0 ? 1.0 : (double) right / proposals;
        }

        double recall(String entity) {
            int[] t = perEntity.get(entity);
            return (double) t[1] / t[0];
        }
    }

    @Test
    void proposalsOnTheSeedsMatchTheGoldList() throws IOException {
        Tally plain = evaluate(MentionProposer.Options.DEFAULT);
        Tally withParts = evaluate(MentionProposer.Options.DEFAULT.withNameParts(true));
        writeFigures(plain, withParts);

        assertEquals(20, plain.perEntity.get("gantz")[0], "13 + 7 Gantz mentions in the gold list");
        assertEquals(1.0, plain.recall("gantz"), 1e-9);
        assertEquals(1.0, plain.recall("pentagon"), 1e-9);
        assertTrue(plain.precision(Confidence.EXACT, Confidence.VARIANT) >= 0.9, () -> "wrong: " + plain.wrong);
        assertTrue(withParts.precision(Confidence.EXACT, Confidence.VARIANT) >= 0.9, () -> "wrong: " + withParts.wrong);
        assertTrue(withParts.found > plain.found, "name parts find لويد on its own");
    }

    @Test
    void garbledAustinIsATypoProposal() {
        String text = SeedArticles.read(SeedArticles.FIRST);
        List<MentionProposal> austin = MentionIndex.of(text).proposals(ENTITIES.get("austin"));
        assertTrue(austin.stream().anyMatch(p -> p.surface().equals("لوستن") && p.confidence() == Confidence.TYPO),
                austin::toString);
    }

    private static Tally evaluate(MentionProposer.Options options) throws IOException {
        Map<String, String> seeds = Map.of("000", SeedArticles.read(SeedArticles.FIRST),
                "002", SeedArticles.read(SeedArticles.SECOND));
        List<Gold> gold = readGold(seeds);
        Tally tally = new Tally();
        for (Map.Entry<String, String> seed : new java.util.TreeMap<>(seeds).entrySet()) {
            MentionIndex index = MentionIndex.of(seed.getValue());
            for (Map.Entry<String, Entity> e : ENTITIES.entrySet()) {
                List<Span> expected = gold.stream()
                        .filter(g -> g.seed().equals(seed.getKey()) && g.entity().equals(e.getKey()))
                        .map(Gold::span).toList();
                boolean[] taken = new boolean[expected.size()];
                int[] entity = tally.perEntity.computeIfAbsent(e.getKey(), k -> new int[4]);
                entity[0] += expected.size();
                tally.gold += expected.size();
                for (MentionProposal p : index.proposals(EntityNames.of(e.getValue(), options))) {
                    int[] level = tally.perLevel.computeIfAbsent(p.confidence(), k -> new int[2]);
                    level[0]++;
                    entity[2]++;
                    int hit = firstFree(expected, taken, p.span());
                    if (hit < 0) {
                        tally.wrong.add(e.getKey() + ":" + p.surface() + "(" + p.confidence() + ")");
                        continue;
                    }
                    taken[hit] = true;
                    level[1]++;
                    entity[1]++;
                    entity[3]++;
                    tally.found++;
                    if (p.confidence() != Confidence.TYPO) {
                        tally.foundByExactOrVariant++;
                    }
                }
            }
        }
        return tally;
    }

    private static int firstFree(List<Span> expected, boolean[] taken, Span span) {
        for (int k = 0; k < expected.size(); k++) {
            if (!taken[k] && expected.get(k).intersects(span)) {
                return k;
            }
        }
        return -1;
    }

    private static List<Gold> readGold(Map<String, String> seeds) throws IOException {
        List<Gold> gold = new ArrayList<>();
        Map<String, Integer> cursor = new LinkedHashMap<>();
        try (InputStream in = SeedMentionsGoldTest.class.getResourceAsStream("seed-mentions-gold.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String text = seeds.get(f[0]);
                String key = f[0] + "/" + f[1];
                int start = locate(text, f[2], cursor.getOrDefault(key, 0));
                assertTrue(start >= 0, "gold mention not found in order: " + line);
                gold.add(new Gold(f[0], f[1], new Span(start, start + f[2].length())));
                cursor.put(key, start + f[2].length());
            }
        }
        return gold;
    }

    /** The next word-aligned occurrence of {@code surface} from {@code from}: only a proclitic may precede it in its word. */
    private static int locate(String text, String surface, int from) {
        for (int at = text.indexOf(surface, from); at >= 0; at = text.indexOf(surface, at + 1)) {
            int end = at + surface.length();
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            int wordStart = at;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (endsWord && PROCLITIC.matcher(ArabicNormalizer.fold(text.substring(wordStart, at))).matches()) {
                return at;
            }
        }
        return -1;
    }

    private static void writeFigures(Tally plain, Tally withParts) throws IOException {
        StringBuilder out = new StringBuilder("Mention proposals on the seed articles against the gold list\n");
        out.append(String.format(Locale.ROOT, "%-11s %5s %6s %6s %9s %7s%n", "entity", "gold", "found", "prop.", "precision", "recall"));
        for (Map.Entry<String, int[]> e : plain.perEntity.entrySet()) {
            int[] t = e.getValue();
            out.append(String.format(Locale.ROOT, "%-11s %5d %6d %6d %9.3f %7.3f%n", e.getKey(), t[0], t[1], t[2],
                    t[2] == 0 ? 1.0 : (double) t[3] / t[2], (double) t[1] / t[0]));
        }
        out.append(summary("default options", plain));
        out.append(summary("with name parts", withParts));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("matching-figures.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    private static String summary(String label, Tally t) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n%s: gold %d, found %d (recall %.3f; by EXACT+VARIANT %.3f)%n",
                label, t.gold, t.found, (double) t.found / t.gold, (double) t.foundByExactOrVariant / t.gold));
        for (Confidence c : Confidence.values()) {
            int[] l = t.perLevel.getOrDefault(c, new int[2]);
            s.append(String.format(Locale.ROOT, "  %-7s proposals %3d right %3d precision %.3f%n", c, l[0], l[1], t.precision(c)));
        }
        s.append(String.format(Locale.ROOT, "  EXACT+VARIANT precision %.3f%n  wrong: %s%n",
                t.precision(Confidence.EXACT, Confidence.VARIANT), t.wrong));
        return s.toString();
    }

    private static Entity person(long id, String name, String... aliases) {
        return new Entity(id, name, EntityType.PERSON, List.of(aliases));
    }
}
