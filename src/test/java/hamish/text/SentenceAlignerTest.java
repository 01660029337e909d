package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    @Test
    void sameReportPairsAndUnrelatedSentencesDoNot() {
        String a = "التقى وزير الدفاع غانتس نظيره أوستن في البنتاغون يوم الخميس.\nوارتفعت أسعار الذهب في الأسواق.";
        String b = "وزير الدفاع أوستن استقبل غانتس في البنتاغون الخميس.\nوهطلت أمطار غزيرة على العاصمة.";
        List<SentencePair> pairs = SentenceAligner.align(a, b);
        assertEquals(1, pairs.size());
        SentencePair p = pairs.get(0);
        assertTrue(p.a().of(a).startsWith("التقى") && p.b().of(b).startsWith("وزير الدفاع أوستن"));
        assertTrue(p.sharedWords().containsAll(List.of("غانتس", "اوستن", "البنتاغون", "الخميس", "وزير", "الدفاع")),
                p.sharedWords()::toString);
    }

    @Test
    void procliticsAreStrippedOnlyTowardsWordsThatExist() {
        SentenceAligner aligner = SentenceAligner.withIdfFrom(List.of("بلينكن التقى بوزير الدفاع", "وزير الخارجية وبلينكن"));
        assertEquals(List.of("بلينكن", "التقي", "وزير", "الدفاع"), List.copyOf(aligner.contentWords("بلينكن التقى بوزير الدفاع")));
        assertTrue(aligner.contentWords("وبلينكن في واشنطن").contains("بلينكن"));
    }

    @Test
    void seedArticlesPairTheAustinMeetingButNotTheIronDomeFigure() throws IOException {
        String first = SeedArticles.read(SeedArticles.FIRST);
        String second = SeedArticles.read(SeedArticles.SECOND);
        List<SentencePair> pairs = SentenceAligner.align(first, second);
        assertTrue(pairs.stream().noneMatch(p -> p.a().of(first).contains("1400 صاروخ")),
                "no report in the second article of the 1,400 rockets");
        assertTrue(pairs.stream().anyMatch(p -> p.a().of(first).contains("أويد لوستن")
                && p.b().of(second).contains("لويد أوستن، في مقر")), "the Austin meeting, reported by both");
        assertTrue(pairs.stream().anyMatch(p -> p.a().of(first).contains("بيني غانتس، يوم الخميس")
                && p.b().of(second).startsWith("التقى وزير الخارجية الأمريكي أنتوني بلينكن")));
        for (int k = 1; k < pairs.size(); k++) {
            assertTrue(pairs.get(k - 1).score() >= pairs.get(k).score());
        }
        StringBuilder out = new StringBuilder("Sentence pairs, seed 000 x seed 002, threshold " + SentenceAligner.DEFAULT_THRESHOLD + "\n");
        for (SentencePair p : pairs) {
            out.append(String.format(Locale.ROOT, "%.3f %s | %s%n", p.score(), head(p.a().of(first)), head(p.b().of(second))));
        }
        write("alignment-seeds.txt", out.toString());
    }

    @Test
    void agreeingClaimPairsScoreAboveRandomPairsOnAns() throws IOException {
        Path file = Stream.of(Path.of("../shared/corpora/ans_stance_test.csv"), Path.of("../../shared/corpora/ans_stance_test.csv"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(file != null, "ANS stance corpus not found at ../shared/corpora/ans_stance_test.csv; skipping");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split(",");
            if (f.length == 3) {
                rows.add(f);
            }
        }
        List<String> sentences = new ArrayList<>();
        rows.forEach(r -> { sentences.add(r[0]); sentences.add(r[1]); });
        SentenceAligner aligner = SentenceAligner.withIdfFrom(sentences);
        Random random = new Random(42);
        List<Double> agree = new ArrayList<>();
        List<Double> disagree = new ArrayList<>();
        List<Double> unrelated = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            double score = aligner.similarity(r[0], r[1]);
            if (r[2].equals("agree")) {
                agree.add(score);
                int j = random.nextInt(rows.size() - 1);
                unrelated.add(aligner.similarity(r[0], rows.get(j >= i ? j + 1 : j)[1]));
            } else if (r[2].equals("disagree")) {
                disagree.add(score);
            }
        }
        double auc = auc(agree, unrelated);
        write("alignment-ans.txt", String.format(Locale.ROOT,
                "ANS stance test: %d agree pairs mean %.3f, %d disagree pairs mean %.3f, %d random non-pairs mean %.3f;"
                        + " AUC agree vs random %.3f; agree pairs at or above the threshold %.3f: %.3f, random: %.3f%n",
                agree.size(), mean(agree), disagree.size(), mean(disagree), unrelated.size(), mean(unrelated), auc,
                SentenceAligner.DEFAULT_THRESHOLD, share(agree), share(unrelated)));
        assertEquals(130, agree.size());
        assertTrue(mean(agree) > mean(unrelated) + 0.3);
        assertTrue(auc > 0.95, "AUC " + auc);
    }

    private static double auc(List<Double> positives, List<Double> negatives) {
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / (positives.size() * (double) negatives.size());
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double share(List<Double> xs) {
        return xs.stream().filter(x -> x >= SentenceAligner.DEFAULT_THRESHOLD).count() / (double) xs.size();
    }

    private static String head(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static void write(String name, String content) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name), content, StandardCharsets.UTF_8);
    }

}
