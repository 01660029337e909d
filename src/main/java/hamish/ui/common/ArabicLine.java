package hamish.ui.common;

import hamish.text.GraphemeBoundaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One line of user text (a title, an outlet, a quote, a name) drawn right in any control: the way to show
 * Arabic in a list, table, column header, tab, tooltip or combo box. See {@link ArabicCells} for the helpers
 * that put it there.
 *
 * <p>Why not a {@code Label}: on Linux a {@code Label} that ellipsises an Arabic title with separators
 * («لقاء روسي - سعودي - أميركي …») draws its segments in the wrong visual order, and a single {@code Text} in
 * the Arabic font misorders a right-to-left line as soon as one char (a curly quote, the ellipsis) comes from
 * a fallback font. This line is a {@code TextFlow} holding one {@code Text} per font run
 * ({@link FontCoverage}), as the reader and the search results draw, with the base direction taken from the
 * text's first strong character ({@link TextDirection}), so an Arabic title reads from the right in the
 * English window and a Latin name from the left in the Arabic one.
 *
 * <p>It never wraps (wrapped Arabic in a {@code Text} breaks on Linux): given less width than its text needs
 * it cuts the text at a grapheme boundary at the <em>logical</em> end and appends "…", which the bidi
 * algorithm then places at the visual end of the line (the left of an Arabic one). It re-fits when resized;
 * its minimum width is zero, so it never forces its container wider.
 *
 * <p>Font and colour follow the nearest {@link Labeled} it is placed in (a cell, the label in a tab or column
 * header, a tooltip's label), so a selected row's white text and the dark theme need no rules of their own;
 * the family is always the bundled Arabic font, the size and weight the control's. Outside a
 * {@code Labeled} the text takes the stylesheet's {@code .arabic-line-text} fill.
 */
public final class ArabicLine extends Region {

    public static final String STYLE_CLASS = "arabic-line";
    /** The style class of each {@code Text} run; the themes colour it when no control sets the colour. */
    public static final String TEXT_STYLE_CLASS = "arabic-line-text";
    public static final String ELLIPSIS = "…";

    private static final double DEFAULT_SIZE = 13;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.font(DEFAULT_SIZE));
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill");
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper(this, "truncated");
    private final TextFlow flow = new TextFlow();
    private Labeled following;
    private double naturalWidth = -1;
    private double fittedWidth = -1;
    private String shown = "";

    public ArabicLine() {
        this("");
    }

    public ArabicLine(String initial) {
        getStyleClass().add(STYLE_CLASS);
        flow.getStyleClass().add("arabic-line-flow");
        getChildren().add(flow);
        text.addListener((o, a, b) -> changed());
        font.addListener((o, a, b) -> changed());
        fill.addListener((o, a, b) -> {
            if (b == null && shown != null) {
                show(shown); // new runs take the stylesheet's fill again
            } else {
                flow.getChildren().forEach(t -> applyFill((Text) t));
            }
        });
        // Placed as a graphic, its parent is the control; placed deeper (in a box that is a cell's graphic),
        // the control is known only once the box is in the scene.
        parentProperty().addListener((o, a, p) -> follow());
        sceneProperty().addListener((o, a, p) -> follow());
        setText(initial);
        changed();
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /** The control's font: its size and weight are used, in the bundled Arabic family. */
    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    /** The text colour; null leaves it to the stylesheet. */
    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    /** Whether the text is cut short to fit: the full text then belongs in a tooltip or the accessible text. */
    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    /** The text as drawn now: the whole text, or a logical prefix of it followed by {@link #ELLIPSIS}. */
    public String shownText() {
        return shown;
    }

    /** The flow that draws the line, for hit-testing where each char is drawn. */
    public TextFlow flow() {
        return flow;
    }

    // ---- layout ---------------------------------------------------------------------------------

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    /** The whole text's width, but no more than the max width: a control lays its graphic out at its pref width. */
    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double pref = in.getLeft() + natural() + in.getRight();
        double max = getMaxWidth();
        return max >= 0 ? Math.min(pref, max) : pref;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        // One line whatever the width: measured on the whole text, never on a narrower (wrapping) width.
        return in.getTop() + flow.prefHeight(-1) + in.getBottom();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double available = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        if (available != fittedWidth) {
            fit(available);
        }
        double w = flow.prefWidth(-1);
        // Laid out at its own width so the flow never wraps; a right-to-left line starts at the right (the
        // region's orientation mirrors the x of the start edge).
        layoutInArea(flow, in.getLeft(), in.getTop(), w, getHeight() - in.getTop() - in.getBottom(), 0, Insets.EMPTY,
                false, false, HPos.LEFT, VPos.CENTER);
    }

    private void changed() {
        naturalWidth = -1;
        fittedWidth = -1;
        setNodeOrientation(TextDirection.of(text.get()));
        show(text.get());
        requestLayout();
    }

    private double natural() {
        if (naturalWidth < 0) {
            naturalWidth = measure(line(text.get()));
        }
        return naturalWidth;
    }

    /** Shows the longest logical prefix (whole graphemes, trailing spaces dropped) that fits with "…" after it. */
    private void fit(double available) {
        fittedWidth = available;
        String full = line(text.get());
        if (natural() <= available + 0.5) {
            show(full);
            return;
        }
        List<Integer> ends = graphemeEnds(full);
        // Binary search over grapheme ends for the last prefix that fits: width grows with the prefix.
        int lo = 0;
        int hi = ends.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (measure(cut(full, ends.get(mid))) <= available + 0.5) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        show(cut(full, ends.get(lo)));
    }

    /** 0 and the end of every grapheme cluster, so a cut never takes a letter's harakat or half an emoji. */
    private static List<Integer> graphemeEnds(String s) {
        GraphemeBoundaries clusters = new GraphemeBoundaries(s);
        List<Integer> ends = new ArrayList<>();
        ends.add(0);
        for (int at = 0; at < s.length(); ) {
            at = Math.max(at + 1, clusters.graphemeEndAtOrAfter(at + 1));
            ends.add(Math.min(at, s.length()));
        }
        return ends;
    }

    private static String cut(String full, int end) {
        return full.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static String line(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private void show(String s) {
        shown = s;
        truncated.set(!s.equals(line(text.get())));
        flow.getChildren().setAll(runs(s, font()).stream().peek(this::applyFill).toList());
    }

    private void applyFill(Text t) {
        if (fill.get() != null) {
            t.setFill(fill.get());
        }
    }

    private Font font() {
        Font f = font.get();
        String style = f.getStyle().toLowerCase(Locale.ROOT);
        FontWeight weight = style.contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
        return weight == FontWeight.BOLD ? ArabicFonts.bold(f.getSize()) : ArabicFonts.regular(f.getSize());
    }

    private static List<Text> runs(String s, Font font) {
        return ArabicFonts.coverage().runs(s).stream().map(run -> {
            Text t = new Text(run);
            t.setFont(font);
            t.getStyleClass().add(TEXT_STYLE_CLASS);
            return t;
        }).toList();
    }

    /** The width a string takes in this line's font, laid out the same way as it is shown. */
    private double measure(String s) {
        TextFlow scratch = new TextFlow();
        scratch.getChildren().setAll(runs(s, font()));
        return Math.ceil(scratch.prefWidth(-1));
    }

    // ---- following the control it is shown in ------------------------------------------------------

    private void follow() {
        Labeled nearest = null;
        for (Parent p = getParent(); p != null && nearest == null; p = p.getParent()) {
            nearest = p instanceof Labeled l ? l : null;
        }
        if (nearest == following) {
            return;
        }
        font.unbind();
        fill.unbind();
        fill.set(null);
        following = nearest;
        if (nearest != null) {
            font.bind(nearest.fontProperty());
            // A combo box's button cell keeps the text fill of a selected drop-down row (near white) on the
            // light box, so there the theme's own text colour (.arabic-line-text) is used instead.
            if (!inComboBoxButton(nearest)) {
                fill.bind(nearest.textFillProperty());
            }
        }
    }

    private static boolean inComboBoxButton(Labeled cell) {
        for (Parent p = cell.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ListView<?>) {
                return false;
            }
            if (p instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }
}
