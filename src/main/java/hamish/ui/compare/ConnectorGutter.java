package hamish.ui.compare;

import hamish.model.Span;
import hamish.ui.common.ArabicCells;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.ReaderView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.StrokeLineCap;

/**
 * The strip between two neighbouring reader panes where their connectors are drawn: a curve from the first line
 * of a span in one reader to the first line of its counterpart in the other, dashed for a proposed sentence pair
 * (drawn only while both sentences are in view; a double purple line when the two sentences are wire copy, since
 * "who printed the same agency text" reads differently from "who reported the same fact"), solid in the link's colour for a stored link (one end scrolled out
 * of view pins to the top or bottom edge and the curve fades; with both ends out of view it is not drawn). The curves are placed after
 * the layout pass in which the readers moved, so they follow scrolling, resizing and zoom in the same frame.
 */
public final class ConnectorGutter extends Pane {

    static final double WIDTH = 44;
    private static final Color PROPOSED = Color.web("#7a7a7a");
    // Okabe–Ito reddish purple: apart from the grey of proposals and the link colours, and readable to the colour-blind.
    private static final Color WIRE = Color.web("#CC79A7");
    /** How far apart the two strokes of a wire-copy connector are: a double line, like a copy. */
    static final double WIRE_GAP = 3;
    private static final double HIT_WIDTH = 10;

    private final ReaderView leftReader;
    private final ReaderView rightReader;
    private final Supplier<List<Connector>> source;
    private final Messages messages;
    private final List<Drawn> drawn = new ArrayList<>();
    private final Runnable afterLayout = this::placeIfDirty;
    private Consumer<Connector> onClicked = c -> { };
    private Consumer<Connector> onDoubleClicked = c -> { };
    private Consumer<Connector> onSecondaryClicked = c -> { };
    private boolean dirty = true;

    /** What is on screen for one connector: its curve, and whether both of its ends are in view. */
    public record Drawn(Connector connector, CubicCurve curve, boolean bothInView) {
    }

