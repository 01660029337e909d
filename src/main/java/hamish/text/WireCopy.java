package hamish.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether two sentences are one text copied (wire copy) rather than two outlets' own words: the shorter
 * sentence, as folded words, is found in the longer in the same order with only word-level edits — at least
 * {@link #MIN_SHARE} of its words, and no more than {@link #MAX_HOLE} of them in a row missing.
 *
 * <p>Why these measures, from the news-events corpus (SentenceAlignmentGoldTest writes the figures to
 * target/align.txt):
 * <ul>
 *   <li>Measured on the shorter sentence, because outlets cut agency text at different places: اليوم broke the
 *       Abha festival notice in mid-sentence where عكاظ did not, عين اليوم appended its tags. The copied part
 *       then lies whole inside the longer sentence.</li>
 *   <li>Not 100 %: copies are lightly edited. المدينة, printing the Jordanian king's cable a day later than سبق,
 *       has العاهل الأردني for الملك, أمس for اليوم and no dateline (87 % of its words in سبق's order); its copy of
 *       the Asir governor's visit swaps a verb and an adjective (84 %).</li>
 *   <li>The hole limit tells a rewrite from a copy: الرياض's version of the festival notice keeps 84 % of عكاظ's
 *       words too, but moved a whole clause (في مهرجان أبها يجمعنا لهذا العام, six words) elsewhere; a
 *       rewritten report leaves such holes, a copy editor changing words does not.</li>
 *   <li>Every word counts, function words too: a rewrite keeps the names and changes the little words and
 *       the order, which a copy does not.</li>
 * </ul>
 * A sentence of fewer than {@link #MIN_WORDS} words is too short to tell a copy from a common phrase.
 */
public final class WireCopy {

    public static final double MIN_SHARE = 0.8;
    public static final int MAX_HOLE = 3;
    public static final int MIN_WORDS = 5;

    /** How the shorter sentence lies in the longer: the share of its words found in order, and the longest run missing. */
    public record Overlap(double share, int longestHole, int words) {
    }

    private WireCopy() {
    }

    public static boolean isCopy(String a, String b) {
        Overlap o = overlap(a, b);
        return o.words() >= MIN_WORDS && o.share() >= MIN_SHARE && o.longestHole() <= MAX_HOLE;
    }

    public static Overlap overlap(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        boolean[] found = foundInOrder(shorter, longer);
        int matched = 0;
        int hole = 0;
        int longestHole = 0;
        for (boolean f : found) {
            matched += f ? 1 : 0;
            hole = f ? 0 : hole + 1;
            longestHole = Math.max(longestHole, hole);
        }
        return new Overlap(shorter.isEmpty() ? 0 : matched / (double) shorter.size(), longestHole, shorter.size());
    }

    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (Token t : WordTokenizer.tokenize(sentence)) {
            words.add(ArabicNormalizer.fold(t.text()));
        }
        return words;
    }

    /** Which words of {@code s} a longest common subsequence with {@code t} keeps (the usual table, then back from its end). */
    static boolean[] foundInOrder(List<String> s, List<String> t) {
        int[][] lcs = new int[s.size() + 1][t.size() + 1];
        for (int i = s.size() - 1; i >= 0; i--) {
            for (int j = t.size() - 1; j >= 0; j--) {
                lcs[i][j] = s.get(i).equals(t.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] found = new boolean[s.size()];
        for (int i = 0, j = 0; i < s.size() && j < t.size(); ) {
            if (s.get(i).equals(t.get(j))) {
                found[i++] = true;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return found;
    }
}
