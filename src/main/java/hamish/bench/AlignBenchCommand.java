package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.text.AlignedPair;
import hamish.text.SentenceAligner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hamish bench align}: the compare window's sentence alignment of four open documents, every two of
 * them (six pairs), on generated articles of news-length sentences. A quarter of the sentences of articles
 * 2–4 are copied from article 1, as wire copy is, so the pairs and the wire-copy test do real work.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Measure: sentence alignment of four generated articles, all six pairs, against a target of "
                + AlignBenchCommand.TARGET_MILLIS + " ms.")
public final class AlignBenchCommand implements Callable<Integer> {

    /** The compare window aligns as it opens: half a second is as long as that may keep the pairs tab empty. */
    static final int TARGET_MILLIS = 500;
    private static final double COPIED = 0.25;

    @Option(names = "--words", description = "words per article (default: ${DEFAULT-VALUE})", defaultValue = "2000")
    int words;

    @Option(names = "--documents", description = "articles aligned, every two of them (default: ${DEFAULT-VALUE})", defaultValue = "4")
    int documents;

    @Option(names = "--runs", description = "timed runs after three warm-up runs; the median is reported (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    int runs;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "7")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = articles();
        List<AlignedPair> pairs = List.of();
        for (int i = 0; i < 3; i++) {
            pairs = SentenceAligner.alignEvery(texts);
        }
        double[] millis = new double[Math.max(1, runs)];
        for (int r = 0; r < millis.length; r++) {
            long start = System.nanoTime();
            pairs = SentenceAligner.alignEvery(texts);
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[millis.length / 2];
        long wire = pairs.stream().filter(p -> p.pair().isWire()).count();
        out.printf("sentence alignment, %d articles × %d words (%d document pairs): median %.1f ms, max %.1f ms over %d runs;"
                        + " target < %d ms: %s%n", documents, words, documents * (documents - 1) / 2, median, millis[millis.length - 1],
                millis.length, TARGET_MILLIS, median < TARGET_MILLIS ? "met" : "MISSED");
        out.printf("  %d sentence pairs, %d of them wire copy%n", pairs.size(), wire);
        out.flush();
        return 0;
    }

    /** Articles of paragraphs of two to four sentences of 12 to 40 words; articles 2… copy some of article 1's sentences. */
    private List<String> articles() {
        ArabicTextGenerator generator = new ArabicTextGenerator(seed);
        Random random = new Random(seed);
        List<String> first = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder(generator.paragraph(8)).append('\n');
            int count = 0;
            while (count < words) {
                int inParagraph = 2 + random.nextInt(3);
                for (int s = 0; s < inParagraph && count < words; s++) {
                    String sentence = d > 0 && !first.isEmpty() && random.nextDouble() < COPIED
                            ? first.get(random.nextInt(first.size())) : generator.paragraph(12 + random.nextInt(29));
                    if (d == 0) {
                        first.add(sentence);
                    }
                    text.append(s == 0 ? "" : " ").append(sentence);
                    count += sentence.split(" ").length;
                }
                text.append('\n');
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
