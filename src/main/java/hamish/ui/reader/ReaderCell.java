package hamish.ui.reader;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/**
 * A list cell that shows one {@link ParagraphNode}, stretched to the cell's full width (a Labeled
 * would size its graphic to the graphic's preferred width, which says nothing about wrapping).
 */
final class ReaderCell extends ListCell<Paragraph> {

    /** Tall, so that an empty list does not fill the viewport with dozens of cells (and paragraph nodes). */
    private static final double EMPTY_HEIGHT = 400;

    private final ReaderView view;
    private final ParagraphNode node;

    ReaderCell(ReaderView view, ParagraphNode node) {
        this.view = view;
        this.node = node;
        getStyleClass().add("reader-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
    }

    ParagraphNode node() {
        return node;
    }

    @Override
    protected void updateItem(Paragraph p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setGraphic(null);
        } else {
            view.showIn(node, p);
            setGraphic(node);
        }
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return EMPTY_HEIGHT;
        }
        double inner = width > 0 ? width - snappedLeftInset() - snappedRightInset() : -1;
        double insets = snappedTopInset() + snappedBottomInset();
        // The list sizes paragraphs it does not show (for its scroll bar) in a hidden measuring
        // cell: there the line count is enough, and shaping every such paragraph dominated scrolling.
        return (isMeasuringOnly() ? node.estimatedHeight(inner) : node.prefHeight(inner)) + insets;
    }

    @Override
    protected double computePrefWidth(double height) {
        return node.prefWidth(-1);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() != null) {
            node.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                    getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset());
        }
    }

    /** The document offset of the char under a scene point (the paragraph start when it is empty). */
    int charAt(double sceneX, double sceneY) {
        Paragraph p = getItem();
        return p.span().start() + (p.text().isEmpty() ? 0 : node.charAt(sceneX, sceneY));
    }

    /** The caret position (between chars) nearest a scene point. */
    int insertionAt(double sceneX, double sceneY) {
        Paragraph p = getItem();
        if (p.text().isEmpty()) {
            return p.span().start();
        }
        int local = node.hit(sceneX, sceneY).getInsertionIndex();
        return p.span().start() + Math.max(0, Math.min(local, p.text().length()));
    }

    private boolean isMeasuringOnly() {
        return getParent() != null && !getParent().isVisible();
    }

    /** True when the cell is on screen (not in the flow's pile or its hidden measuring parent). */
    boolean isShowing() {
        return getItem() != null && isVisible() && getParent() != null && getParent().isVisible()
                && getScene() != null;
    }
}
