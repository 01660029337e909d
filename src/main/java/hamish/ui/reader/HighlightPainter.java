package hamish.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextFlow;

/**
 * Turns one paragraph's highlights into shapes from {@code TextFlow.rangeShape}, in the coordinates
 * of the flow's parent (see {@link ParagraphNode#shapeSpace()}). Overlaps stay readable: fills are translucent so they blend, and every highlight
 * that overlaps another also gets an underline, stacked lower the deeper it is nested.
 */
final class HighlightPainter {

    static final double FILL_OPACITY = 0.35;
    private static final double UNDERLINE = 2;
    private static final double UNDERLINE_STEP = 3;

    private record Local(Highlight highlight, int start, int end) {
    }

    private HighlightPainter() {
    }

    /**
     * Draws {@code highlights} (document offsets) of the paragraph starting at {@code paragraphStart}:
     * fills go under the text, outlines and underlines over it. {@code shapes} receives the
     * shape per annotation that hit tests should use.
     */
    static void paint(TextFlow text, int length, int paragraphStart, List<Highlight> highlights, Group under, Group over,
            Map<Long, Path> shapes) {
        List<Local> locals = new ArrayList<>(highlights.size());
        for (Highlight h : highlights) {
            int s = Math.max(0, h.span().start() - paragraphStart);
            int e = Math.min(length, h.span().end() - paragraphStart);
            if (e > s) {
                locals.add(new Local(h, s, e));
            }
        }
        // Outer before inner: an enclosing highlight is painted first and an inner one blends over it.
        locals.sort(Comparator.comparingInt(Local::start).thenComparing(l -> -(l.end() - l.start())));
        int n = locals.size();
        int[] depth = new int[n];
        boolean[] overlapped = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (locals.get(j).end() > locals.get(i).start()) {
                    overlapped[i] = true;
                    overlapped[j] = true;
                    depth[i] = Math.max(depth[i], depth[j] + 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Local l = locals.get(i);
            Highlight h = l.highlight();
            PathElement[] shape = boxes(text.rangeShape(l.start(), l.end()));
            Color colour = h.colour();
            Path area = new Path(shape);
            area.setStroke(null);
            area.setMouseTransparent(true);
            shapes.put(h.annotationId(), area);
            switch (h.style()) {
                case FILL -> {
                    area.setFill(colour.deriveColor(0, 1, 1, FILL_OPACITY));
                    under.getChildren().add(area);
                }
                case FOCUS -> {
                    area.setFill(colour.deriveColor(0, 1, 1, FILL_OPACITY));
                    under.getChildren().add(area);
                    over.getChildren().add(outline(shape, colour, 2, false));
                }
                case DASHED -> {
                    area.setFill(Color.TRANSPARENT);
                    under.getChildren().add(area);
                    over.getChildren().add(outline(shape, colour, 1.5, true));
                }
            }
            if (overlapped[i] && h.style() != HighlightStyle.DASHED) {
                for (Bounds r : rectangles(shape)) {
                    Rectangle line = new Rectangle(r.getMinX(), r.getMaxY() - UNDERLINE - depth[i] * UNDERLINE_STEP,
                            r.getWidth(), UNDERLINE);
                    line.setFill(colour);
                    line.setMouseTransparent(true);
                    over.getChildren().add(line);
                }
            }
        }
    }

    private static Path outline(PathElement[] shape, Color colour, double width, boolean dashed) {
        Path p = new Path(shape);
        p.setFill(null);
        p.setStroke(colour);
        p.setStrokeWidth(width);
        if (dashed) {
            p.getStrokeDashArray().setAll(5.0, 3.0);
        }
        p.setMouseTransparent(true);
        return p;
    }

    /** The rectangles rangeShape is made of (one per line and bidi run), as bounds. */
    static List<Bounds> rectangles(PathElement[] shape) {
        List<Bounds> result = new ArrayList<>();
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
        boolean open = false;
        for (PathElement e : shape) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                if (open) {
                    result.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
                }
                open = true;
                minX = maxX = m.getX();
                minY = maxY = m.getY();
                continue;
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (open) {
            result.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        }
        return result;
    }

    /**
     * The shape rebuilt from its non-empty rectangles: a range ending at a line break yields an empty
     * box for the break, which an outline would draw as a stray vertical bar at the line's start.
     */
    static PathElement[] boxes(PathElement[] shape) {
        List<PathElement> result = new ArrayList<>();
        for (Bounds r : rectangles(shape)) {
            if (r.getWidth() > 0.5) {
                result.add(new MoveTo(r.getMinX(), r.getMinY()));
                result.add(new LineTo(r.getMaxX(), r.getMinY()));
                result.add(new LineTo(r.getMaxX(), r.getMaxY()));
                result.add(new LineTo(r.getMinX(), r.getMaxY()));
                result.add(new ClosePath());
            }
        }
        return result.toArray(new PathElement[0]);
    }

    /** The union of a shape's rectangles, or null when the shape is empty. */
    static Bounds union(PathElement[] shape) {
        Bounds all = null;
        for (Bounds r : rectangles(shape)) {
            all = all == null ? r : new BoundingBox(Math.min(all.getMinX(), r.getMinX()), Math.min(all.getMinY(), r.getMinY()),
                    Math.max(all.getMaxX(), r.getMaxX()) - Math.min(all.getMinX(), r.getMinX()),
                    Math.max(all.getMaxY(), r.getMaxY()) - Math.min(all.getMinY(), r.getMinY()));
        }
        return all;
    }
}
