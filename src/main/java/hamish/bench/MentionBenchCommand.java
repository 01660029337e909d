package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.text.EntityNames;
import hamish.text.FoldedTokens;
import hamish.text.MentionIndex;
import hamish.text.MentionProposal;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hamish bench mentions}: proposes the mentions of many entities over many generated articles, the
 * work of "Find mentions" over a large set of open documents. Entities are made-up transliterated names;
 * the articles carry injected mentions in every form the matcher handles (exact, with proclitics, g
 * spelled غ/ج/ق, long vowels dropped or added, one letter typed wrong), so the proposals counted are real.
 */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Measure: index build and mention proposals for many entities over generated Arabic articles.")
public final class MentionBenchCommand implements Callable<Integer> {

    private static final String[] SYLLABLES = {"غا", "جو", "ري", "تن", "سو", "لي", "فان", "كين", "بر", "مو", "نتس",
        "دن", "قو", "را", "شي", "ما", "كو", "ها", "بو", "نا", "غر", "لان", "ست", "دي", "يل"};
    private static final String[] PROCLITICS = {"", "", "", "و", "ب", "ل", "وب", "ف"};

    @Option(names = "--articles", description = "generated articles (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    int articles;

    @Option(names = "--entities", description = "entities to look up (default: ${DEFAULT-VALUE})", defaultValue = "100")
    int entities;

    @Option(names = "--chars", description = "characters per article (default: ${DEFAULT-VALUE})", defaultValue = "4000")
    int chars;

    @Option(names = "--runs", description = "timed runs, the median is reported (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int runs;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "7")
    long seed;

    @Spec
    CommandSpec spec;

    private record Injected(int entity, Span span) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Random random = new Random(seed);
        List<Entity> people = makeEntities(random);
        List<String> texts = new ArrayList<>(articles);
        List<List<Injected>> injected = new ArrayList<>(articles);
        ArabicTextGenerator generator = new ArabicTextGenerator(seed);
        long totalChars = 0;
        for (int a = 0; a < articles; a++) {
            List<Injected> here = new ArrayList<>();
            texts.add(inject(generator.article(chars), people, random, here));
            injected.add(here);
            totalChars += texts.get(a).length();
        }
        List<EntityNames> names = people.stream().map(EntityNames::of).toList();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] buildMillis = new double[runs];
        double[] lookupMillis = new double[runs];
        double[] buildCpu = new double[runs];
        double[] lookupCpu = new double[runs];
        double[] gcMillis = new double[runs];
        List<List<List<MentionProposal>>> result = null;
        for (int run = -1; run < runs; run++) { // run -1 warms the JIT up and is not counted
            long g0 = gcMillis();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<MentionIndex> indexes = new ArrayList<>(articles);
            for (String text : texts) {
                indexes.add(MentionIndex.of(FoldedTokens.of(text)));
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            List<List<List<MentionProposal>>> proposals = new ArrayList<>(articles);
            for (MentionIndex index : indexes) {
                List<List<MentionProposal>> perEntity = new ArrayList<>(names.size());
                for (EntityNames entity : names) {
                    perEntity.add(index.proposals(entity));
                }
                proposals.add(perEntity);
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            if (run >= 0) {
                buildMillis[run] = (t1 - t0) / 1e6;
                lookupMillis[run] = (t2 - t1) / 1e6;
                buildCpu[run] = (c1 - c0) / 1e6;
                lookupCpu[run] = (c2 - c1) / 1e6;
                gcMillis[run] = gcMillis() - g0;
            }
            result = proposals;
        }
        report(out, texts.size(), totalChars, people.size(), new double[][] {buildMillis, lookupMillis, buildCpu, lookupCpu, gcMillis},
                result, injected);
        return 0;
    }

    /** {@code times}: wall build, wall lookup, CPU build, CPU lookup, GC, one value per run each. */
    private void report(PrintWriter out, int texts, long totalChars, int entityCount, double[][] times,
            List<List<List<MentionProposal>>> result, List<List<Injected>> injected) {
        Map<MentionProposal.Confidence, Integer> byLevel = new EnumMap<>(MentionProposal.Confidence.class);
        int total = 0;
        int found = 0;
        int planted = 0;
        for (int a = 0; a < result.size(); a++) {
            for (List<MentionProposal> list : result.get(a)) {
                for (MentionProposal p : list) {
                    byLevel.merge(p.confidence(), 1, Integer::sum);
                    total++;
                }
            }
            for (Injected mention : injected.get(a)) {
                planted++;
                if (result.get(a).get(mention.entity()).stream().anyMatch(p -> p.span().intersects(mention.span()))) {
                    found++;
                }
            }
        }
        double build = median(times[0]);
        double lookup = median(times[1]);
        double buildCpu = median(times[2]);
        double lookupCpu = median(times[3]);
        out.printf("mentions: %d entities over %d articles (%.1f M chars), median of %d runs; wall ms (this thread's CPU ms)%n",
                entityCount, texts, totalChars / 1e6, times[0].length);
        out.printf("  index build (ICU words, fold, name keys): %6.0f (%.0f)%n", build, buildCpu);
        out.printf("  proposals for all entities:               %6.0f (%.0f)%n", lookup, lookupCpu);
        out.printf("  total:                                    %6.0f (%.0f), target < 1000; garbage collection %.0f ms%n",
                build + lookup, buildCpu + lookupCpu, median(times[4]));
        out.printf("  proposals: %d (%s); injected mentions recovered: %d of %d%n", total, byLevel, found, planted);
        out.flush();
    }

    private List<Entity> makeEntities(Random random) {
        List<Entity> list = new ArrayList<>(entities);
        for (int e = 0; e < entities; e++) {
            String last = word(random, 2 + random.nextInt(2));
            if (e % 5 == 4) {
                list.add(new Entity(e + 1, "ال" + last, EntityType.ORG, List.of()));
            } else {
                String first = word(random, 2);
                list.add(new Entity(e + 1, first + " " + last, EntityType.PERSON, List.of(last)));
            }
        }
        return list;
    }

    private static String word(Random random, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    /** The article with about one mention per 400 chars inserted between words, in a random form. */
    private static String inject(String article, List<Entity> people, Random random, List<Injected> planted) {
        String[] words = article.split(" ", -1);
        StringBuilder sb = new StringBuilder(article.length() + 400);
        double rate = 1.0 / 60;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            if (w > 0 && random.nextDouble() < rate) {
                int e = random.nextInt(people.size());
                Entity entity = people.get(e);
                String name = entity.aliases().isEmpty() || random.nextBoolean() ? entity.canonicalName() : entity.aliases().get(0);
                sb.append(PROCLITICS[random.nextInt(PROCLITICS.length)]);
                int start = sb.length();
                sb.append(variant(name, random));
                planted.add(new Injected(e, new Span(start, sb.length())));
                sb.append(' ');
            }
            sb.append(words[w]);
        }
        return sb.toString();
    }

    /** {@code name} as written, or with g spelled otherwise, a long vowel dropped, or one letter typed wrong. */
    private static String variant(String name, Random random) {
        int roll = random.nextInt(10);
        if (roll < 5) {
            return name;
        }
        if (roll < 7) {
            return name.replace('غ', 'ج').replace('ق', 'غ');
        }
        if (roll < 9) {
            int at = name.indexOf('ا', 2);
            return at > 0 && at < name.length() - 1 ? name.substring(0, at) + name.substring(at + 1) : name + "";
        }
        int last = name.length() - 2;
        return last > 2 && name.charAt(last) != ' ' && name.charAt(last) != 'ز'
                ? name.substring(0, last) + 'ز' + name.substring(last + 1) : name;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