    ConnectorGutter(ReaderView leftReader, ReaderView rightReader, Supplier<List<Connector>> source, Messages messages) {
        this.leftReader = leftReader;
        this.rightReader = rightReader;
        this.source = source;
        this.messages = messages;
        getStyleClass().add("connector-gutter");
        // Sides are worked out from where the readers are on screen, so the gutter's own x must not mirror.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        leftReader.viewportChangesProperty().addListener((o, a, b) -> invalidate());
        rightReader.viewportChangesProperty().addListener((o, a, b) -> invalidate());
        heightProperty().addListener((o, a, b) -> invalidate());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    void setOnConnectorClicked(Consumer<Connector> action) {
        onClicked = action;
    }

    void setOnConnectorDoubleClicked(Consumer<Connector> action) {
        onDoubleClicked = action;
    }

    void setOnConnectorSecondaryClicked(Consumer<Connector> action) {
        onSecondaryClicked = action;
    }

    /** The connectors changed or the readers moved: place the curves again after the next layout pass. */
    void invalidate() {
        dirty = true;
        // Asks for a pulse; the curves are placed after its layout pass.
        requestLayout();
    }

    /** The curves now on screen, in the order of the source's connectors. */
    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    private void placeIfDirty() {
        if (dirty) {
            dirty = false;
            place();
        }
    }

    private void place() {
        drawn.clear();
        getChildren().clear();
        Bounds gutter = localToScreen(getLayoutBounds());
        Bounds leftBox = leftReader.localToScreen(leftReader.getLayoutBounds());
        Bounds rightBox = rightReader.localToScreen(rightReader.getLayoutBounds());
        if (gutter == null || leftBox == null || rightBox == null || getHeight() <= 0) {
            return;
        }
        // In an Arabic layout the first pane is on the right: each end goes to the side its reader is on.
        double leftX = leftBox.getCenterX() <= gutter.getCenterX() ? 0 : getWidth();
        double rightX = getWidth() - leftX;
        for (Connector c : source.get()) {
            End a = end(leftReader, leftBox, c.left());
            End b = end(rightReader, rightBox, c.right());
            // A proposal is only worth a line when both sentences can be read; a stored link stays visible from either end.
            if (a == null || b == null || (!a.inView() && !b.inView()) || (c.isProposal() && !(a.inView() && b.inView()))) {
                continue;
            }
            CubicCurve curve = curve(leftX, a.y(), rightX, b.y(), c);
            curve.setOpacity(a.inView() && b.inView() ? 1 : 0.35);
            drawn.add(new Drawn(c, curve, a.inView() && b.inView()));
            getChildren().add(curve);
        }
    }

    /** Where one end goes, in gutter coordinates: the middle of the span's first char, or the edge it lies beyond. */
    private record End(double y, boolean inView) {
    }

    private End end(ReaderView reader, Bounds readerBox, Span span) {
        Optional<Span> shown = reader.shownRange();
        if (shown.isEmpty() || span.end() > reader.getText().length()) {
            return null;
        }
        double top = screenToLocal(readerBox.getMinX(), readerBox.getMinY()).getY();
        double bottom = screenToLocal(readerBox.getMinX(), readerBox.getMaxY()).getY();
        if (span.start() >= shown.get().end()) {
            return new End(bottom, false);
        }
        if (span.end() <= shown.get().start()) {
            return new End(top, false);
        }
        Optional<Bounds> first = reader.characterBoundsOnScreen(Math.max(span.start(), shown.get().start()));
        if (first.isEmpty()) {
            return null;
        }
        Point2D p = screenToLocal(first.get().getCenterX(), first.get().getCenterY());
        if (p.getY() < top) {
            return new End(top, false);
        }
        if (p.getY() > bottom) {
            return new End(bottom, false);
        }
        return new End(p.getY(), true);
    }

    private CubicCurve curve(double x1, double y1, double x2, double y2, Connector c) {
        double mid = (x1 + x2) / 2;
        CubicCurve curve = new CubicCurve(x1, y1, mid, y1, mid, y2, x2, y2);
        curve.setFill(null);
        curve.setStroke(colour(c));
        curve.setStrokeWidth(width(c));
        curve.setStrokeLineCap(StrokeLineCap.ROUND);
        if (c.isProposal()) {
            curve.getStrokeDashArray().setAll(5.0, 4.0);
        }
        curve.getStyleClass().add(c.isProposal() ? "connector-proposed" : "connector-link");
        curve.setMouseTransparent(true);
        if (c.isWireCopy()) {
            curve.getStyleClass().add("connector-wire");
            getChildren().add(twin(curve));
        }
        // A thin line is a hard target: an invisible wide twin takes the pointer for it.
        CubicCurve target = new CubicCurve(x1, y1, mid, y1, mid, y2, x2, y2);
        target.setFill(null);
        target.setStroke(Color.TRANSPARENT);
        target.setStrokeWidth(HIT_WIDTH);
        target.setPickOnBounds(false);
        target.setOnMouseEntered(e -> curve.setStrokeWidth(width(c) + 2));
        target.setOnMouseExited(e -> curve.setStrokeWidth(width(c)));
        target.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                onSecondaryClicked.accept(c);
            } else if (e.getClickCount() == 2) {
                onDoubleClicked.accept(c);
            } else if (e.getClickCount() == 1) {
                onClicked.accept(c);
            }
            e.consume();
        });
        Tooltip.install(target, ArabicCells.tooltip(describe(c)));
        getChildren().add(target);
        return curve;
    }

    /** The second stroke of a wire-copy connector, {@link #WIRE_GAP} below the first. */
    private static CubicCurve twin(CubicCurve curve) {
        CubicCurve twin = new CubicCurve(curve.getStartX(), curve.getStartY() + WIRE_GAP, curve.getControlX1(),
                curve.getControlY1() + WIRE_GAP, curve.getControlX2(), curve.getControlY2() + WIRE_GAP, curve.getEndX(),
                curve.getEndY() + WIRE_GAP);
        twin.setFill(null);
        twin.setStroke(curve.getStroke());
        twin.setStrokeWidth(curve.getStrokeWidth());
        twin.getStrokeDashArray().setAll(curve.getStrokeDashArray());
        twin.getStyleClass().setAll("connector-wire-twin");
        twin.setMouseTransparent(true);
        return twin;
    }

    private static double width(Connector c) {
        return c.isProposal() ? 1.5 : 2.5;
    }

    static Color colour(Connector c) {
        if (c.isProposal()) {
            return c.isWireCopy() ? WIRE : PROPOSED;
        }
        return switch (c.link().type()) {
            case SAME_CLAIM -> Color.web("#009E73");
            case PARAPHRASE -> Color.web("#0072B2");
            case CONTRADICTS -> Color.web("#D55E00");
            case OTHER -> Color.web("#999999");
        };
    }

    private String describe(Connector c) {
        if (c.isWireCopy()) {
            return messages.format("compare.connector.wire", c.pair().sharedWords().size());
        }
        if (c.isProposal()) {
            return messages.format("compare.connector.pair", c.pair().sharedWords().size(),
                    String.join("، ", c.pair().sharedWords().stream().sorted().toList()));
        }
        String type = messages.get("compare.link." + c.link().type().name());
        return messages.format("compare.connector.link", c.link().note().isEmpty() ? type : type + " · " + c.link().note());
    }
}
