package hamish.ui.reader;

/** How a highlight is drawn: a saved annotation, a proposal awaiting review, or the annotation in focus. */
public enum HighlightStyle {
    /** A saved annotation: its tag colour, translucent, blended with any highlight it overlaps. */
    FILL,
    /** A proposal (e.g. an automatic match): a dashed outline without fill, so it never hides saved work. */
    DASHED,
    /** The annotation selected elsewhere (table, find bar): filled and outlined solidly. */
    FOCUS
}
