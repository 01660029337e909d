package hamish.text;

/** Edit distances (Levenshtein) for re-anchoring: whole strings, and a pattern anywhere in a text. */
final class ApproximateMatch {

    private ApproximateMatch() {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Sellers' algorithm: for every end offset j of {@code text} (0..length), the fewest edits turning
     * {@code pattern} into some substring of the text ending at j, and where that substring starts.
     * Returns {distances, starts}; distances above {@code limit} are reported as {@code limit + 1}.
     * O(text × pattern) time, O(pattern) memory besides the result.
     */
    static int[][] ends(String pattern, String text, int limit) {
        int m = pattern.length();
        int n = text.length();
        int[] distances = new int[n + 1];
        int[] starts = new int[n + 1];
        int[] previous = new int[m + 1];
        int[] previousStart = new int[m + 1];
        int[] current = new int[m + 1];
        int[] currentStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
        }
        distances[0] = Math.min(m, limit + 1);
        for (int j = 1; j <= n; j++) {
            current[0] = 0;
            currentStart[0] = j;
            char t = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int diagonal = previous[i - 1] + (pattern.charAt(i - 1) == t ? 0 : 1);
                int skipPattern = current[i - 1] + 1;
                int skipText = previous[i] + 1;
                if (diagonal <= skipPattern && diagonal <= skipText) {
                    current[i] = diagonal;
                    currentStart[i] = previousStart[i - 1];
                } else if (skipText <= skipPattern) {
                    current[i] = skipText;
                    currentStart[i] = previousStart[i];
                } else {
                    current[i] = skipPattern;
                    currentStart[i] = currentStart[i - 1];
                }
            }
            distances[j] = Math.min(current[m], limit + 1);
            starts[j] = currentStart[m];
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        return new int[][] {distances, starts};
    }
}
