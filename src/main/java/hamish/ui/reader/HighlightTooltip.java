package hamish.ui.reader;

import hamish.ui.common.ArabicCells;
import java.util.OptionalInt;
import java.util.function.LongFunction;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/** Shows the provider's text for the highlight under the pointer after a short hover. */
final class HighlightTooltip {

    private final ReaderView view;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(Duration.millis(450));
    private LongFunction<String> provider = id -> null;
    private Long shownFor;
    private String shownText;
    private double screenX;
    private double screenY;

    HighlightTooltip(ReaderView view) {
        this.view = view;
        tooltip.getStyleClass().add("reader-tooltip");
        delay.setOnFinished(e -> show());
    }

    void setTextProvider(LongFunction<String> textProvider) {
        provider = textProvider == null ? id -> null : textProvider;
    }

    void install(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        target.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> hide());
    }

    private void moved(MouseEvent e) {
        screenX = e.getScreenX();
        screenY = e.getScreenY();
        OptionalInt at = view.offsetAtScreen(screenX, screenY);
        Long id = at.isPresent() ? view.highlightAt(at.getAsInt()).map(h -> h.annotationId()).orElse(null) : null;
        if (id == null ? shownFor == null : id.equals(shownFor)) {
            return;
        }
        hide();
        shownFor = id;
        if (id != null) {
            delay.playFromStart();
        }
    }

    private void show() {
        String text = shownFor == null ? null : provider.apply(shownFor);
        if (text != null && !text.isBlank() && view.getScene() != null) {
            // Tag, entity, speaker and note are user text: drawn as ArabicLines, not as the tooltip's Label.
            ArabicCells.setTooltipText(tooltip, text, ArabicCells.TOOLTIP_MAX_WIDTH);
            shownText = text;
            tooltip.show(view, screenX + 12, screenY + 18);
        }
    }

    /** The text shown now, or null when hidden. */
    String shownText() {
        return tooltip.isShowing() ? shownText : null;
    }

    private void hide() {
        delay.stop();
        shownFor = null;
        tooltip.hide();
    }
}
