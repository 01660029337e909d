package hamish.ui.reader;

import hamish.text.GraphemeBoundaries;

/**
 * The anchor and caret of a reader selection, moved so that neither falls inside a grapheme cluster.
 *
 * <p>Word snapping, Alt-drag and the arrow keys already step by clusters, but a caret can also come from
 * JavaFX's hit test (a mouse press, Shift+Up/Down), which may answer an index between a letter and its
 * haraka or inside an emoji, and from callers of {@link ReaderView#select}. Whatever produced them, the
 * ends pass through here, so a tag key pressed next never stores a span that cuts a character.
 * A selection grows outward (its start moves back, its end forward) so it still covers what was chosen;
 * a bare caret moves back to the start of its cluster.
 */
record SelectionEnds(int anchor, int caret) {

    static SelectionEnds onGraphemes(GraphemeBoundaries clusters, int anchor, int caret) {
        if (anchor == caret) {
            int at = clusters.graphemeStartAtOrBefore(caret);
            return new SelectionEnds(at, at);
        }
        if (anchor < caret) {
            return new SelectionEnds(clusters.graphemeStartAtOrBefore(anchor), clusters.graphemeEndAtOrAfter(caret));
        }
        return new SelectionEnds(clusters.graphemeEndAtOrAfter(anchor), clusters.graphemeStartAtOrBefore(caret));
    }
}
