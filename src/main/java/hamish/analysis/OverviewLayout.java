package hamish.analysis;

import java.util.List;

/**
 * Where each part of the overview is drawn, left to right, so the window and the SVG export draw the same
 * picture: three panels one under the other (mentions heat map, quotations heat map, claims bars), each with a
 * title, the row labels beside the grid and the outlets as column headings. A right-to-left drawing mirrors every
 * box ({@link #mirrored}); the window's Arabic layout does that by itself.
 */
public final class OverviewLayout {

    public static final double MARGIN = 16;
    public static final double LABEL_WIDTH = 210;
    public static final double CELL_WIDTH = 120;
    public static final double CELL_HEIGHT = 28;
    public static final double TITLE_HEIGHT = 32;
    public static final double HEADING_HEIGHT = 28;
    public static final double GAP = 22;
    /** The claims bars are at least this long, so a comparison of two outlets still shows proportions. */
    public static final double MIN_BAR_LENGTH = 360;

    /** A rectangle in drawing coordinates, x from the left. */
    public record Box(double x, double y, double width, double height) {
        public double centreX() {
            return x + width / 2;
        }

        public double right() {
            return x + width;
        }
    }

    /** The panels, top to bottom. */
    public enum Panel { MENTIONS, QUOTATIONS, CLAIMS }

    private final Overview overview;

    public OverviewLayout(Overview overview) {
        this.overview = overview;
    }

    public Overview overview() {
        return overview;
    }

    private int outlets() {
        return overview.outlets().size();
    }

    private int rows(Panel panel) {
        return switch (panel) {
            case MENTIONS -> overview.mentions().size();
            case QUOTATIONS -> overview.quotations().size();
            // One row of legend, then one bar per outlet.
            case CLAIMS -> 1 + outlets();
        };
    }

    public double width() {
        return 2 * MARGIN + LABEL_WIDTH + Math.max(outlets() * CELL_WIDTH, MIN_BAR_LENGTH);
    }

    public double height() {
        return top(Panel.CLAIMS) + panelHeight(Panel.CLAIMS) + MARGIN;
    }

    private double panelHeight(Panel panel) {
        // The claims panel has no column headings: its rows are the outlets.
        return TITLE_HEIGHT + (panel == Panel.CLAIMS ? 0 : HEADING_HEIGHT) + rows(panel) * CELL_HEIGHT;
    }

    private double top(Panel panel) {
        double y = MARGIN;
        for (Panel p : Panel.values()) {
            if (p == panel) {
                return y;
            }
            y += panelHeight(p) + GAP;
        }
        throw new IllegalArgumentException(String.valueOf(panel));
    }

    public Box title(Panel panel) {
        return new Box(MARGIN, top(panel), width() - 2 * MARGIN, TITLE_HEIGHT);
    }

    /** The heading of outlet {@code column} above a heat map. */
    public Box heading(Panel panel, int column) {
        return new Box(MARGIN + LABEL_WIDTH + column * CELL_WIDTH, top(panel) + TITLE_HEIGHT, CELL_WIDTH, HEADING_HEIGHT);
    }

    private double rowTop(Panel panel, int row) {
        return top(panel) + TITLE_HEIGHT + (panel == Panel.CLAIMS ? 0 : HEADING_HEIGHT) + row * CELL_HEIGHT;
    }

    /** The label of a heat-map row (an entity, a speaker) or of a claims bar (an outlet: bar {@code row}). */
    public Box label(Panel panel, int row) {
        int line = panel == Panel.CLAIMS ? row + 1 : row;
        return new Box(MARGIN, rowTop(panel, line), LABEL_WIDTH - 8, CELL_HEIGHT);
    }

    /** A heat-map cell, inset by a pixel so neighbouring cells stay apart. */
    public Box cell(Panel panel, int row, int column) {
        return new Box(MARGIN + LABEL_WIDTH + column * CELL_WIDTH + 1, rowTop(panel, row) + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
    }

    /** The legend's {@code i}th swatch (carried, contradicted, left out) and the room for its words after it. */
    public Box legend(int i) {
        double third = Math.max(outlets() * CELL_WIDTH, MIN_BAR_LENGTH) / 3;
        return new Box(MARGIN + LABEL_WIDTH + i * third, rowTop(Panel.CLAIMS, 0) + 7, third, CELL_HEIGHT - 14);
    }

    /**
     * The claims bar of outlet {@code outlet} cut into its carried, contradicted and left-out parts, in that
     * order; each as long as its share of the claims (empty parts have no width).
     */
    public List<Box> bar(int outlet) {
        Overview.ClaimTally t = overview.claims().get(outlet);
        double length = Math.max(outlets() * CELL_WIDTH, MIN_BAR_LENGTH);
        double unit = overview.claimCount() == 0 ? 0 : length / overview.claimCount();
        double x = MARGIN + LABEL_WIDTH;
        double y = rowTop(Panel.CLAIMS, outlet + 1) + 3;
        double h = CELL_HEIGHT - 6;
        Box carried = new Box(x, y, t.carried() * unit, h);
        Box contradicted = new Box(carried.right(), y, t.contradicted() * unit, h);
        Box leftOut = new Box(contradicted.right(), y, t.leftOut() * unit, h);
        return List.of(carried, contradicted, leftOut);
    }

    /** {@code box} as drawn right to left: the same size, at the same distance from the right edge. */
    public Box mirrored(Box box) {
        return new Box(width() - box.right(), box.y(), box.width(), box.height());
    }
}
