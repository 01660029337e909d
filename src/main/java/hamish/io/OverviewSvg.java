package hamish.io;

import hamish.analysis.NamingTable;
import hamish.analysis.Overview;
import hamish.analysis.OverviewLayout;
import hamish.analysis.OverviewLayout.Box;
import hamish.analysis.OverviewLayout.Panel;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The overview as an SVG file for a report: the same boxes as the window's drawing ({@link OverviewLayout}), in
 * the light theme's colours (paper is white), text in the bundled Noto Naskh Arabic with its direction marked.
 * Each heat-map cell that has a count is one {@code rect class="cell"} whose {@code title} lists the spellings,
 * so a browser shows them on hover as the window does.
 */
public final class OverviewSvg {

    /** The words of the picture, in the language of whoever asked for it. */
    public record Words(String mentions, String quotations, String claims, String carried, String contradicted,
                        String leftOut, String nobodyNamed) {

        public static final Words ENGLISH = new Words("Mentions: entity × outlet", "Quotations: speaker × outlet",
                "Claims: carried, contradicted, left out", "carried", "contradicted", "left out", "(speaker not named)");
    }

    /** The light theme's ramp (app-light.css, -overview-shade-1 … 5), lightest first; a test keeps them equal. */
    static final List<String> SHADES = List.of("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
    /** The count's colour on each shade (-overview-ink-1 … 5): dark on the light shades, white on the dark ones. */
    static final List<String> INKS = List.of("#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff");
    /** -overview-carried, -overview-contradicted, -overview-left-out: Okabe–Ito blue and orange, and grey. */
    static final List<String> CLAIM_COLOURS = List.of("#0072b2", "#e69f00", "#c8c8c8");
    static final List<String> CLAIM_INKS = List.of("#ffffff", "#1a1a1a", "#1a1a1a");
    static final String PAPER = "#ffffff";
    static final String TEXT = "#1a1a1a";
    private static final String FONT = "'Noto Naskh Arabic', 'DejaVu Sans', sans-serif";

    private final OverviewLayout layout;
    private final Words words;
    private final boolean rightToLeft;
    private final StringBuilder svg = new StringBuilder();

    private OverviewSvg(Overview overview, Words words, boolean rightToLeft) {
        this.layout = new OverviewLayout(overview);
        this.words = words;
        this.rightToLeft = rightToLeft;
    }

    /** Writes the overview; {@code rightToLeft} puts the labels on the right, as the Arabic window does. */
    public static void write(Writer out, Overview overview, Words words, boolean rightToLeft) throws IOException {
        out.write(new OverviewSvg(overview, words, rightToLeft).draw());
    }

    private String draw() {
        Overview o = layout.overview();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " font-family=\"%s\" font-size=\"13\">%n", layout.width(), layout.height(), layout.width(), layout.height(), FONT));
        svg.append(String.format(Locale.ROOT, "<rect class=\"paper\" x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"%s\"/>%n",
                layout.width(), layout.height(), PAPER));
        svg.append("<g id=\"mentions\">\n");
        headed(Panel.MENTIONS, words.mentions());
        for (int r = 0; r < o.mentions().size(); r++) {
            Overview.MentionRow row = o.mentions().get(r);
            label(layout.label(Panel.MENTIONS, r), row.entity().canonicalName());
            for (int c = 0; c < row.cells().size(); c++) {
                Overview.MentionCell cell = row.cells().get(c);
                String spellings = cell.forms().stream().map(NamingTable.Form::toString).collect(Collectors.joining("; "));
                cell(layout.cell(Panel.MENTIONS, r, c), cell.count(), o.maxMentions(), spellings);
            }
        }
        svg.append("</g>\n<g id=\"quotations\">\n");
        headed(Panel.QUOTATIONS, words.quotations());
        for (int r = 0; r < o.quotations().size(); r++) {
            Overview.SpeakerRow row = o.quotations().get(r);
            label(layout.label(Panel.QUOTATIONS, r), row.speaker().isEmpty() ? words.nobodyNamed() : row.speaker());
            for (int c = 0; c < row.counts().size(); c++) {
                cell(layout.cell(Panel.QUOTATIONS, r, c), row.counts().get(c), o.maxQuotations(), "");
            }
        }
        svg.append("</g>\n<g id=\"claims\">\n");
        text(layout.title(Panel.CLAIMS), words.claims(), "title", Align.NEAR, TEXT);
        List<String> legend = List.of(words.carried(), words.contradicted(), words.leftOut());
        for (int i = 0; i < 3; i++) {
            Box at = layout.legend(i);
            Box swatch = new Box(at.x(), at.y(), at.height(), at.height());
            rect(swatch, "legend", CLAIM_COLOURS.get(i), "");
            text(new Box(at.x() + at.height() + 6, at.y(), at.width() - at.height() - 6, at.height()), legend.get(i), "legend", Align.START, TEXT);
        }
        for (int i = 0; i < o.outlets().size(); i++) {
            label(layout.label(Panel.CLAIMS, i), o.outlets().get(i).heading());
            Overview.ClaimTally t = o.claims().get(i);
            List<Integer> counts = List.of(t.carried(), t.contradicted(), t.leftOut());
            List<Box> parts = layout.bar(i);
            for (int k = 0; k < 3; k++) {
                if (counts.get(k) > 0) {
                    rect(parts.get(k), "bar", CLAIM_COLOURS.get(k), legend.get(k) + " " + counts.get(k));
                    text(parts.get(k), String.valueOf(counts.get(k)), "count", Align.MIDDLE, CLAIM_INKS.get(k));
                }
            }
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** A heat map's title and its outlet headings. */
    private void headed(Panel panel, String title) {
        text(layout.title(panel), title, "title", Align.NEAR, TEXT);
        for (int c = 0; c < layout.overview().outlets().size(); c++) {
            text(layout.heading(panel, c), layout.overview().outlets().get(c).heading(), "heading", Align.MIDDLE, TEXT);
        }
    }

    private void cell(Box box, int count, int max, String hover) {
        int shade = Overview.shade(count, max);
        if (shade == 0) {
            return;
        }
        rect(box, "cell", SHADES.get(shade - 1), hover.isEmpty() ? String.valueOf(count) : hover);
        text(box, String.valueOf(count), "count", Align.MIDDLE, INKS.get(shade - 1));
    }

    private void label(Box box, String text) {
        text(box, text, "label", Align.TOWARD_GRID, TEXT);
    }

    private void rect(Box ltr, String kind, String fill, String hover) {
        Box b = placed(ltr);
        svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                kind, b.x(), b.y(), b.width(), b.height(), fill));
        if (!hover.isEmpty()) {
            svg.append("<title>").append(escape(hover)).append("</title>");
        }
        svg.append("</rect>\n");
    }

    /** Where a text sits in its box: the side nearest the grid (row labels), centred, or at the reading start. */
    private enum Align { TOWARD_GRID, MIDDLE, NEAR, START }

    private void text(Box ltr, String text, String kind, Align align, String fill) {
        Box b = placed(ltr);
        boolean rtlText = rightToLeftText(text);
        // Visual side the text must touch: labels touch the grid (right of them left to right, left of them
        // right to left); titles and legend words start where the drawing's reading starts.
        boolean touchRight = switch (align) {
            case TOWARD_GRID -> !rightToLeft;
            case NEAR, START -> rightToLeft;
            case MIDDLE -> false;
        };
        double x = align == Align.MIDDLE ? b.centreX() : touchRight ? b.right() - 4 : b.x() + 4;
        // text-anchor names the text's own start or end: for right-to-left text the start is its right side.
        String anchor = align == Align.MIDDLE ? "middle" : touchRight == rtlText ? "start" : "end";
        String weight = kind.equals("title") ? " font-weight=\"bold\" font-size=\"15\"" : "";
        svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" direction=\"%s\""
                + " dominant-baseline=\"central\" fill=\"%s\"%s>%s</text>%n", kind, x, b.y() + b.height() / 2, anchor,
                rtlText ? "rtl" : "ltr", fill, weight, escape(text)));
    }

    private Box placed(Box ltr) {
        return rightToLeft ? layout.mirrored(ltr) : ltr;
    }

    /** By the first strong character, as the window decides a label's direction. */
    static boolean rightToLeftText(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** XML text: markup characters escaped, and characters XML 1.0 cannot hold (controls, lone surrogates) made spaces. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t') || c == 0xFFFE || c == 0xFFFF) {
                out.append(' ');
            } else {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }
}
