package hamish.ui.compare;

import hamish.analysis.NamingTable;
import hamish.analysis.Overview;
import hamish.analysis.OverviewLayout;
import hamish.analysis.OverviewLayout.Box;
import hamish.analysis.OverviewLayout.Panel;
import hamish.io.OverviewSvg;
import hamish.model.Span;
import hamish.ui.common.TextDirection;
import hamish.ui.i18n.Messages;
import hamish.ui.reader.SingleLineText;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Overview tab: the comparison drawn rather than tabulated. Mentions per entity and outlet, then quotations
 * per speaker and outlet, as heat maps whose shade grows with the count (the count written in the cell), then
 * each outlet's claims as a bar cut into carried, contradicted and left out. Drawn with shapes and text nodes in
 * a plain pane, not on a canvas, so every cell is a node to hover, click and test; placed by {@link OverviewLayout}
 * left to right, and mirrored with the rest of the window in the Arabic layout. Colours are the theme's
 * looked-up colours (-overview-*). Clicking a mention cell chooses the entity and flashes its first mention in each
 * of that outlet's documents.
 */
public final class OverviewView extends BorderPane {

    /** What a heat-map cell shows, kept on its rectangle: whose cell, which outlet, which count, which spellings. */
    public record Cell(long entityId, int outlet, int count, String spellings) {
    }

    private static final String TOOLTIP = "overview.tooltip";
    private static final double TEXT_SIZE = 13;

    private final OverviewViewModel vm;
    private final Messages messages;
    private final BiConsumer<Integer, Span> flash;
    private final Pane drawing = new Pane();

    /** {@code flash} scrolls pane {@code i} to a span and flashes it. */
    OverviewView(OverviewViewModel vm, Messages messages, BiConsumer<Integer, Span> flash) {
        this.vm = vm;
        this.messages = messages;
        this.flash = flash;
        setId("overview");
        drawing.setId("overviewDrawing");
        drawing.getStyleClass().add("overview");
        Button export = new Button(messages.get("compare.overview.export"));
        export.setId("exportOverview");
        export.setOnAction(e -> chooseAndExport());
        ScrollPane scroll = new ScrollPane(drawing);
        setTop(new ToolBar(export));
        setCenter(scroll);
        vm.overviewProperty().addListener((o, a, overview) -> draw(overview));
        draw(vm.overviewProperty().get());
    }

    /** The tooltip of a heat-map cell (for tests and automation). */
    public static Tooltip tooltipOf(Node cell) {
        return (Tooltip) cell.getProperties().get(TOOLTIP);
    }

    public Pane drawing() {
        return drawing;
    }

    private void draw(Overview overview) {
        drawing.getChildren().clear();
        if (overview == null) {
            return;
        }
        OverviewLayout layout = new OverviewLayout(overview);
        drawing.setPrefSize(layout.width(), layout.height());
        drawing.setMinSize(layout.width(), layout.height());
        drawing.setMaxSize(layout.width(), layout.height());
        heatMap(layout, Panel.MENTIONS, messages.get("compare.overview.mentions"));
        List<Overview.MentionRow> mentions = overview.mentions();
        for (int r = 0; r < mentions.size(); r++) {
            Overview.MentionRow row = mentions.get(r);
            label(layout.label(Panel.MENTIONS, r), row.entity().canonicalName());
            for (int c = 0; c < row.cells().size(); c++) {
                Overview.MentionCell cell = row.cells().get(c);
                String spellings = cell.forms().stream().map(NamingTable.Form::toString).collect(Collectors.joining("\n"));
                Rectangle rect = cell(layout.cell(Panel.MENTIONS, r, c), c, cell.count(), overview.maxMentions(), "mention-cell");
                if (rect != null) {
                    rect.setUserData(new Cell(row.entity().id(), c, cell.count(), spellings));
                    tooltip(rect, spellings);
                    Overview.Outlet outlet = overview.outlets().get(c);
                    rect.setOnMouseClicked(e -> showMentions(row, outlet));
                }
            }
        }
        heatMap(layout, Panel.QUOTATIONS, messages.get("compare.overview.quotations"));
        List<Overview.SpeakerRow> speakers = overview.quotations();
        for (int r = 0; r < speakers.size(); r++) {
            Overview.SpeakerRow row = speakers.get(r);
            label(layout.label(Panel.QUOTATIONS, r), row.speaker().isEmpty() ? messages.get("compare.overview.nobodyNamed") : row.speaker());
            for (int c = 0; c < row.counts().size(); c++) {
                cell(layout.cell(Panel.QUOTATIONS, r, c), c, row.counts().get(c), overview.maxQuotations(), "quotation-cell");
            }
        }
        claims(layout);
    }

