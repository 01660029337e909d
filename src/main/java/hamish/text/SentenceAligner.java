package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes sentence pairs across two articles that may report the same thing: each sentence becomes its
 * set of content words ({@link ContentWords}), weighted by how rare the word is among the sentences of both
 * articles (idf), and two sentences score the cosine of their weighted sets. A word both articles use in
 * every sentence says nothing; a shared name or number says much. Every sentence of either article is
 * paired with its best match in the other when that match scores at least the threshold. A pair whose two
 * sentences are one text copied ({@link WireCopy}) is of kind {@link SentencePair.Kind#WIRE}.
 */
public final class SentenceAligner {

    /**
     * Chosen on the seed articles (see SentenceAlignerTest): the two reports of the Gantz–Austin meeting
     * score 0.137, while the first false pairs (a dateline and a headline) start near 0.12 — long news
     * sentences share few rare words even when they report the same thing.
     */
    public static final double DEFAULT_THRESHOLD = 0.13;

    private final Set<String> vocabulary;
    private final Map<String, Integer> documentFrequency;
    private final int documents;
    private final Map<String, Double> weights = new HashMap<>();

    private SentenceAligner(Set<String> vocabulary, Map<String, Integer> documentFrequency, int documents) {
        this.vocabulary = vocabulary;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** An aligner whose word weights come from {@code sentences} (for example all the sentences of both articles). */
    public static SentenceAligner withIdfFrom(Collection<String> sentences) {
        Set<String> vocabulary = new HashSet<>();
        sentences.forEach(s -> ContentWords.addWords(s, vocabulary));
        Map<String, Integer> df = new HashMap<>();
        for (String sentence : sentences) {
            for (String word : ContentWords.of(sentence, vocabulary)) {
                df.merge(word, 1, Integer::sum);
            }
        }
        return new SentenceAligner(vocabulary, df, sentences.size());
    }

    public static List<SentencePair> align(String textA, String textB) {
        return align(textA, textB, DEFAULT_THRESHOLD);
    }

    public static List<SentencePair> align(String textA, String textB, double threshold) {
        List<Span> spansA = SentenceSplitter.sentences(textA);
        List<Span> spansB = SentenceSplitter.sentences(textB);
        List<String> all = new ArrayList<>();
        spansA.forEach(s -> all.add(s.of(textA)));
        spansB.forEach(s -> all.add(s.of(textB)));
        SentenceAligner aligner = withIdfFrom(all);
        List<Set<String>> wordsA = spansA.stream().map(s -> aligner.contentWords(s.of(textA))).toList();
        List<Set<String>> wordsB = spansB.stream().map(s -> aligner.contentWords(s.of(textB))).toList();
        // Norms once per sentence, not once per pair of sentences: four open articles make six n×m tables.
        double[] normsA = wordsA.stream().mapToDouble(aligner::norm).toArray();
        double[] normsB = wordsB.stream().mapToDouble(aligner::norm).toArray();
        double[][] scores = new double[spansA.size()][spansB.size()];
        for (int i = 0; i < spansA.size(); i++) {
            for (int j = 0; j < spansB.size(); j++) {
                scores[i][j] = aligner.score(wordsA.get(i), wordsB.get(j), normsA[i], normsB[j]);
            }
        }
        // The best match of every sentence, seen from either article: a sentence of B that is nobody's best
        // in A (the second meeting of one visit) still gets its own best partner.
        Set<Long> chosen = new LinkedHashSet<>();
        for (int i = 0; i < spansA.size(); i++) {
            int best = -1;
            for (int j = 0; j < spansB.size(); j++) {
                best = best < 0 || scores[i][j] > scores[i][best] ? j : best;
            }
            if (best >= 0 && scores[i][best] >= threshold) {
                chosen.add((long) i << 32 | best);
            }
        }
        for (int j = 0; j < spansB.size(); j++) {
            int best = -1;
            for (int i = 0; i < spansA.size(); i++) {
                best = best < 0 || scores[i][j] > scores[best][j] ? i : best;
            }
            if (best >= 0 && scores[best][j] >= threshold) {
                chosen.add((long) best << 32 | j);
            }
        }
        List<SentencePair> pairs = new ArrayList<>();
        for (long pair : chosen) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            SentencePair.Kind kind = WireCopy.isCopy(spansA.get(i).of(textA), spansB.get(j).of(textB))
                    ? SentencePair.Kind.WIRE : SentencePair.Kind.SIMILAR;
            pairs.add(new SentencePair(spansA.get(i), spansB.get(j), scores[i][j], shared(wordsA.get(i), wordsB.get(j)), kind));
        }
        pairs.sort(Comparator.comparingDouble(SentencePair::score).reversed().thenComparing(SentencePair::a)
                .thenComparing(SentencePair::b));
        return pairs;
    }

    /**
     * The sentence pairs of every two of {@code texts} (2 to 4 open documents: 6 pairs for 4), first text by
     * first text. Each two are aligned on their own, word weights from those two alone, so a pair of
     * documents gets the same pairs whichever others are open beside them (and {@code hamish align A B}
     * shows what the window shows).
     */
    public static List<AlignedPair> alignEvery(List<String> texts) {
        List<AlignedPair> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                for (SentencePair p : align(texts.get(i), texts.get(j))) {
                    all.add(new AlignedPair(i, j, p));
                }
            }
        }
        return all;
    }

    /** The weighted cosine of the content words of two sentences, 0 to 1. */
    public double similarity(String a, String b) {
        return score(contentWords(a), contentWords(b));
    }

    /** The content-word keys of a sentence, as this aligner compares them. */
    public Set<String> contentWords(String sentence) {
        return ContentWords.of(sentence, vocabulary);
    }

    private double score(Set<String> a, Set<String> b) {
        return score(a, b, norm(a), norm(b));
    }

    private double score(Set<String> a, Set<String> b, double normA, double normB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.size() > b.size()) {
            Set<String> swap = a;
            a = b;
            b = swap;
        }
        double shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared += weight(w) * weight(w);
            }
        }
        return shared == 0 ? 0 : shared / Math.sqrt(normA * normB);
    }

    private double norm(Set<String> words) {
        double sum = 0;
        for (String w : words) {
            sum += weight(w) * weight(w);
        }
        return sum;
    }

    /** The idf weight of a word, worked out once per word (a log per shared word per pair of sentences adds up). */
    private double weight(String word) {
        return weights.computeIfAbsent(word, w -> Math.log(1 + (double) documents / Math.max(1, documentFrequency.getOrDefault(w, 1))));
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
