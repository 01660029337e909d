package hamish.ui.reader;

import hamish.model.Span;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Mouse selection handled at the view level, so a drag runs across lines and paragraphs: the cell
 * under the pointer is found among the shown cells (the nearest one when the pointer is between or
 * beyond them) and hit-tested. The selection snaps to whole words unless Alt is held; it works on
 * the chars under the two ends rather than on caret positions, which also absorbs hitTest's known
 * slips (the second half of a lam-alef and a quote after a space report the previous char, which
 * is in the same word or is a space the snap skips). Dragging past the top or bottom edge scrolls.
 */
final class MouseSelection {

    private static final double DRAG_THRESHOLD = 3;

    private final ReaderView view;
    private final AnimationTimer autoScroll;
    private int anchorChar = -1;
    private boolean dragging;
    private boolean exact;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    MouseSelection(ReaderView view) {
        this.view = view;
        this.autoScroll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                scrollTowardsPointer();
            }
        };
    }

    void install(Node target) {
        target.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        target.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        target.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || onScrollBar(e)) {
            return;
        }
        ReaderCell cell = cellNear(e.getSceneY());
        if (cell == null) {
            return;
        }
        e.consume();
        view.requestFocus();
        int at = cell.charAt(e.getSceneX(), e.getSceneY());
        anchorChar = -1;
        if (e.getClickCount() == 2) {
            view.selectWordAt(at);
            return;
        }
        if (e.getClickCount() >= 3) {
            view.selectSentenceAt(at);
            return;
        }
        anchorChar = at;
        dragging = false;
        exact = e.isAltDown();
        pressX = lastX = e.getSceneX();
        pressY = lastY = e.getSceneY();
        int insertion = cell.insertionAt(e.getSceneX(), e.getSceneY());
        view.setSelection(insertion, insertion);
    }

    private void dragged(MouseEvent e) {
        if (anchorChar < 0) {
            return;
        }
        e.consume();
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        if (!dragging && Math.hypot(lastX - pressX, lastY - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        exact = e.isAltDown();
        extendToPointer();
        Bounds b = view.localToScene(view.getLayoutBounds());
        if (lastY < b.getMinY() || lastY > b.getMaxY()) {
            autoScroll.start();
        } else {
            autoScroll.stop();
        }
    }

    private void released(MouseEvent e) {
        if (anchorChar < 0) {
            return;
        }
        e.consume();
        autoScroll.stop();
        if (!dragging) {
            view.highlightClicked(anchorChar);
        }
        anchorChar = -1;
        dragging = false;
    }

    private void extendToPointer() {
        ReaderCell cell = cellNear(lastY);
        if (cell == null) {
            return;
        }
        int at = cell.charAt(lastX, lastY);
        DocumentBoundaries b = view.document().boundaries();
        int first = Math.min(anchorChar, at);
        int last = Math.max(anchorChar, at);
        Span s = exact ? b.clusterRange(first, last) : b.snapToWords(first, last);
        if (s == null) {
            view.setSelection(anchorChar, anchorChar);
        } else if (at >= anchorChar) {
            view.setSelection(s.start(), s.end());
        } else {
            view.setSelection(s.end(), s.start());
        }
    }

    private void scrollTowardsPointer() {
        VirtualFlow<?> flow = view.flow();
        if (flow == null) {
            return;
        }
        Bounds b = view.localToScene(view.getLayoutBounds());
        double beyond = lastY < b.getMinY() ? lastY - b.getMinY() : lastY > b.getMaxY() ? lastY - b.getMaxY() : 0;
        if (beyond == 0) {
            autoScroll.stop();
            return;
        }
        flow.scrollPixels(Math.signum(beyond) * Math.min(40, 4 + Math.abs(beyond) / 2));
        view.listView().layout();
        extendToPointer();
    }

    /** The shown cell at scene y, or the nearest one above/below it. */
    private ReaderCell cellNear(double sceneY) {
        List<ReaderCell> shown = view.shownCells();
        ReaderCell best = null;
        double bestDistance = Double.MAX_VALUE;
        for (ReaderCell cell : shown) {
            Bounds b = cell.localToScene(cell.getLayoutBounds());
            double d = sceneY < b.getMinY() ? b.getMinY() - sceneY : sceneY > b.getMaxY() ? sceneY - b.getMaxY() : 0;
            if (d < bestDistance) {
                best = cell;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean onScrollBar(MouseEvent e) {
        for (Object n = e.getTarget(); n instanceof Node node; n = node.getParent()) {
            if (node instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }
}
