package hamish.ui.compare;

/** Two panes of the compare window, {@code first} &lt; {@code second}: a choice of the sentence-pairs filter. */
public record DocumentPair(int first, int second) {

    public DocumentPair {
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("panes " + first + " and " + second);
        }
    }
}
