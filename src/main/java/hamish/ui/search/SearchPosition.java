package hamish.ui.search;

/**
 * A place in the search results: the {@code hit}-th document shown and its {@code line}-th keyword-in-context line
 * (0 for a document found by its title only, which has no lines).
 */
public record SearchPosition(int hit, int line) {
}
