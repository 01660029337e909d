package hamish.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.DiscoveredEntity;
import hamish.analysis.EntityDiscovery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Discovery on the real reports against two hand-checked golds: the first reader's (news-events-discovery.tsv,
 * adjudicated against the second) and a second reader's, made blind to the first and to the tool's output
 * (news-events-entities-second-reader.tsv). Persons named in two or more reports by either reader must be found; a
 * candidate is right when either reader lists it with its type, and its precision against the blind reader alone is
 * asserted too, since the first reader's one-report lines were checked after seeing the tool's output. No candidate
 * may mix two gold entities. Figures go to target/discovery.txt.
 */
class EntityDiscoveryGoldTest {

    record Gold(String cluster, String id, String type, boolean recurring, Set<String> forms) {
    }

    @Test
    void findsRecurringPersonsAndProposesRealEntities() throws IOException {
        List<NewsEvents.Report> all = NewsEvents.all();
        List<Gold> first = gold("news-events-discovery.tsv");
        List<Gold> blind = gold("news-events-entities-second-reader.tsv");
        List<Gold> gold = new ArrayList<>(first);
        gold.addAll(blind);
        List<Gold> recurringPersons = new ArrayList<>(first.stream().filter(g -> g.type.equals("PERSON") && g.recurring).toList());
        blind.stream().filter(g -> g.type.equals("PERSON") && g.recurring)
                .filter(g -> recurringPersons.stream().noneMatch(f -> f.cluster.equals(g.cluster) && !java.util.Collections.disjoint(f.forms, g.forms)))
                .forEach(recurringPersons::add);
        StringBuilder report = new StringBuilder("Entity discovery on news-events (gold: news-events-discovery.tsv and the blind "
                + "news-events-entities-second-reader.tsv)\n");
        int found = 0;
        int recurring = 0;
        int right = 0;
        int rightByBlindReader = 0;
        int candidates = 0;
        List<String> mixed = new ArrayList<>();
        Set<Gold> blindFound = new HashSet<>();
        for (String file : NewsEvents.FILES) {
            String cluster = file.substring(0, 4).equals("abha") ? "abha" : "suruc";
            List<String> texts = all.stream().filter(r -> r.file().equals(file)).map(NewsEvents.Report::text).toList();
            long t0 = System.nanoTime();
            List<DiscoveredEntity> discovered = new EntityDiscovery().discover(texts);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            report.append(String.format(Locale.ROOT, "%n%s: %d reports, %d candidates, %d ms%n", cluster, texts.size(), discovered.size(), ms));
            Set<String> matchedPersons = new HashSet<>();
            for (DiscoveredEntity e : discovered) {
                List<Gold> matches = gold.stream().filter(g -> g.cluster.equals(cluster) && g.type.equals(e.type().name())
                        && matchesAny(g, e)).toList();
                candidates++;
                if (!matches.isEmpty()) {
                    right++;
                    matches.forEach(g -> matchedPersons.add(g.id));
                }
                if (matches.stream().anyMatch(blind::contains)) {
                    rightByBlindReader++;
                }
                matches.stream().filter(blind::contains).forEach(blindFound::add);
                if (matches.stream().filter(first::contains).count() > 1 || matches.stream().filter(blind::contains).count() > 1) {
                    mixed.add(e.name());
                }
                report.append(String.format(Locale.ROOT, "  %s %-6s %-40s docs=%d forms=%s %s%n", matches.isEmpty() ? "✗" : matches.stream().anyMatch(blind::contains) ? "✓" : "½",
                        e.type(), e.name(), e.documents().size(),
                        e.forms().stream().map(f -> f.text() + "×" + f.count()).toList(), e.evidence()));
            }
            for (Gold g : recurringPersons) {
                if (g.cluster.equals(cluster)) {
                    recurring++;
                    if (matchedPersons.contains(g.id)) {
                        found++;
                    } else {
                        report.append("  missed person ").append(g.id).append('\n');
                    }
                }
            }
        }
        double recall = (double) found / recurring;
        double precision = (double) right / candidates;
        double blindPrecision = (double) rightByBlindReader / candidates;
        report.append(String.format(Locale.ROOT, "%npersons in 2+ reports found: %d/%d = %.3f (target ≥ 0.9)%n", found, recurring, recall));
        report.append(String.format(Locale.ROOT, "candidates that are real entities of their type: %d/%d = %.3f (target ≥ 0.9)%n",
                right, candidates, precision));
        report.append(String.format(Locale.ROOT, "  of them (✓, not ½) listed by the blind second reader alone: %d/%d = %.3f (target ≥ 0.9)%n",
                rightByBlindReader, candidates, blindPrecision));
        report.append(String.format(Locale.ROOT, "every entity the blind reader lists (any type, one report or more) found: %d/%d = %.3f (reported, no target)%n",
                blindFound.size(), blind.size(), (double) blindFound.size() / blind.size()));
        report.append("candidates mixing two gold entities: ").append(mixed).append('\n');
        report.append(CleanAnerDiscovery.figures());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/discovery.txt"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(mixed.isEmpty(), "grouped forms of two entities: " + mixed);
        assertTrue(recall >= 0.9, "person recall " + recall + ", see target/discovery.txt");
        assertTrue(precision >= 0.9, "candidate precision " + precision + ", see target/discovery.txt");
        assertTrue(blindPrecision >= 0.9, "candidate precision by the blind reader " + blindPrecision + ", see target/discovery.txt");
    }

    /**
     * Head nouns the two readers wrote differently, one with the name and one without (صحيفة الوئام / الوئام,
     * المنطقة الشرقية / الشرقية, السيد أمين شلبي / أمين شلبي): the same entity either way.
     */
    private static final Set<String> HEADS = Set.of("صحيفه", "المنطقه", "منطقه", "السيد", "مدينه");

    private static boolean matchesAny(Gold g, DiscoveredEntity e) {
        String name = ArabicNormalizer.fold(e.name());
        if (g.forms.contains(name) || g.forms.contains(withoutHead(name)) || g.forms.stream().anyMatch(f -> withoutHead(f).equals(name))) {
            return true;
        }
        return e.forms().stream().filter(f -> f.text().contains(" ") || e.forms().size() == 1)
                .anyMatch(f -> g.forms.contains(ArabicNormalizer.fold(f.text())));
    }

    private static String withoutHead(String folded) {
        int blank = folded.indexOf(' ');
        return blank > 0 && HEADS.contains(folded.substring(0, blank)) ? folded.substring(blank + 1) : folded;
    }

    static List<Gold> gold(String file) throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = EntityDiscoveryGoldTest.class.getResourceAsStream("/gold/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> forms = new HashSet<>();
                for (String form : f[4].split("\\|")) {
                    forms.add(ArabicNormalizer.fold(form.strip()));
                }
                out.add(new Gold(f[0], file + ":" + f[1], f[2], f[3].equals("2+"), forms));
            }
        }
        return out;
    }
}
