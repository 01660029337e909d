package hamish.ui.reader;

import hamish.ui.common.ArabicFonts;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The right-to-left Arabic reader: the document virtualised by paragraph in one reused ListView,
 * each visible paragraph laid out by the app (never wrapped by JavaFX), with highlights, a
 * word-snapping selection, keyboard selection, hover tooltips and click callbacks.
 * All offsets are document char offsets ({@link Span}). Style class {@value #STYLE_CLASS}; add
 * {@code dark} to it (or to an ancestor) for the dark palette of {@code /css/reader.css}.
 */
public final class ReaderView extends Region {

    public static final String STYLE_CLASS = "reader-view";
    public static final double DEFAULT_FONT_SIZE = 20;

    private final ListView<Paragraph> list = new ListView<>();
    private final ObservableList<Paragraph> items = FXCollections.observableArrayList();
    private final List<ReaderCell> cells = new ArrayList<>();
    private final LineBreaker breaker = new LineBreaker(ArabicFonts.regular(DEFAULT_FONT_SIZE));
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final DoubleProperty flashOpacity = new SimpleDoubleProperty(this, "flashOpacity", 0);
    private final ReadOnlyObjectWrapper<Span> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final Timeline flashAnimation = new Timeline();
    private final HighlightTooltip tooltip = new HighlightTooltip(this);
    private final ReadOnlyIntegerWrapper viewportChanges = new ReadOnlyIntegerWrapper(this, "viewportChanges");

    private ReaderDocument document = new ReaderDocument(ReaderText.EMPTY);
    private Span flashed;
    private int anchor;
    private int caret;
    private int nodesCreated;
    private long paragraphLayouts;
    private LongConsumer onHighlightClicked = id -> { };
    private Consumer<Span> onProposalClicked = span -> { };

    public ReaderView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(Objects.requireNonNull(ReaderView.class.getResource("/css/reader.css")).toExternalForm());
        setFocusTraversable(true);
        list.setItems(items);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Region());
        list.setCellFactory(lv -> {
            nodesCreated++;
            ReaderCell cell = new ReaderCell(this, new ParagraphNode(breaker, flashOpacity, () -> paragraphLayouts++));
            cells.add(cell);
            // The list drops its cells on refresh (zoom): forget them so they are neither kept nor repainted.
            cell.parentProperty().addListener((obs, was, now) -> {
                if (now == null) {
                    cells.remove(cell);
                } else if (!cells.contains(cell)) {
                    cells.add(cell);
                }
            });
            return cell;
        });
        getChildren().add(list);
        fontSize.addListener((obs, was, size) -> {
            breaker.setFont(ArabicFonts.regular(size.doubleValue()));
            list.refresh();
            viewportChanged();
        });
        widthProperty().addListener((obs, was, now) -> viewportChanged());
        heightProperty().addListener((obs, was, now) -> viewportChanged());
        list.skinProperty().addListener((obs, was, skin) -> {
            VirtualFlow<?> flow = flow();
            if (flow != null) {
                flow.positionProperty().addListener((o, a, b) -> viewportChanged());
            }
        });
        focusedProperty().addListener((obs, was, focused) -> pushSelection());
        new MouseSelection(this).install(list);
        new KeyboardSelection(this).install();
        tooltip.install(list);
    }

    /**
     * Reads the bundled font and its character map now. Safe from any thread: call it from the
     * application's background start-up so the first reader does not read the font files on the
     * FX thread (it does so itself, once, when this was not called).
     */
    public static void preloadFonts() {
        ArabicFonts.regular(DEFAULT_FONT_SIZE);
        ArabicFonts.coverage();
    }

    /** Shows a new document (the whole stored text); the list and its paragraph nodes are reused. */
    public void setText(String documentText) {
        setText(ReaderText.of(Objects.requireNonNull(documentText, "documentText")));
    }

    /** Shows a text split beforehand (on a background thread: {@link ReaderText#of}). */
    public void setText(ReaderText prepared) {
        document = new ReaderDocument(Objects.requireNonNull(prepared, "prepared"));
        anchor = 0;
        caret = 0;
        flashed = null;
        selection.set(null);
        items.setAll(document.paragraphs());
        list.scrollTo(0);
        viewportChanged();
    }

    public String getText() {
        return document.text();
    }

    /**
     * Runs {@code work} on the FX thread after the next layout pulse of this reader's window, i.e. once what was
     * just given to it (text, highlights) is laid out and handed to the renderer; at once (later on the FX thread)
     * when the reader is in no showing window, where no pulse would come.
     */
    public void afterNextLayout(Runnable work) {
        Scene scene = getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(work);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Replaces all highlights; only shown paragraphs whose highlights changed repaint. */
    public void setHighlights(Collection<Highlight> highlights) {
        boolean[] changed = document.replaceHighlights(highlights);
        for (ReaderCell cell : cells) {
            Paragraph p = cell.getItem();
            // A cell may still hold a paragraph of the previous document until the next layout.
            if (p != null && p.index() < changed.length && changed[p.index()]
                    && document.paragraphs().get(p.index()) == p) {
                cell.node().setHighlights(document.highlightsOf(p.index()));
            }
        }
    }

    public ReadOnlyObjectProperty<Span> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Selects {@code span}, grown to whole characters; an empty span puts the caret there, null clears the selection. */
    public void select(Span span) {
        if (span == null) {
            clearSelection();
            return;
        }
        if (span.end() > document.text().length()) {
            throw new IllegalArgumentException("selection " + span + " is past the end of the text ("
                    + document.text().length() + " chars)");
        }
        setSelection(span.start(), span.end());
    }

    public void clearSelection() {
        setSelection(caret, caret);
    }

    /** Brings the paragraph holding {@code offset} into view, centred when the document allows. */
    public void scrollTo(int offset) {
        int p = document.paragraphIndexOf(offset);
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            list.scrollTo(p);
            return;
        }
        flow.scrollToTop(p);
        list.layout();
        var cell = flow.getVisibleCell(p);
        if (cell != null) {
            double centredTop = Math.max(0, (flow.getHeight() - cell.getHeight()) / 2);
            flow.scrollPixels(cell.getLayoutY() - centredTop);
            list.layout();
        }
    }

    /**
     * Counts changes of where text is on screen (scrolling, resizing, zoom, a new text). Things drawn beside
     * the reader listen to it and place themselves after the next layout pass.
     */
    public ReadOnlyIntegerProperty viewportChangesProperty() {
        return viewportChanges.getReadOnlyProperty();
    }

    /** How far down the document the view is, 0 at the top to 1 at the end (0 before the first layout). */
    public double scrollPosition() {
        VirtualFlow<?> flow = flow();
        return flow == null ? 0 : flow.getPosition();
    }

    /** Scrolls to a place given as {@link #scrollPosition()} gives it. */
    public void setScrollPosition(double position) {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.setPosition(Math.max(0, Math.min(1, position)));
            list.requestLayout();
        }
    }

    /** The text of the paragraphs on screen (the first and last may be partly scrolled out), empty before layout. */
    public Optional<Span> shownRange() {
        List<ReaderCell> shown = shownCells();
        if (shown.isEmpty() || shown.get(0).getItem() == null || shown.get(shown.size() - 1).getItem() == null) {
            return Optional.empty();
        }
        return Optional.of(new Span(shown.get(0).getItem().span().start(), shown.get(shown.size() - 1).getItem().span().end()));
    }

    /** Scrolls to the span and fades a marker over it out in about a second. */
    public void flash(Span span) {
        scrollTo(span.start());
        flashed = span;
        cells.forEach(c -> c.node().setFlash(flashed));
        flashAnimation.stop();
        flashAnimation.getKeyFrames().setAll(
                new KeyFrame(Duration.ZERO, new KeyValue(flashOpacity, 0.9)),
                new KeyFrame(Duration.millis(250), new KeyValue(flashOpacity, 0.9)),
                new KeyFrame(Duration.millis(1100), new KeyValue(flashOpacity, 0)));
        flashAnimation.setOnFinished(e -> {
            flashed = null;
            cells.forEach(c -> c.node().setFlash(null));
        });
        flashAnimation.playFromStart();
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void setOnHighlightClicked(LongConsumer annotationId) {
        onHighlightClicked = annotationId == null ? id -> { } : annotationId;
    }

    /** A click on a dashed (proposed, not stored) highlight: its span. */
    public void setOnProposalClicked(Consumer<Span> proposalSpan) {
        onProposalClicked = proposalSpan == null ? span -> { } : proposalSpan;
    }

    public void setTooltipText(LongFunction<String> annotationIdToText) {
        tooltip.setTextProvider(annotationIdToText);
    }

    /**
     * Screen bounds of the char at {@code offset} (of the glyph showing it when the char has no cell
     * of its own), empty when its paragraph is not on screen.
     */
    public Optional<Bounds> characterBoundsOnScreen(int offset) {
        String text = document.text();
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        Paragraph p = document.paragraphAt(offset);
        ParagraphNode node = shownNode(p.index());
        int local = offset - p.span().start();
        if (node == null || local >= p.text().length()) {
            return Optional.empty();
        }
        // A char drawn inside its predecessor's glyph (the alef of a lam-alef ligature, a haraka)
        // has an empty cell of its own: report the glyph that shows it.
        Bounds b = node.rangeBounds(local, local + 1);
        boolean drawnByNeighbour = !Character.isWhitespace(text.charAt(offset));
        for (int from = local - 1; drawnByNeighbour && from >= Math.max(0, local - 4) && (b == null || b.getWidth() <= 0); from--) {
            b = node.rangeBounds(from, local + 1);
        }
        return b == null ? Optional.empty() : Optional.ofNullable(node.shapeSpace().localToScreen(b));
    }

    /** The document offset of the char under a screen point, empty when no paragraph is there. */
    public OptionalInt offsetAtScreen(double screenX, double screenY) {
        for (ReaderCell cell : cells) {
            if (cell.isShowing()) {
                Bounds b = cell.localToScreen(cell.getLayoutBounds());
                if (b != null && b.contains(screenX, screenY)) {
                    var scene = cell.localToScene(cell.screenToLocal(screenX, screenY));
                    return OptionalInt.of(cell.charAt(scene.getX(), scene.getY()));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The innermost highlight holding {@code offset} (the later one given wins a tie), if any. */
    public Optional<Highlight> highlightAt(int offset) {
        return document.highlightAt(offset);
    }

    /** How many paragraph layouts (line breaking plus text layout) this view has done: for benchmarks. */
    public long paragraphLayouts() {
        return paragraphLayouts;
    }

    /** How many paragraph nodes the list has created: stays near the number of visible paragraphs. */
    public int paragraphNodesCreated() {
        return nodesCreated;
    }

    @Override
    protected void layoutChildren() {
        list.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    private void viewportChanged() {
        viewportChanges.set(viewportChanges.get() + 1);
    }

    // ---- package-private: for the cells, the selection controllers and tests ----

    ReaderDocument document() {
        return document;
    }

    void showIn(ParagraphNode node, Paragraph p) {
        node.show(p, document.highlightsOf(p.index()), selection.get(), isFocused() ? caret : -1, flashed);
    }

    int paragraphIndexOf(int offset) {
        return document.paragraphIndexOf(offset);
    }

    int anchor() {
        return anchor;
    }

    int caret() {
        return caret;
    }

    ListView<Paragraph> listView() {
        return list;
    }

    LineBreaker lineBreaker() {
        return breaker;
    }

    int trackedCells() {
        return cells.size();
    }

    HighlightTooltip hoverTooltip() {
        return tooltip;
    }

    /** Sets anchor and caret (document offsets, moved out of grapheme clusters); the selection is the range between them. */
    void setSelection(int newAnchor, int newCaret) {
        int length = document.text().length();
        SelectionEnds ends = document.boundaries().onGraphemes(Math.max(0, Math.min(newAnchor, length)),
                Math.max(0, Math.min(newCaret, length)));
        anchor = ends.anchor();
        caret = ends.caret();
        selection.set(anchor == caret ? null : new Span(Math.min(anchor, caret), Math.max(anchor, caret)));
        pushSelection();
    }

    private void pushSelection() {
        for (ReaderCell cell : cells) {
            if (cell.getItem() != null) {
                cell.node().setSelection(selection.get(), isFocused() ? caret : -1);
            }
        }
    }

    void selectWordAt(int offset) {
        Span word = offset < document.text().length() ? document.boundaries().wordAt(offset) : null;
        if (word != null) {
            select(word);
        }
    }

    void selectSentenceAt(int offset) {
        Span sentence = offset < document.text().length() ? document.boundaries().sentenceAt(offset) : null;
        if (sentence != null) {
            select(sentence);
        }
    }

    /** Scrolls as little as needed to show the paragraph holding {@code offset}. */
    void reveal(int offset) {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.scrollTo(document.paragraphIndexOf(offset));
        }
    }

    void highlightClicked(int offset) {
        highlightAt(offset).ifPresent(h -> {
            if (h.style() == HighlightStyle.DASHED) {
                onProposalClicked.accept(h.span());
            } else {
                onHighlightClicked.accept(h.annotationId());
            }
        });
    }

    /** The cells on screen, top to bottom. */
    List<ReaderCell> shownCells() {
        List<ReaderCell> shown = new ArrayList<>();
        for (ReaderCell cell : cells) {
            if (cell.isShowing()) {
                shown.add(cell);
            }
        }
        shown.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return shown;
    }

    ParagraphNode shownNode(int paragraphIndex) {
        for (ReaderCell cell : cells) {
            if (cell.isShowing() && cell.getItem().index() == paragraphIndex) {
                return cell.node();
            }
        }
        return null;
    }

    VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }
}
