/**
 * The right-to-left Arabic reader ({@link hamish.ui.reader.ReaderView}).
 *
 * <p>How it avoids the Linux JavaFX text traps (see PLATFORM.md), each guarded by a test:
 * <ul>
 *   <li>JavaFX never wraps Arabic: {@link hamish.ui.reader.LineBreaker} breaks each paragraph at
 *       spaces from measured word widths and turns the break spaces into {@code '\n'}, so display
 *       index equals paragraph offset; a word wider than the line overflows whole.</li>
 *   <li>One right-to-left run must not mix fonts (the pieces come out in logical order): each
 *       paragraph is a {@code TextFlow} of one {@code Text} per run of chars the bundled font
 *       covers or does not cover ({@link hamish.ui.common.FontCoverage} reads its cmap).</li>
 *   <li>{@code TextFlow.rangeShape}, {@code caretShape} and {@code hitTest} in a right-to-left flow
 *       speak the coordinates of the flow's parent, not the flow's own (mirrored) ones: shapes and
 *       hit points go through the group holding the flow.</li>
 *   <li>With start alignment JavaFX skips re-laying out a text that still fits after a width change,
 *       which leaves right-to-left lines where the old width put them: every width change gives the
 *       flow fresh runs.</li>
 *   <li>{@code hitTest} slips next to a lam-alef ligature and after a space before a quote mark:
 *       the char under the pointer is checked against its cell and corrected, and the selection
 *       snaps to words.</li>
 * </ul>
 * The list only shows about one screen of paragraph nodes; paragraphs it merely measures are
 * sized from their line count.
 */
package hamish.ui.reader;