    /** A heat map's title and the outlets above its columns. */
    private void heatMap(OverviewLayout layout, Panel panel, String title) {
        title(layout.title(panel), title);
        List<Overview.Outlet> outlets = layout.overview().outlets();
        for (int c = 0; c < outlets.size(); c++) {
            centred(layout.heading(panel, c), outlets.get(c).heading(), "overview-heading");
        }
    }

    /** Each outlet's claims: a bar cut into carried, contradicted and left out, with a legend above. */
    private void claims(OverviewLayout layout) {
        title(layout.title(Panel.CLAIMS), messages.get("compare.overview.claims"));
        List<String> parts = List.of("carried", "contradicted", "left-out");
        List<String> words = List.of(messages.get("compare.overview.carried"), messages.get("compare.overview.contradicted"),
                messages.get("compare.overview.leftOut"));
        for (int i = 0; i < 3; i++) {
            Box at = layout.legend(i);
            Rectangle swatch = new Rectangle(at.x(), at.y(), at.height(), at.height());
            swatch.getStyleClass().addAll("overview-legend", "overview-" + parts.get(i));
            drawing.getChildren().add(swatch);
            TextFlow word = SingleLineText.of(words.get(i), false, TEXT_SIZE, TextDirection.of(words.get(i)));
            place(word, at.x() + at.height() + 6, at.y() + at.height() / 2);
        }
        Overview overview = layout.overview();
        for (int o = 0; o < overview.outlets().size(); o++) {
            label(layout.label(Panel.CLAIMS, o), overview.outlets().get(o).heading());
            Overview.ClaimTally t = overview.claims().get(o);
            List<Integer> counts = List.of(t.carried(), t.contradicted(), t.leftOut());
            List<Box> bar = layout.bar(o);
            for (int k = 0; k < 3; k++) {
                if (counts.get(k) > 0) {
                    Box b = bar.get(k);
                    Rectangle part = new Rectangle(b.x(), b.y(), b.width(), b.height());
                    part.getStyleClass().addAll("overview-bar", "overview-" + parts.get(k));
                    part.setUserData(counts.get(k));
                    tooltip(part, words.get(k) + ": " + counts.get(k));
                    drawing.getChildren().add(part);
                    centred(b, String.valueOf(counts.get(k)), "overview-bar-count", "overview-" + parts.get(k));
                }
            }
        }
    }

    /** A cell shaded by its count (none drawn for 0), the count written in it; null when empty. */
    private Rectangle cell(Box box, int column, int count, int max, String kind) {
        int shade = Overview.shade(count, max);
        if (shade == 0) {
            return null;
        }
        Rectangle rect = new Rectangle(box.x(), box.y(), box.width(), box.height());
        rect.getStyleClass().addAll("overview-cell", kind, "shade-" + shade);
        rect.setUserData(new Cell(0, column, count, ""));
        drawing.getChildren().add(rect);
        centred(box, String.valueOf(count), "overview-count", "shade-" + shade);
        return rect;
    }

    private void title(Box box, String text) {
        TextFlow flow = SingleLineText.of(text, true, TEXT_SIZE + 2, TextDirection.of(text));
        flow.getStyleClass().add("overview-title");
        place(flow, box.x(), box.y() + box.height() / 2);
    }

    /** A row label, one line, touching the grid; cut with an ellipsis when longer than the label column. */
    private void label(Box box, String text) {
        TextFlow flow = fitted(text, box.width(), "overview-label");
        place(flow, box.right() - flow.prefWidth(-1), box.y() + box.height() / 2);
    }

    private void centred(Box box, String text, String... styleClasses) {
        TextFlow flow = fitted(text, box.width() - 4, styleClasses);
        place(flow, box.centreX() - flow.prefWidth(-1) / 2, box.y() + box.height() / 2);
    }

