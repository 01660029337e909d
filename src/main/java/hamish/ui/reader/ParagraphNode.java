package hamish.ui.reader;

import hamish.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * One paragraph: its lines broken by the app (see {@link LineBreaker}; JavaFX never wraps them),
 * shown in one {@code TextFlow} holding one {@code Text} per font run (see {@link hamish.ui.common.FontCoverage}),
 * with the highlight, selection, caret and flash shapes beside it in one group. The node is
 * RIGHT_TO_LEFT and its children inherit that, so the shapes from {@code rangeShape} live in the
 * same mirrored space as the glyphs (a layer with another orientation comes out mirrored).
 * Display index == paragraph offset, because breaks only turn spaces into {@code '\n'}.
 */
final class ParagraphNode extends Region {

    static final double PAD_X = 28;
    static final double PAD_Y = 8;

    private final LineBreaker breaker;
    private final Runnable onLayout;
    private final TextFlow flow = new TextFlow();
    private final Group under = new Group();
    private final Group over = new Group();
    private final Path selection = new Path();
    private final Path caret = new Path();
    private final Path flash = new Path();
    private final Group content = new Group(flash, under, selection, flow, over, caret);
    private final Map<Long, Path> highlightShapes = new HashMap<>();

    private Paragraph paragraph;
    private List<Highlight> highlights = List.of();
    private Span selected;
    private Span flashed;
    private int caretAt = -1;
    private double brokenWidth = -1;
    private Font brokenFont;
    private String brokenText;

    ParagraphNode(LineBreaker breaker, ObservableDoubleValue flashOpacity, Runnable onLayout) {
        this.breaker = breaker;
        this.onLayout = onLayout;
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        getStyleClass().add("reader-paragraph");
        // LEFT is the line start: the visual right edge in this right-to-left node.
        flow.setTextAlignment(TextAlignment.LEFT);
        content.setAutoSizeChildren(false);
        selection.getStyleClass().add("reader-selection");
        caret.getStyleClass().add("reader-caret");
        flash.getStyleClass().add("reader-flash");
        flash.opacityProperty().bind(flashOpacity);
        for (Path p : List.of(selection, caret, flash)) {
            p.setMouseTransparent(true);
        }
        content.setManaged(false);
        getChildren().add(content);
    }

    void show(Paragraph p, List<Highlight> paragraphHighlights, Span selectedInDocument, int caretInDocument,
            Span flashInDocument) {
        if (p != paragraph) {
            paragraph = p;
            brokenText = null;
            requestLayout();
        }
        highlights = paragraphHighlights;
        selected = selectedInDocument;
        caretAt = caretInDocument;
        flashed = flashInDocument;
        if (brokenText != null) {
            redraw();
        }
    }

    Paragraph paragraph() {
        return paragraph;
    }

    void setHighlights(List<Highlight> paragraphHighlights) {
        highlights = paragraphHighlights;
        if (brokenText != null) {
            paintHighlights();
        }
    }

    void setSelection(Span selectedInDocument, int caretInDocument) {
        selected = selectedInDocument;
        caretAt = caretInDocument;
        if (brokenText != null) {
            paintSelection();
        }
    }

