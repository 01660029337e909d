package hamish.ui.reader;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/**
 * A list cell that shows one {@link ParagraphNode}, stretched to the cell's full width (a Labeled
 * would size its graphic to the graphic's preferred width, which says nothing about wrapping).
 */
final class ReaderCell extends ListCell<Paragraph> {

    private static final double EMPTY_HEIGHT = 24;

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
        return node.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
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

    /** True when the cell is on screen (not in the flow's pile or its hidden measuring parent). */
    boolean isShowing() {
        return getItem() != null && isVisible() && getParent() != null && getParent().isVisible()
                && getScene() != null;
    }
}
