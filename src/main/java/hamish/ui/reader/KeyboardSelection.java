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
        DocumentBoundaries b = view.document().boundaries();
        int caret = view.caret();
        boolean byWord = e.isShortcutDown();
        int target;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> target = byWord ? b.nextWordEnd(caret) : b.nextCluster(caret);
            case RIGHT, KP_RIGHT -> target = byWord ? b.previousWordStart(caret) : b.previousCluster(caret);
            case UP, KP_UP -> target = verticalNeighbour(caret, -1);
            case DOWN, KP_DOWN -> target = verticalNeighbour(caret, 1);
            case HOME -> target = lineEdge(caret, false);
            case END -> target = lineEdge(caret, true);
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

    /** The offset one visual line up ({@code -1}) or down ({@code 1}); across paragraphs, their near end. */
    private int verticalNeighbour(int offset, int direction) {
        ReaderDocument d = view.document();
        Paragraph p = d.paragraphAt(offset);
        ParagraphNode node = view.shownNode(p.index());
        int local = node == null ? -1 : node.verticalNeighbour(offset - p.span().start(), direction);
        if (local >= 0) {
            return p.span().start() + local;
        }
        if (direction < 0) {
            return p.index() == 0 ? 0 : p.span().start() - 1;
        }
        return p.index() + 1 < d.paragraphCount() ? p.span().end() + 1 : d.text().length();
    }

    /** The start or end of the visual line (as the reader broke it) holding {@code offset}. */
    private int lineEdge(int offset, boolean end) {
        Paragraph p = view.document().paragraphAt(offset);
        ParagraphNode node = view.shownNode(p.index());
        String shown = node == null ? p.text() : node.displayedText();
        int local = Math.min(offset - p.span().start(), shown.length());
        int edge = end ? shown.indexOf('\n', local) : shown.lastIndexOf('\n', local - 1) + 1;
        return p.span().start() + (edge < 0 ? shown.length() : edge);
    }
}