    void setFlash(Span flashInDocument) {
        flashed = flashInDocument;
        if (brokenText != null) {
            flash.getElements().setAll(shapeOf(flashed));
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 2 * PAD_X;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 600;
        if (paragraph == null || paragraph.text().isEmpty()) {
            return Math.round(breaker.font().getSize() * 0.6);
        }
        if (getWidth() == 0 || w == getWidth()) {
            // The width this node shows or is about to show: lay it out for real, once.
            ensureBroken(w);
            return Math.ceil(flow.getHeight()) + 2 * PAD_Y;
        }
        // Another width (the list measuring): a scratch flow, so what is shown stays intact.
        return Math.ceil(breaker.height(paragraph.text(), available(w))) + 2 * PAD_Y;
    }

    /** The preferred height from the line count alone (see {@link LineBreaker#estimateHeight}). */
    double estimatedHeight(double width) {
        if (paragraph == null || paragraph.text().isEmpty()) {
            return computePrefHeight(width);
        }
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 600;
        return Math.ceil(breaker.estimateHeight(paragraph.text(), available(w))) + 2 * PAD_Y;
    }

    @Override
    protected void layoutChildren() {
        ensureBroken(getWidth());
        content.setLayoutX(PAD_X);
        content.setLayoutY(PAD_Y);
    }

    private void ensureBroken(double width) {
        if (paragraph == null) {
            return;
        }
        double available = available(width);
        Font font = breaker.font();
        if (brokenText != null && available == brokenWidth && font.equals(brokenFont)) {
            return;
        }
        brokenWidth = available;
        onLayout.run();
        String shown = breaker.breakLines(paragraph.text(), available);
        // Fresh runs even when only the width changed: with left (start) alignment JavaFX skips the
        // relayout of a text that still fits, but right-to-left lines are placed from the right
        // edge, so they would stay where the old width put them.
        flow.getChildren().setAll(breaker.runs(shown));
        flow.setLineSpacing(breaker.lineSpacing());
        brokenFont = font;
        brokenText = shown;
        // A word wider than the line stays whole and overflows to the left: the flow is made wide
        // enough that JavaFX never wraps it (its wrapping is what breaks Arabic on Linux).
        double flowWidth = Math.max(available, breaker.widestWord(paragraph.text())) + LineBreaker.SLACK;
        // Width first: TextFlow.prefHeight(w) leaves its layout wrapped at the flow's current width,
        // and a right-to-left flow mirrors its lines about that width (a stale one shifts them).
        flow.resize(flowWidth, flow.getHeight());
        flow.resize(flowWidth, shown.isEmpty() ? 0 : flow.prefHeight(flowWidth));
        flow.requestLayout();
        flow.layout();
        redraw();
    }

    private static double available(double width) {
        return Math.max(40, width - 2 * PAD_X);
    }

    private void redraw() {
        paintHighlights();
        paintSelection();
        flash.getElements().setAll(shapeOf(flashed));
    }

    private void paintHighlights() {
        under.getChildren().clear();
        over.getChildren().clear();
        highlightShapes.clear();
        HighlightPainter.paint(flow, brokenText.length(), paragraph.span().start(), highlights, under, over, highlightShapes);
    }

    private void paintSelection() {
        selection.getElements().setAll(shapeOf(selected));
        int local = caretAt - paragraph.span().start();
        if (caretAt >= 0 && local >= 0 && local <= paragraph.text().length()) {
            caret.getElements().setAll(flow.caretShape(local, true));
        } else {
            caret.getElements().clear();
        }
    }

    private PathElement[] shapeOf(Span documentSpan) {
        if (documentSpan == null || paragraph == null || !documentSpan.intersects(paragraph.span())) {
            return new PathElement[0];
        }
        int start = Math.max(0, documentSpan.start() - paragraph.span().start());
        int end = Math.min(paragraph.text().length(), documentSpan.end() - paragraph.span().start());
        return HighlightPainter.boxes(flow.rangeShape(start, end));
    }

    /** The text as displayed: the paragraph with break spaces turned into {@code '\n'}. */
    String displayedText() {
        return brokenText == null ? "" : brokenText;
    }

    TextFlow textNode() {
        return flow;
    }

    /**
     * The node whose local coordinates {@code rangeShape}, {@code caretShape} and {@code hitTest}
     * use: the group holding the flow, not the flow itself — in right-to-left the flow's own local
     * space is mirrored against what those methods return.
     */
    Group shapeSpace() {
        return content;
    }

    Path highlightShape(long annotationId) {
        return highlightShapes.get(annotationId);
    }

    Path flashShape() {
        return flash;
    }

    Path selectionShape() {
        return selection;
    }

    /** Bounds in {@link #shapeSpace()} of the chars {@code [start, end)} of this paragraph, or null if empty. */
    Bounds rangeBounds(int start, int end) {
        return HighlightPainter.union(flow.rangeShape(start, end));
    }

    /** Hit test at a scene point clamped into the text vertically. */
    HitInfo hit(double sceneX, double sceneY) {
        return flow.hitTest(clamped(sceneX, sceneY));
    }

    /**
     * The char under a scene point. {@code hitTest} alone slips by one next to a lam-alef ligature
     * (one glyph for two chars) and for a quote mark after a space (PLATFORM.md), so when the char
     * it names does not contain the point, a neighbour whose cell does is taken instead.
     */
    int charAt(double sceneX, double sceneY) {
        Point2D p = clamped(sceneX, sceneY);
        int length = brokenText == null ? 0 : brokenText.length();
        int c = Math.max(0, Math.min(flow.hitTest(p).getCharIndex(), length - 1));
        if (cellContains(c, p)) {
            return c;
        }
        for (int neighbour : new int[] {c - 1, c + 1}) {
            if (neighbour >= 0 && neighbour < length && cellContains(neighbour, p)) {
                return neighbour;
            }
        }
        return c;
    }

    private boolean cellContains(int index, Point2D p) {
        Bounds b = HighlightPainter.union(flow.rangeShape(index, index + 1));
        return b != null && b.getWidth() > 0 && b.contains(p);
    }

    private Point2D clamped(double sceneX, double sceneY) {
        Point2D p = content.sceneToLocal(sceneX, sceneY);
        return new Point2D(p.getX(), Math.max(1, Math.min(flow.getHeight() - 1, p.getY())));
    }

    /** The paragraph offset one visual line above ({@code -1}) or below ({@code 1}), or -1 past the paragraph. */
    int verticalNeighbour(int local, int direction) {
        Bounds caretBounds = HighlightPainter.union(flow.caretShape(local, true));
        if (caretBounds == null) {
            return -1;
        }
        double lineHeight = breaker.font().getSize() + breaker.lineSpacing() + 4;
        double y = caretBounds.getCenterY() + direction * lineHeight;
        if (y < 0 || y > flow.getHeight()) {
            return -1;
        }
        return flow.hitTest(new Point2D(caretBounds.getCenterX(), y)).getInsertionIndex();
    }
}
