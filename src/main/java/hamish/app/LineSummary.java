package hamish.app;

/** How many lines of a {@code --from} input were stored and how many were bad. */
public record LineSummary(int stored, int bad) {
}
