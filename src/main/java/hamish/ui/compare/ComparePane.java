package hamish.ui.compare;

import hamish.analysis.DocumentHeadings;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Tag;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.common.ArabicLine;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.ReaderView;
import hamish.ui.tags.TagPalette;
import hamish.ui.tags.TagShortcuts;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * One document of the compare view: its outlet and date, its title, a tag palette, the reader and a ruler of the focused entity's
 * mentions. Tagging works as in the main window (select, then a tag's key or chip; Del deletes the selected
 * annotation; click a highlight to select it), through the pane's own {@link DocumentViewModel}.
 */
final class ComparePane extends BorderPane {

    private final CompareViewModel compare;
    private final int index;
    private final DocumentViewModel doc;
    private final ReaderView reader = new ReaderView();
    private final MentionRuler ruler;
    // Outlet · date and title are user text: ArabicLines, which cut a long title at its logical end in order.
    private final ArabicLine source = new ArabicLine();
    private final ArabicLine title = new ArabicLine();
    private List<Highlight> shown = List.of();

    ComparePane(CompareViewModel compare, int index, Messages messages) {
        this.compare = compare;
        this.index = index;
        this.doc = compare.panes().get(index);
        ruler = new MentionRuler(reader::scrollTo);
        reader.setId("compareReader" + index);
        source.setId("compareSource" + index);
        source.getStyleClass().add("compare-source");
        source.setMaxWidth(Double.MAX_VALUE);
        // A document whose outlet and date are unknown shows no empty line above its title.
        source.managedProperty().bind(source.visibleProperty());
        title.setId("compareTitle" + index);
        title.getStyleClass().add("compare-title");
        title.setMaxWidth(Double.MAX_VALUE);
        TagPalette palette = new TagPalette(doc.catalog(), doc.currentTagProperty(), this::paletteChosen, messages);
        HBox body = new HBox(reader, ruler);
        HBox.setHgrow(reader, Priority.ALWAYS);
        setTop(new VBox(2, source, title, palette));
        setCenter(body);
        setPadding(new Insets(4));
        setMinWidth(0);

        doc.documentProperty().addListener((o, a, d) -> showDocument(d));
        // The view-model recomputes its highlights after every change of its annotations, so this one
        // listener covers both; listening to the annotations too drew every change twice.
        doc.highlightsProperty().addListener((o, a, h) -> refresh());
        compare.focusedProperty().addListener((o, a, e) -> {
            refresh();
            List<Annotation> mentions = compare.focusedMentions(index);
            if (!mentions.isEmpty()) {
                reader.scrollTo(mentions.get(0).start());
            }
        });
        reader.setOnHighlightClicked(id -> {
            if (id > 0) {
                doc.select(id);
            }
        });
        reader.setOnProposalClicked(span -> compare.acceptAt(index, span));
        reader.setTooltipText(doc::describe);
        reader.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> reader.requestFocus());
        reader.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void showDocument(Document d) {
        reader.setText(d == null ? "" : d.text());
        // The outlet and date first: side by side, which outlet wrote what is what the analyst reads.
        source.setText(d == null ? "" : DocumentHeadings.source(d));
        source.setVisible(!source.getText().isEmpty());
        title.setText(d == null ? "" : d.title());
    }

    private void refresh() {
        shown = compare.highlights(index);
        reader.setHighlights(shown);
        Document d = doc.documentProperty().get();
        List<Integer> marks = compare.focusedMentions(index).stream().map(Annotation::start).toList();
        ruler.setMarks(marks, d == null ? 1 : d.text().length(), Color.web("#D55E00"));
    }

    private void paletteChosen(Tag tag) {
        doc.currentTagProperty().set(tag);
        if (reader.selectionProperty().get() != null) {
            doc.tag(reader.selectionProperty().get(), tag);
            reader.clearSelection();
        }
    }

    /** The main window's single keys, for this pane: a tag's key tags the selection, Del deletes, Esc deselects. */
    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isAltDown()) {
            return;
        }
        if (e.isShortcutDown()) {
            undoKeys(e);
            return;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            doc.deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            doc.clearSelection();
            reader.clearSelection();
        } else if (reader.selectionProperty().get() != null && e.getText() != null && !e.getText().isEmpty()) {
            TagShortcuts.forKey(doc.catalog().tags(), e.getText()).ifPresent(tag -> {
                doc.tag(reader.selectionProperty().get(), tag);
                reader.clearSelection();
                e.consume();
            });
        }
    }

    /** Ctrl+Z undoes the compare window's last step (in any pane, or across them); Ctrl+Shift+Z or Ctrl+Y redoes it. */
    private void undoKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            compare.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
            compare.redo();
            e.consume();
        }
    }

    ReaderView reader() {
        return reader;
    }

    MentionRuler ruler() {
        return ruler;
    }

    /** The highlights last given to the reader. */
    List<Highlight> shownHighlights() {
        return shown;
    }
}
