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
 * Discovery on the real reports against the hand-checked gold (news-events-discovery.tsv): persons named in two
 * or more reports found, candidates real entities of the right type, no candidate mixing two gold entities.
 * Figures go to target/discovery.txt.
 */
class EntityDiscoveryGoldTest {

    record Gold(String cluster, String id, String type, boolean recurring, Set<String> forms) {
    }

    @Test
    void findsRecurringPersonsAndProposesRealEntities() throws IOException {
        List<NewsEvents.Report> all = NewsEvents.all();
        List<Gold> gold = gold();
        StringBuilder report = new StringBuilder("Entity discovery on news-events (gold: news-events-discovery.tsv)\n");
        int found = 0;
        int recurring = 0;
        int right = 0;
        int candidates = 0;
        List<String> mixed = new ArrayList<>();
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
                if (matches.size() > 1) {
                    mixed.add(e.name());
                }
                report.append(String.format(Locale.ROOT, "  %s %-6s %-40s docs=%d forms=%s %s%n", matches.isEmpty() ? "✗" : "✓",
                        e.type(), e.name(), e.documents().size(),
                        e.forms().stream().map(f -> f.text() + "×" + f.count()).toList(), e.evidence()));
            }
            for (Gold g : gold) {
                if (g.cluster.equals(cluster) && g.type.equals("PERSON") && g.recurring) {
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
        report.append(String.format(Locale.ROOT, "%npersons in 2+ reports found: %d/%d = %.3f (target ≥ 0.9)%n", found, recurring, recall));
        report.append(String.format(Locale.ROOT, "candidates that are real entities of their type: %d/%d = %.3f (target ≥ 0.9)%n",
                right, candidates, precision));
        report.append("candidates mixing two gold entities: ").append(mixed).append('\n');
        report.append(CleanAnerDiscovery.figures());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/discovery.txt"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(mixed.isEmpty(), "grouped forms of two entities: " + mixed);
        assertTrue(recall >= 0.9, "person recall " + recall + ", see target/discovery.txt");
        assertTrue(precision >= 0.9, "candidate precision " + precision + ", see target/discovery.txt");
    }

    private static boolean matchesAny(Gold g, DiscoveredEntity e) {
        if (g.forms.contains(ArabicNormalizer.fold(e.name()))) {
            return true;
        }
        return e.forms().stream().filter(f -> f.text().contains(" ") || e.forms().size() == 1)
                .anyMatch(f -> g.forms.contains(ArabicNormalizer.fold(f.text())));
    }

    static List<Gold> gold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = EntityDiscoveryGoldTest.class.getResourceAsStream("/gold/news-events-discovery.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> forms = new HashSet<>();
                for (String form : f[4].split("\\|")) {
                    forms.add(ArabicNormalizer.fold(form.strip()));
                }
                out.add(new Gold(f[0], f[1], f[2], f[3].equals("2+"), forms));
            }
        }
        return out;
    }
}