    /**
     * The text on one line within {@code width}, cut at a word (else a character) with "…" when longer: a label
     * never wraps (wrapped Arabic breaks in JavaFX) and never runs into the next cell.
     */
    private static TextFlow fitted(String text, double width, String... styleClasses) {
        String shown = text;
        TextFlow flow = SingleLineText.of(shown, false, TEXT_SIZE, TextDirection.of(text));
        while (flow.prefWidth(-1) > width && shown.length() > 1) {
            String body = shown.endsWith("…") ? shown.substring(0, shown.length() - 1).strip() : shown;
            int space = body.lastIndexOf(' ');
            shown = (space > 0 ? body.substring(0, space) : body.substring(0, body.offsetByCodePoints(body.length(), -1))).strip() + "…";
            flow = SingleLineText.of(shown, false, TEXT_SIZE, TextDirection.of(text));
        }
        flow.getStyleClass().addAll(styleClasses);
        flow.setMouseTransparent(true);
        return flow;
    }

    /** Puts a line of text with its left edge at {@code x}, centred on {@code middleY}. */
    private void place(TextFlow flow, double x, double middleY) {
        flow.setLayoutX(x);
        flow.setLayoutY(middleY - flow.prefHeight(-1) / 2);
        flow.resize(flow.prefWidth(-1), flow.prefHeight(-1));
        flow.setMouseTransparent(true);
        drawing.getChildren().add(flow);
    }

    private void tooltip(Node node, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(250));
        // One spelling a line, never wrapped; Arabic lines aligned to the right as they are read.
        tip.setTextAlignment(TextDirection.of(text) == NodeOrientation.RIGHT_TO_LEFT ? TextAlignment.RIGHT : TextAlignment.LEFT);
        tip.getStyleClass().add("overview-tooltip");
        Tooltip.install(node, tip);
        node.getProperties().put(TOOLTIP, tip);
    }

    private void showMentions(Overview.MentionRow row, Overview.Outlet outlet) {
        Map<Integer, List<Span>> mentions = vm.showMentions(row.entity(), outlet);
        mentions.forEach((pane, spans) -> {
            if (!spans.isEmpty()) {
                flash.accept(pane, spans.get(0));
            }
        });
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("compare.overview.export"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(messages.get("compare.overview.png"), "*.png"),
                new FileChooser.ExtensionFilter(messages.get("compare.overview.svg"), "*.svg"));
        chooser.setInitialFileName("overview.png");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            boolean svg = file.getName().toLowerCase(Locale.ROOT).endsWith(".svg")
                    || (chooser.getSelectedExtensionFilter() != null && chooser.getSelectedExtensionFilter().getExtensions().contains("*.svg")
                    && !file.getName().toLowerCase(Locale.ROOT).endsWith(".png"));
            Path target = file.toPath();
            if (!file.getName().contains(".")) {
                target = target.resolveSibling(file.getName() + (svg ? ".svg" : ".png"));
            }
            exportTo(target, written -> vm.inform(messages.format("compare.exported", written.toString())));
        }
    }

    /** Writes the overview to {@code file}: SVG when its name ends in .svg, else PNG (the drawing as shown). */
    public void exportTo(Path file, Consumer<Path> done) {
        if (vm.overviewProperty().get() == null) {
            return;
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            vm.exportSvg(file, words(), getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT, done);
            return;
        }
        // A snapshot at one pixel per unit, whatever part of the drawing is scrolled into view.
        WritableImage image = drawing.snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        if (drawing.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
            // A snapshot of a mirrored node comes out as its mirror image (text glyphs reversed; seen with JavaFX
            // 21): flipping each row back gives the drawing as the window shows it.
            flipRows(argb, width);
        }
        vm.exportPng(file, width, height, argb, done);
    }

    static void flipRows(int[] pixels, int width) {
        for (int row = 0; row < pixels.length; row += width) {
            for (int l = row, r = row + width - 1; l < r; l++, r--) {
                int t = pixels[l];
                pixels[l] = pixels[r];
                pixels[r] = t;
            }
        }
    }

    private OverviewSvg.Words words() {
        return new OverviewSvg.Words(messages.get("compare.overview.mentions"), messages.get("compare.overview.quotations"),
                messages.get("compare.overview.claims"), messages.get("compare.overview.carried"),
                messages.get("compare.overview.contradicted"), messages.get("compare.overview.leftOut"),
                messages.get("compare.overview.nobodyNamed"));
    }
}
