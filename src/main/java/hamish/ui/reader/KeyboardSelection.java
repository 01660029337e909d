package hamish.ui.reader;

import hamish.model.Span;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;

/**
 * Caret keys for right-to-left text: Left moves logically forward (towards the end of the Arabic
 * sentence, which lies to the left) and Right backward, one grapheme cluster at a time (a letter
 * with its harakat, a lam-alef, an emoji), or one word with Ctrl. Up/Down move a visual line,
 * Home/End go to the ends of the visual line; with Shift they all extend the selection; Esc
 * clears it. Inside an embedded Latin or number run the arrows still follow the paragraph
 * direction, not the run's.
 */
final class KeyboardSelection {

    private final ReaderView view;

    KeyboardSelection(ReaderView view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        DocumentBoundaries b = view.boundaries();
        int caret = view.caret();
        boolean byWord = e.isShortcutDown();
        int target;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> target = byWord ? b.nextWordEnd(caret) : b.nextCluster(caret);
            case RIGHT, KP_RIGHT -> target = byWord ? b.previousWordStart(caret) : b.previousCluster(caret);
            case UP, KP_UP -> target = view.verticalNeighbour(caret, -1);
            case DOWN, KP_DOWN -> target = view.verticalNeighbour(caret, 1);
            case HOME -> target = view.lineEdge(caret, false);
            case END -> target = view.lineEdge(caret, true);
            case ESCAPE -> {
                view.clearSelection();
                e.consume();
                return;
            }
            case A -> {
                if (!byWord) {
                    return;
                }
                view.setSelection(0, view.getText().length());
                e.consume();
                return;
            }
            case C -> {
                Span s = view.selectionProperty().get();
                if (byWord && s != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(s.of(view.getText()));
                    Clipboard.getSystemClipboard().setContent(content);
                    e.consume();
                }
                return;
            }
            default -> {
                return;
            }
        }
        view.setSelection(e.isShiftDown() ? view.anchor() : target, target);
        view.reveal(target);
        e.consume();
    }
}
