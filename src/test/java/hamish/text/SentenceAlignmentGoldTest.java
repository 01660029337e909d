package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.NewsEventArticles;
import hamish.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aligner against hand-checked sentence pairs of real reports (src/test/resources/gold/sentence-pairs.tsv):
 * precision and recall of the pairs per report pair, and whether wire copy is told from rewording. Figures go to
 * target/align.txt; the assertions sit at what the aligner achieves, so a change that loses pairs fails.
 */
class SentenceAlignmentGoldTest {

    private record Gold(String file, int lineA, int lineB, Span a, Span b, SentencePair.Kind kind) {
    }

    private record ReportPair(String file, int lineA, int lineB) {
    }

    private static final Map<ReportPair, List<Gold>> GOLD = new LinkedHashMap<>();
    private static final Map<ReportPair, List<SentencePair>> FOUND = new HashMap<>();

    @BeforeAll
    static void alignTheGoldReports() throws IOException {
        NewsEventArticles.folder();
        Map<String, List<NewsEventArticles.Article>> corpus = new HashMap<>();
        Map<ReportPair, String[]> texts = new HashMap<>();
        for (String[] f : goldRows()) {
            List<NewsEventArticles.Article> articles = corpus.computeIfAbsent(f[0], NewsEventArticles::read);
            ReportPair report = new ReportPair(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            String textA = articles.get(report.lineA()).text();
            String textB = articles.get(report.lineB()).text();
            Gold g = new Gold(f[0], report.lineA(), report.lineB(), new Span(Integer.parseInt(f[3]), Integer.parseInt(f[4])),
                    new Span(Integer.parseInt(f[5]), Integer.parseInt(f[6])), SentencePair.Kind.valueOf(f[7]));
            // The offsets were read off the stored text by hand; the first words prove they still point there.
            assertTrue(g.a().of(textA).startsWith(f[8]), () -> "gold A of " + String.join(" ", f));
            assertTrue(g.b().of(textB).startsWith(f[9]), () -> "gold B of " + String.join(" ", f));
            GOLD.computeIfAbsent(report, r -> new ArrayList<>()).add(g);
            texts.put(report, new String[] {textA, textB});
        }
        texts.forEach((report, t) -> FOUND.put(report, SentenceAligner.align(t[0], t[1])));
    }

    private static List<String[]> goldRows() throws IOException {
        try (InputStream in = SentenceAlignmentGoldTest.class.getResourceAsStream("/gold/sentence-pairs.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).toList();
        }
    }

    private static boolean wireReport(ReportPair r) {
        return GOLD.get(r).stream().allMatch(g -> g.kind() == SentencePair.Kind.WIRE);
    }

    @Test
    void pairsAreFoundWithPrecisionAndRecallAndWireCopyIsToldFromRewording() throws IOException {
        StringBuilder out = new StringBuilder("Sentence alignment on hand-checked gold (src/test/resources/gold/sentence-pairs.tsv),"
                + " threshold " + SentenceAligner.DEFAULT_THRESHOLD + ", wire copy: share >= " + WireCopy.MIN_SHARE + ", hole <= "
                + WireCopy.MAX_HOLE + ", words >= " + WireCopy.MIN_WORDS + "\n");
        int[] wire = new int[3];
        int[] all = new int[3];
        int wireGold = 0;
        int wireMarked = 0;
        List<String> misKinded = new ArrayList<>();
        for (var e : GOLD.entrySet()) {
            ReportPair r = e.getKey();
            Set<List<Span>> gold = e.getValue().stream().map(g -> List.of(g.a(), g.b())).collect(Collectors.toSet());
            List<SentencePair> found = FOUND.get(r);
            int correct = (int) found.stream().filter(p -> gold.contains(List.of(p.a(), p.b()))).count();
            for (int[] tally : wireReport(r) ? List.of(wire, all) : List.of(all)) {
                tally[0] += correct;
                tally[1] += found.size();
                tally[2] += gold.size();
            }
            for (Gold g : e.getValue()) {
                SentencePair p = found.stream().filter(f -> f.a().equals(g.a()) && f.b().equals(g.b())).findFirst().orElse(null);
                if (g.kind() == SentencePair.Kind.WIRE) {
                    wireGold++;
                    wireMarked += p != null && p.isWire() ? 1 : 0;
                }
                if (p != null && p.kind() != g.kind()) {
                    misKinded.add(r + " " + g.a() + " " + g.b() + ": gold " + g.kind() + ", found " + p.kind());
                }
            }
            // A pair the aligner adds beyond the gold is not a copy of anything the gold knows: it must not be called WIRE.
            found.stream().filter(p -> p.isWire() && !gold.contains(List.of(p.a(), p.b())))
                    .forEach(p -> misKinded.add(r + " " + p.a() + " " + p.b() + ": not in the gold, found WIRE"));
            out.append(String.format(Locale.ROOT, "%s %d↔%d%s: %d found, %d correct, %d gold: precision %.2f recall %.2f%n", r.file(),
                    r.lineA(), r.lineB(), wireReport(r) ? " (wire copy)" : "", found.size(), correct, gold.size(),
                    ratio(correct, found.size()), ratio(correct, gold.size())));
        }
        out.append(String.format(Locale.ROOT, "wire-copy report pairs: precision %.2f recall %.2f%n", ratio(wire[0], wire[1]), ratio(wire[0], wire[2])));
        out.append(String.format(Locale.ROOT, "all report pairs: precision %.2f recall %.2f%n", ratio(all[0], all[1]), ratio(all[0], all[2])));
        out.append(String.format(Locale.ROOT, "wire-copy gold pairs marked WIRE: %d of %d; wrong kinds: %s%n", wireMarked, wireGold, misKinded));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "align.txt"), out.toString(), StandardCharsets.UTF_8);

        assertTrue(ratio(wire[0], wire[2]) >= 0.8 && ratio(wire[0], wire[1]) >= 0.8, out::toString);
        assertTrue(ratio(all[0], all[2]) >= 0.9, out::toString);
        assertTrue(ratio(all[0], all[1]) >= 0.9, out::toString);
        assertEquals(wireGold, wireMarked, out::toString);
        assertEquals(List.of(), misKinded, out::toString);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : a / (double) b;
    }
}
