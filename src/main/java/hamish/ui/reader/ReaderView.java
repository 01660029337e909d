package hamish.ui.reader;

import hamish.model.Span;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;

/** Temporary stand-in for the reader branch's ReaderView (same API); deleted when that branch is merged. */
public final class ReaderView extends Region {

    private final TextArea area = new TextArea();
    private final ReadOnlyObjectWrapper<Span> selection = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(20);
    private List<Highlight> highlights = List.of();

    public ReaderView() {
        area.setEditable(false);
        area.setWrapText(true);
        area.selectionProperty().addListener((o, a, r) -> selection.set(r.getLength() == 0 ? null : new Span(r.getStart(), r.getEnd())));
        getChildren().add(area);
    }

    @Override
    protected void layoutChildren() {
        area.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    public void setText(String documentText) {
        area.setText(documentText);
    }

    public String getText() {
        return area.getText();
    }

    public void setHighlights(Collection<Highlight> hs) {
        highlights = List.copyOf(hs);
    }

    public ReadOnlyObjectProperty<Span> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public void select(Span span) {
        area.selectRange(span.start(), span.end());
    }

    public void clearSelection() {
        area.deselect();
    }

    public void scrollTo(int offset) {
        area.positionCaret(offset);
    }

    public void flash(Span span) {
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void setOnHighlightClicked(LongConsumer annotationId) {
    }

    public void setTooltipText(LongFunction<String> annotationIdToText) {
    }

    public Optional<Bounds> characterBoundsOnScreen(int offset) {
        return Optional.empty();
    }

    public OptionalInt offsetAtScreen(double screenX, double screenY) {
        return OptionalInt.empty();
    }
}
