package hamish.ui.reader;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.HitInfo;
import javafx.util.Duration;

/**
 * The right-to-left Arabic reader: the document virtualised by paragraph in one reused ListView,
 * each visible paragraph laid out by the app (never wrapped by JavaFX), with highlights, a
 * word-snapping selection, keyboard selection, hover tooltips and click callbacks.
 * All offsets are document char offsets ({@link Span}).
 */
public final class ReaderView extends Region {

    public static final String STYLE_CLASS = "reader-view";
    public static final double DEFAULT_FONT_SIZE = 20;

    private final ListView<Paragraph> list = new ListView<>();
    private final ObservableList<Paragraph> items = FXCollections.observableArrayList();
    private final List<ReaderCell> cells = new ArrayList<>();
    private final LineBreaker breaker = new LineBreaker(ReaderFonts.regular(DEFAULT_FONT_SIZE));
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final DoubleProperty flashOpacity = new SimpleDoubleProperty(this, "flashOpacity", 0);
    private final ReadOnlyObjectWrapper<Span> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final Timeline flashAnimation = new Timeline();
    private final HighlightTooltip tooltip = new HighlightTooltip(this);

    private String text = "";
    private DocumentBoundaries boundaries = new DocumentBoundaries("");
    private int[] paragraphStarts = {0};
    private List<Highlight>[] buckets = emptyBuckets(1);
    private Span flashed;
    private int anchor;
    private int caret;
    private int nodesCreated;
    private LongConsumer onHighlightClicked = id -> { };

