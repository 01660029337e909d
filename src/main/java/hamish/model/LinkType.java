package hamish.model;

/** How two annotations (usually in different articles) relate. */
public enum LinkType {
    SAME_CLAIM, CONTRADICTS, PARAPHRASE, OTHER
}
