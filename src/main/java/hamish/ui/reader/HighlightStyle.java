package hamish.ui.reader;

/** Temporary stand-in until the reader branch is merged. */
public enum HighlightStyle { FILL, DASHED, FOCUS }