    public ReaderView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(Objects.requireNonNull(ReaderView.class.getResource("/css/reader.css")).toExternalForm());
        setFocusTraversable(true);
        list.setItems(items);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Region());
        list.setCellFactory(lv -> {
            nodesCreated++;
            ReaderCell cell = new ReaderCell(this, new ParagraphNode(breaker, flashOpacity));
            cells.add(cell);
            return cell;
        });
        getChildren().add(list);
        fontSize.addListener((obs, was, size) -> {
            breaker.setFont(ReaderFonts.regular(size.doubleValue()));
            list.refresh();
        });
        focusedProperty().addListener((obs, was, focused) -> pushSelection());
        new MouseSelection(this).install(list);
        new KeyboardSelection(this).install();
        tooltip.install(list);
        setText("");
    }

    public void setText(String documentText) {
        text = Objects.requireNonNull(documentText, "documentText");
        List<Paragraph> paragraphs = Paragraph.split(text);
        paragraphStarts = new int[paragraphs.size()];
        for (Paragraph p : paragraphs) {
            paragraphStarts[p.index()] = p.span().start();
        }
        buckets = emptyBuckets(paragraphs.size());
        boundaries = new DocumentBoundaries(text);
        anchor = 0;
        caret = 0;
        flashed = null;
        selection.set(null);
        items.setAll(paragraphs);
        list.scrollTo(0);
    }

    public String getText() {
        return text;
    }

    /** Replaces all highlights: bucketed per paragraph in one pass, then only shown cells repaint. */
    public void setHighlights(Collection<Highlight> highlights) {
        List<Highlight>[] fresh = emptyBuckets(paragraphStarts.length);
        for (Highlight h : highlights) {
            int first = paragraphIndexOf(h.span().start());
            int last = paragraphIndexOf(Math.max(h.span().start(), h.span().end() - 1));
            for (int p = first; p <= last; p++) {
                if (fresh[p].isEmpty()) {
                    fresh[p] = new ArrayList<>(2);
                }
                fresh[p].add(h);
            }
        }
        buckets = fresh;
        for (ReaderCell cell : cells) {
            if (cell.getItem() != null) {
                cell.node().setHighlights(buckets[cell.getItem().index()]);
            }
        }
    }

    public ReadOnlyObjectProperty<Span> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public void select(Span span) {
        if (span == null || span.isEmpty()) {
            clearSelection();
            return;
        }
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("selection " + span + " is past the end of the text (" + text.length() + " chars)");
        }
        setSelection(span.start(), span.end());
    }

    public void clearSelection() {
        setSelection(caret, caret);
    }

    /** Brings the paragraph holding {@code offset} into view, centred when the document allows. */
    public void scrollTo(int offset) {
        int p = paragraphIndexOf(offset);
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

    public void setTooltipText(LongFunction<String> annotationIdToText) {
        tooltip.setTextProvider(annotationIdToText);
    }

    /**
     * Screen bounds of the char at {@code offset} (of the glyph showing it when the char has no cell
     * of its own), empty when its paragraph is not on screen.
     */
    public Optional<Bounds> characterBoundsOnScreen(int offset) {
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        int p = paragraphIndexOf(offset);
        ParagraphNode node = shownNode(p);
        if (node == null) {
            return Optional.empty();
        }
        int local = offset - paragraphStarts[p];
        if (local >= node.paragraph().text().length()) {
            return Optional.empty();
        }
        // A char drawn inside its predecessor's glyph (the alef of a lam-alef ligature, a haraka)
        // has an empty cell of its own: report the glyph that shows it.
        Bounds b = node.rangeBounds(local, local + 1);
        boolean drawnByNeighbour = !Character.isWhitespace(text.charAt(offset));
        for (int from = local - 1; drawnByNeighbour && from >= Math.max(0, local - 4) && (b == null || b.getWidth() <= 0); from--) {
            b = node.rangeBounds(from, local + 1);
        }
        if (b == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(node.shapeSpace().localToScreen(b));
    }

    /** The document offset of the char under a screen point, empty when no paragraph is there. */
    public OptionalInt offsetAtScreen(double screenX, double screenY) {
        for (ReaderCell cell : cells) {
            if (cell.isShowing()) {
                Bounds b = cell.localToScreen(cell.getLayoutBounds());
                if (b != null && b.contains(screenX, screenY)) {
                    var scene = cell.localToScene(cell.screenToLocal(screenX, screenY));
                    return OptionalInt.of(charAt(cell, scene.getX(), scene.getY()));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The highlights of paragraph {@code index} (read-only, possibly shared). */
    public List<Highlight> highlightsOfParagraph(int index) {
        return buckets[index];
    }

    /** The innermost highlight holding {@code offset} (the last given wins a tie), if any. */
    public Optional<Highlight> highlightAt(int offset) {
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        Highlight best = null;
        for (Highlight h : buckets[paragraphIndexOf(offset)]) {
            if (h.span().contains(offset) && (best == null || h.span().length() <= best.span().length())) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    protected void layoutChildren() {
        list.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    // ---- package-private: used by the selection controllers and tests ----

    void showIn(ParagraphNode node, Paragraph p) {
        Span sel = selection.get();
        node.show(p, buckets[p.index()], sel, isFocused() ? caret : -1, flashed);
    }

    int paragraphIndexOf(int offset) {
        int i = Arrays.binarySearch(paragraphStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    int paragraphStart(int index) {
        return paragraphStarts[index];
    }

    int paragraphCount() {
        return paragraphStarts.length;
    }

    String paragraphText(int index) {
        return items.get(index).text();
    }

    int anchor() {
        return anchor;
    }

    int caret() {
        return caret;
    }

    int paragraphNodesCreated() {
        return nodesCreated;
    }

    ListView<Paragraph> listView() {
        return list;
    }

    LineBreaker lineBreaker() {
        return breaker;
    }

    /** Sets anchor and caret (document offsets); the selection is the range between them. */
    void setSelection(int newAnchor, int newCaret) {
        anchor = Math.max(0, Math.min(newAnchor, text.length()));
        caret = Math.max(0, Math.min(newCaret, text.length()));
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

    DocumentBoundaries boundaries() {
        return boundaries;
    }

    Span snapToWords(int first, int last) {
        return boundaries.snapToWords(first, last);
    }

    Span clusterRange(int first, int last) {
        return boundaries.clusterRange(first, last);
    }

    void selectWordAt(int offset) {
        Span word = offset < text.length() ? boundaries.wordAt(offset) : null;
        if (word != null) {
            select(word);
        }
    }

    void selectSentenceAt(int offset) {
        Span sentence = offset < text.length() ? boundaries.sentenceAt(offset) : null;
        if (sentence != null) {
            select(sentence);
        }
    }

    /** The offset one visual line up ({@code -1}) or down ({@code 1}) from {@code offset}. */
    int verticalNeighbour(int offset, int direction) {
        int p = paragraphIndexOf(offset);
        ParagraphNode node = shownNode(p);
        int local = node == null ? -1 : node.verticalNeighbour(offset - paragraphStarts[p], direction);
        if (local >= 0) {
            return paragraphStarts[p] + local;
        }
        if (direction < 0) {
            return p == 0 ? 0 : paragraphStarts[p] - 1;
        }
        return p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] : text.length();
    }

    /** The start or end of the visual line holding {@code offset}. */
    int lineEdge(int offset, boolean end) {
        int p = paragraphIndexOf(offset);
        ParagraphNode node = shownNode(p);
        String shown = node == null ? items.get(p).text() : node.displayedText();
        int local = Math.min(offset - paragraphStarts[p], shown.length());
        int edge = end ? shown.indexOf('\n', local) : shown.lastIndexOf('\n', local - 1) + 1;
        return paragraphStarts[p] + (edge < 0 ? shown.length() : edge);
    }

    /** Scrolls as little as needed to show the paragraph holding {@code offset}. */
    void reveal(int offset) {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.scrollTo(paragraphIndexOf(offset));
        }
    }

    void highlightClicked(int offset) {
        highlightAt(offset).ifPresent(h -> onHighlightClicked.accept(h.annotationId()));
    }

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

    /** The document offset of the char under a scene point in {@code cell} (paragraph start when empty). */
    int charAt(ReaderCell cell, double sceneX, double sceneY) {
        Paragraph p = cell.getItem();
        if (p.text().isEmpty()) {
            return p.span().start();
        }
        return p.span().start() + cell.node().charAt(sceneX, sceneY);
    }

    /** Like {@link #charAt} but the caret position (between chars). */
    int insertionAt(ReaderCell cell, double sceneX, double sceneY) {
        Paragraph p = cell.getItem();
        if (p.text().isEmpty()) {
            return p.span().start();
        }
        HitInfo hit = cell.node().hit(sceneX, sceneY);
        return p.span().start() + Math.max(0, Math.min(hit.getInsertionIndex(), p.text().length()));
    }

    VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Highlight>[] emptyBuckets(int n) {
        List<Highlight>[] b = new List[n];
        Arrays.fill(b, List.of());
        return b;
    }
}
